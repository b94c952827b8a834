import { compareIsoDates, deadline as countDeadline, type IsoDate } from './calendar.ts';
import type { Deadline, EventId, Parameter } from './model/deadline.ts';

export interface TimelineEntry {
  id: string;
  deadline: Deadline;
  /** The date the count starts from, when the citizen gave it. */
  from: IsoDate | undefined;
  /** The concrete last day, when the start is known. */
  date: IsoDate | undefined;
  /** Latest: today is after the last day. Earliest: the day has come. Either way, show what to do now. */
  passed: boolean;
}

/**
 * Turns deadline rules into concrete dates from the dates the citizen gave,
 * sorted with dated entries first, earliest first.
 * @example timeline(['contact'], { contact }, { discharge: '2026-03-02' }, '2026-03-10')[0].date // '2026-03-06'
 */
export function timeline(
  ids: readonly string[],
  deadlines: Readonly<Record<string, Deadline>>,
  events: Partial<Record<EventId, IsoDate>>,
  today: IsoDate,
): TimelineEntry[] {
  const entries = ids.flatMap((id): TimelineEntry[] => {
    const d = deadlines[id];
    if (!d) return [];
    const from = events[d.from];
    const date = from ? countDeadline(from, { amount: d.amount, unit: d.unit, rollForward: d.rollForward }) : undefined;
    const passed =
      date !== undefined &&
      (d.bound === 'earliest' ? compareIsoDates(today, date) >= 0 : compareIsoDates(today, date) > 0);
    return [{ id, deadline: d, from, date, passed }];
  });
  return entries.sort((a, b) => {
    if (a.date && b.date) return compareIsoDates(a.date, b.date);
    return a.date ? -1 : b.date ? 1 : 0;
  });
}

/**
 * The period of a dated amount in force on `today`; when today is after every
 * known period, the latest one with `current: false` so the UI can say so.
 */
export function parameterInForce(
  parameter: Parameter,
  today: IsoDate,
): { period: Parameter['periods'][number]; current: boolean } | undefined {
  const sorted = [...parameter.periods].sort((a, b) => compareIsoDates(a.from, b.from));
  const current = sorted.find((p) => compareIsoDates(p.from, today) <= 0 && compareIsoDates(today, p.to) <= 0);
  if (current) return { period: current, current: true };
  const latest = sorted.filter((p) => compareIsoDates(p.to, today) < 0).at(-1);
  return latest ? { period: latest, current: false } : undefined;
}
