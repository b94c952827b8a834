import { describe, expect, it } from 'vitest';
import type { Deadline, Parameter } from '../../src/engine/model/deadline';
import { parameterInForce, timeline } from '../../src/engine/timeline';

const p = (text: string) => ({ da: text, en: text });
const deadline = (more: Partial<Deadline>): Deadline => ({
  label: p('label'),
  from: 'discharge',
  amount: 4,
  unit: 'calendarDays',
  kind: 'legal',
  bound: 'latest',
  rollForward: false,
  rule: p('rule'),
  whenPassed: p('when passed'),
  source: 'law',
  ...more,
});

describe('timeline', () => {
  const deadlines = {
    contact: deadline({ amount: 4 }),
    meeting: deadline({ amount: 7 }),
    complaint: deadline({ from: 'decisionReceived', amount: 4, unit: 'weeks', rollForward: true }),
    course: deadline({ from: 'courseEnded', amount: 5, unit: 'months', bound: 'earliest', kind: 'earliestDate' }),
  } as Record<string, Deadline>;

  it('counts each deadline from the date the citizen gave for its event', () => {
    const [entry] = timeline(['contact'], deadlines, { discharge: '2026-03-02' }, '2026-03-02');
    expect(entry).toMatchObject({
      id: 'contact',
      deadline: deadlines.contact,
      from: '2026-03-02',
      date: '2026-03-06',
      passed: false,
    });
  });

  it('rolls a complaint deadline on a closed day to the next working day', () => {
    const [entry] = timeline(['complaint'], deadlines, { decisionReceived: '2026-05-08' }, '2026-05-08');
    expect(entry?.date).toBe('2026-06-08');
  });

  it('has no date without the event, and skips ids it does not know', () => {
    const entries = timeline(['meeting', 'missing'], deadlines, {}, '2026-03-02');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'meeting', from: undefined, date: undefined, passed: false });
  });

  it('sorts dated entries first, earliest first, and keeps undated ones in order after them', () => {
    const events = { discharge: '2026-03-02', decisionReceived: '2026-02-02' } as const;
    const ids = timeline(['course', 'meeting', 'complaint', 'contact'], deadlines, events, '2026-03-02').map(
      (e) => e.id,
    );
    expect(ids).toEqual(['complaint', 'contact', 'meeting', 'course']);
    const undated = timeline(['course', 'meeting'], deadlines, { courseEnded: '2026-01-01' }, '2026-03-02');
    expect(undated.map((e) => e.id)).toEqual(['course', 'meeting']);
  });

  it('a latest date has passed only after the day itself', () => {
    const at = (today: string) => timeline(['contact'], deadlines, { discharge: '2026-03-02' }, today)[0]?.passed;
    expect(at('2026-03-05')).toBe(false);
    expect(at('2026-03-06')).toBe(false);
    expect(at('2026-03-07')).toBe(true);
  });

  it('an earliest date has come on the day itself', () => {
    const at = (today: string) => timeline(['course'], deadlines, { courseEnded: '2026-01-31' }, today)[0];
    expect(at('2026-06-29')).toMatchObject({ date: '2026-06-30', passed: false });
    expect(at('2026-06-30')?.passed).toBe(true);
    expect(at('2026-07-01')?.passed).toBe(true);
  });
});

describe('parameterInForce', () => {
  const period = (from: string, to: string, amount: number) => ({
    from,
    to,
    values: [{ label: p('amount'), amount, unit: p('kr.') }],
  });
  const parameter = {
    label: p('Transport'),
    source: 'law',
    afterLastPeriod: p('Check the amount'),
    // Out of order on purpose: the periods are sorted by their start.
    periods: [period('2026-01-01', '2026-12-31', 42), period('2025-01-01', '2025-12-31', 40)],
  } as unknown as Parameter;

  it('picks the period that includes today, first and last day included', () => {
    expect(parameterInForce(parameter, '2025-01-01')).toEqual({ period: parameter.periods[1], current: true });
    expect(parameterInForce(parameter, '2025-12-31')).toEqual({ period: parameter.periods[1], current: true });
    expect(parameterInForce(parameter, '2026-01-01')).toEqual({ period: parameter.periods[0], current: true });
    expect(parameterInForce(parameter, '2026-12-31')).toEqual({ period: parameter.periods[0], current: true });
  });

  it('after every known period, gives the latest one marked as not current', () => {
    expect(parameterInForce(parameter, '2027-01-01')).toEqual({ period: parameter.periods[0], current: false });
  });

  it('gives nothing before the first period', () => {
    expect(parameterInForce(parameter, '2024-12-31')).toBeUndefined();
  });

  it('gives nothing in a gap between periods other than the latest past one', () => {
    const gap = {
      ...parameter,
      periods: [
        period('2024-01-01', '2024-06-30', 1),
        period('2024-07-01', '2024-12-31', 2),
        period('2026-01-01', '2026-12-31', 3),
      ],
    } as unknown as Parameter;
    expect(parameterInForce(gap, '2025-06-01')).toEqual({ period: gap.periods[1], current: false });
  });
});
