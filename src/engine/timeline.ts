import { compareIsoDates, deadline as countDeadline, type IsoDate } from './calendar.ts';
import type { Deadline, EventId, Parameter } from './model/deadline.ts';

export interface TimelineEntry {
  id: string;
  deadline: Deadline;
  /** The date the count starts from, when the citizen gave it. */
  from: IsoDate | undefined;
  /** The event that date stands for (the first of the deadline's events the citizen gave). */
  fromEvent: EventId | undefined;
  /** The count starts from a date still ahead (e.g. a planned discharge), so the date holds only if that happens. */
  planned: boolean;
  /** The concrete last day, when the start is known. */
  date: IsoDate | undefined;
  /** Latest: today is after the last day. Earliest: the day has come. Either way, show what to do now. */
  passed: boolean;
}

/** The events a deadline counts from, in order of preference. */
export function startEvents(d: Deadline): EventId[] {
  return Array.isArray(d.from) ? d.from : [d.from];
}

/**
 * Turns deadline rules into concrete dates from the dates the citizen gave:
 * passed ones first (the person can act on them now), then dated ones earliest
 * first, then those whose start the guide does not know.
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
    const fromEvent = startEvents(d).find((e) => events[e] !== undefined);
    const from = fromEvent ? events[fromEvent] : undefined;
    const date = from ? countDeadline(from, { amount: d.amount, unit: d.unit, rollForward: d.rollForward }) : undefined;
    const passed =
      date !== undefined &&
      (d.bound === 'earliest' ? compareIsoDates(today, date) >= 0 : compareIsoDates(today, date) > 0);
    const planned = from !== undefined && compareIsoDates(from, today) > 0;
    return [{ id, deadline: d, from, fromEvent, planned, date, passed }];
  });
  const rank = (e: TimelineEntry) => (e.passed ? 0 : e.date ? 1 : 2);
  return entries.sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    return a.date && b.date ? compareIsoDates(a.date, b.date) : 0;
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
