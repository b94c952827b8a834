import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  compareIsoDates,
  danishNonWorkingDays,
  daysBetween,
  deadline,
  easterSunday,
  formatLongDate,
  formatShortDate,
  isWorkingDay,
  nextWorkingDay,
  todayInCopenhagen,
  weekdayIndex,
  type DeadlineUnit,
  type IsoDate,
} from '../../src/engine/calendar';

// Written out by hand from the Easter dates (offsets −3, −2, 0, +1, +39, +49, +50) plus the fixed days.
const NON_WORKING_DAYS: Record<number, string[]> = {
  2024: [
    '2024-01-01',
    '2024-03-28',
    '2024-03-29',
    '2024-03-31',
    '2024-04-01',
    '2024-05-09',
    '2024-05-19',
    '2024-05-20',
    '2024-06-05',
    '2024-12-24',
    '2024-12-25',
    '2024-12-26',
    '2024-12-31',
  ],
  2025: [
    '2025-01-01',
    '2025-04-17',
    '2025-04-18',
    '2025-04-20',
    '2025-04-21',
    '2025-05-29',
    '2025-06-05',
    '2025-06-08',
    '2025-06-09',
    '2025-12-24',
    '2025-12-25',
    '2025-12-26',
    '2025-12-31',
  ],
  2026: [
    '2026-01-01',
    '2026-04-02',
    '2026-04-03',
    '2026-04-05',
    '2026-04-06',
    '2026-05-14',
    '2026-05-24',
    '2026-05-25',
    '2026-06-05',
    '2026-12-24',
    '2026-12-25',
    '2026-12-26',
    '2026-12-31',
  ],
  2027: [
    '2027-01-01',
    '2027-03-25',
    '2027-03-26',
    '2027-03-28',
    '2027-03-29',
    '2027-05-06',
    '2027-05-16',
    '2027-05-17',
    '2027-06-05',
    '2027-12-24',
    '2027-12-25',
    '2027-12-26',
    '2027-12-31',
  ],
  // 2. pinsedag and grundlovsdag coincide on 2028-06-05: both are listed.
  2028: [
    '2028-01-01',
    '2028-04-13',
    '2028-04-14',
    '2028-04-16',
    '2028-04-17',
    '2028-05-25',
    '2028-06-04',
    '2028-06-05',
    '2028-06-05',
    '2028-12-24',
    '2028-12-25',
    '2028-12-26',
    '2028-12-31',
  ],
  2029: [
    '2029-01-01',
    '2029-03-29',
    '2029-03-30',
    '2029-04-01',
    '2029-04-02',
    '2029-05-10',
    '2029-05-20',
    '2029-05-21',
    '2029-06-05',
    '2029-12-24',
    '2029-12-25',
    '2029-12-26',
    '2029-12-31',
  ],
  2030: [
    '2030-01-01',
    '2030-04-18',
    '2030-04-19',
    '2030-04-21',
    '2030-04-22',
    '2030-05-30',
    '2030-06-05',
    '2030-06-09',
    '2030-06-10',
    '2030-12-24',
    '2030-12-25',
    '2030-12-26',
    '2030-12-31',
  ],
};

const EASTER: Record<number, string> = {
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
};

describe('easterSunday', () => {
  it.each(Object.entries(EASTER))('%s → %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });
  it('gives a Sunday between 22 March and 25 April for every supported year', () => {
    for (let year = 2000; year <= 2099; year++) {
      const e = easterSunday(year);
      expect(weekdayIndex(e)).toBe(6);
      expect(e >= `${year}-03-22` && e <= `${year}-04-25`).toBe(true);
    }
  });
});

describe('danishNonWorkingDays', () => {
  it.each(Object.keys(NON_WORKING_DAYS).map(Number))('matches the hand-written table for %i', (year) => {
    expect(danishNonWorkingDays(year).map((d) => d.date)).toEqual(NON_WORKING_DAYS[year]);
  });

  it.each(Object.entries(NON_WORKING_DAYS).flatMap(([, dates]) => dates))('%s is not a working day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it('has store bededag in 2023 (2023-05-05) and not from 2024', () => {
    const d2023 = danishNonWorkingDays(2023);
    expect(d2023).toContainEqual({ date: '2023-05-05', name: { da: 'Store bededag', en: 'General Prayer Day' } });
    expect(d2023).toHaveLength(14);
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect(danishNonWorkingDays(2024).some((d) => d.name.da === 'Store bededag')).toBe(false);
    expect(isWorkingDay('2024-04-26')).toBe(true); // Easter 2024 + 26
  });

  it('names the days in both languages, sorted by date', () => {
    const days = danishNonWorkingDays(2026);
    expect(days[0]).toEqual({ date: '2026-01-01', name: { da: 'Nytårsdag', en: "New Year's Day" } });
    expect(days.find((d) => d.date === '2026-06-05')?.name.da).toBe('Grundlovsdag');
    expect(days.find((d) => d.date === '2026-05-14')?.name.da).toBe('Kristi himmelfartsdag');
    expect([...days].sort((a, b) => compareIsoDates(a.date, b.date))).toEqual(days);
  });

  it('does not treat 1 May or the Friday after Ascension as closed (only "may be closed")', () => {
    expect(isWorkingDay('2026-05-01')).toBe(true);
    expect(isWorkingDay('2026-05-15')).toBe(true);
  });

  it('counts weekends as non-working and ordinary weekdays as working', () => {
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
  });
});

describe('addWorkingDays / nextWorkingDay', () => {
  it('skips Easter 2026 (required example)', () => {
    expect(addWorkingDays('2026-03-27', 5)).toBe('2026-04-08');
  });
  it('moves grundlovsdag to the following Monday (required example)', () => {
    expect(nextWorkingDay('2026-06-05')).toBe('2026-06-08');
  });
  it('crosses Christmas and the year end', () => {
    expect(addWorkingDays('2026-12-22', 3)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-29', 3)).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
  });
  it('crosses Easter in March (2027)', () => {
    expect(addWorkingDays('2027-03-24', 1)).toBe('2027-03-30');
  });
  it('handles leap days', () => {
    expect(addWorkingDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addWorkingDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addWorkingDays('2027-02-26', 1)).toBe('2027-03-01');
  });
  it('returns the date itself for n = 0, even on a holiday', () => {
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(nextWorkingDay('2026-03-06')).toBe('2026-03-06');
  });
  it('rejects negative or fractional counts', () => {
    expect(() => addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', Number.NaN)).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('adds calendar days across month, year and leap boundaries', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2027-01-01', -1)).toBe('2026-12-31');
    // 29 March 2026 is a DST day in Copenhagen; UTC arithmetic is unaffected.
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
  });
  it('adds weeks', () => {
    expect(addWeeks('2026-03-02', 4)).toBe('2026-03-30');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
  });
  it('clamps months at the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('compares and measures dates', () => {
    expect(compareIsoDates('2026-03-01', '2026-03-02')).toBe(-1);
    expect(compareIsoDates('2026-03-02', '2026-03-02')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-03-08')).toBe(7);
    expect(daysBetween('2026-03-08', '2026-03-01')).toBe(-7);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-28', '2026-10-26')).toBe(212); // across both DST switches
  });
  it('numbers weekdays from Monday = 0', () => {
    expect(weekdayIndex('2026-03-02')).toBe(0);
    expect(weekdayIndex('2026-03-06')).toBe(4);
    expect(weekdayIndex('2026-03-08')).toBe(6);
    expect(weekdayIndex('2000-01-01')).toBe(5);
  });
});

describe('deadline', () => {
  it('does not count the day of the start event', () => {
    expect(deadline('2026-03-02', { amount: 4, unit: 'weeks', rollForward: true })).toBe('2026-03-30');
    expect(deadline('2026-03-02', { amount: 7, unit: 'calendarDays', rollForward: false })).toBe('2026-03-09');
    expect(deadline('2026-03-02', { amount: 5, unit: 'workingDays', rollForward: false })).toBe('2026-03-09');
  });
  it('moves a complaint deadline ending on grundlovsdag to the next working day', () => {
    expect(deadline('2026-05-08', { amount: 4, unit: 'weeks', rollForward: false })).toBe('2026-06-05');
    expect(deadline('2026-05-08', { amount: 4, unit: 'weeks', rollForward: true })).toBe('2026-06-08');
  });
  it('moves a deadline ending on a Saturday forward', () => {
    expect(deadline('2026-03-14', { amount: 2, unit: 'weeks', rollForward: true })).toBe('2026-03-30');
    // Received Saturday 7 March; 4 weeks ends on Easter Saturday → past påskedag and 2. påskedag.
    expect(deadline('2026-03-07', { amount: 4, unit: 'weeks', rollForward: true })).toBe('2026-04-07');
    expect(deadline('2026-03-07', { amount: 4, unit: 'weeks', rollForward: false })).toBe('2026-04-04');
  });
  it('clamps months and years before rolling', () => {
    expect(deadline('2026-01-31', { amount: 1, unit: 'months', rollForward: false })).toBe('2026-02-28');
    expect(deadline('2026-01-31', { amount: 1, unit: 'months', rollForward: true })).toBe('2026-03-02');
    expect(deadline('2028-02-29', { amount: 1, unit: 'years', rollForward: false })).toBe('2029-02-28');
    expect(deadline('2026-03-06', { amount: 1, unit: 'years', rollForward: true })).toBe('2027-03-08');
  });
  it('rejects bad amounts and units', () => {
    expect(() => deadline('2026-03-02', { amount: -1, unit: 'weeks', rollForward: true })).toThrow(RangeError);
    expect(() => deadline('2026-03-02', { amount: 1, unit: 'fortnights' as DeadlineUnit, rollForward: true })).toThrow(
      RangeError,
    );
  });
});

describe('formatting', () => {
  it('formats long dates in Danish and English', () => {
    expect(formatLongDate('2026-03-06', 'da')).toBe('fredag den 6. marts 2026');
    expect(formatLongDate('2026-03-06', 'en')).toBe('Friday 6 March 2026');
    expect(formatLongDate('2026-06-08', 'da')).toBe('mandag den 8. juni 2026');
    expect(formatLongDate('2027-01-01', 'en')).toBe('Friday 1 January 2027');
    expect(formatLongDate('2028-02-29', 'da')).toBe('tirsdag den 29. februar 2028');
  });
  it('formats short dates', () => {
    expect(formatShortDate('2026-03-06', 'da')).toBe('6.3.2026');
    expect(formatShortDate('2026-03-06', 'en')).toBe('6 Mar 2026');
    expect(formatShortDate('2026-12-31', 'da')).toBe('31.12.2026');
  });
});

describe('todayInCopenhagen', () => {
  it.each([
    ['2026-03-28T22:59:59Z', '2026-03-28'], // winter time, 23:59:59 local
    ['2026-03-28T23:00:00Z', '2026-03-29'], // midnight local
    ['2026-03-28T23:30:00Z', '2026-03-29'],
    ['2026-03-29T01:30:00Z', '2026-03-29'], // just after the spring-forward switch
    ['2026-03-29T21:59:59Z', '2026-03-29'], // summer time, 23:59:59 local
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'], // midnight on the fall-back day
    ['2026-10-25T22:59:59Z', '2026-10-25'], // back on winter time
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s → %s', (instant, expected) => {
    expect(todayInCopenhagen(new Date(instant))).toBe(expected);
  });
  it('rejects an invalid Date', () => {
    expect(() => todayInCopenhagen(new Date('nope'))).toThrow(RangeError);
  });
});

describe('bad input', () => {
  it.each([
    '2026-02-30',
    '2023-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-2-3',
    '20260301',
    ' 2026-03-01',
    '2026-03-01T00:00',
    '',
    '1999-12-31',
    '2100-01-01',
  ])('rejects %j', (bad) => {
    expect(() => isWorkingDay(bad)).toThrow(RangeError);
    expect(() => addCalendarDays(bad, 1)).toThrow(RangeError);
    expect(() => formatLongDate(bad, 'da')).toThrow(RangeError);
  });
  it('explains what is wrong', () => {
    expect(() => weekdayIndex('2026-02-30')).toThrow(/no such day/);
    expect(() => weekdayIndex('6/3/2026')).toThrow(/YYYY-MM-DD/);
    expect(() => weekdayIndex('2100-01-01')).toThrow(/2000–2099/);
  });
  it('rejects years and results outside 2000–2099', () => {
    expect(() => easterSunday(1999)).toThrow(RangeError);
    expect(() => danishNonWorkingDays(2100)).toThrow(RangeError);
    expect(() => addCalendarDays('2099-12-31', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2000-01-01', -1)).toThrow(RangeError);
  });
  it('accepts leap day 2028-02-29 and 2000-02-29', () => {
    expect(isWorkingDay('2028-02-29')).toBe(true);
    expect(isWorkingDay('2000-02-29')).toBe(true);
  });
});

// Thousands of runs each: CPU-bound, so they get time on a busy machine.
describe('properties', { timeout: 60_000 }, () => {
  const RUNS = { numRuns: Number(process.env.CALENDAR_RUNS ?? 2000) };
  const FIRST = '2000-01-01';
  // Dates 2000-01-01 … 2097-12-31 so every n below stays inside the supported range.
  const isoDate = fc.integer({ min: 0, max: daysBetween(FIRST, '2097-12-31') }).map((i) => addCalendarDays(FIRST, i));
  const isoDateUpTo2040 = fc
    .integer({ min: 0, max: daysBetween(FIRST, '2040-12-31') })
    .map((i) => addCalendarDays(FIRST, i));
  const count = fc.integer({ min: 0, max: 300 });

  const workingDaysInRange = (afterExclusive: IsoDate, endInclusive: IsoDate): number => {
    let n = 0;
    for (let d = addCalendarDays(afterExclusive, 1); compareIsoDates(d, endInclusive) <= 0; d = addCalendarDays(d, 1)) {
      if (isWorkingDay(d)) n++;
    }
    return n;
  };

  it('addWorkingDays(d, n) is a working day for n ≥ 1', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 300 }), (d, n) => isWorkingDay(addWorkingDays(d, n))),
      RUNS,
    );
  });

  it('addWorkingDays(d, n + 1) === addWorkingDays(addWorkingDays(d, n), 1)', () => {
    fc.assert(
      fc.property(isoDate, count, (d, n) => addWorkingDays(d, n + 1) === addWorkingDays(addWorkingDays(d, n), 1)),
      RUNS,
    );
  });

  it('nextWorkingDay is idempotent, a working day and never before d', () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        const next = nextWorkingDay(d);
        return nextWorkingDay(next) === next && isWorkingDay(next) && compareIsoDates(next, d) >= 0;
      }),
      RUNS,
    );
  });

  it('exactly n working days lie in (d, addWorkingDays(d, n)]', () => {
    fc.assert(
      fc.property(isoDate, count, (d, n) => workingDaysInRange(d, addWorkingDays(d, n)) === n),
      RUNS,
    );
  });

  it('addCalendarDays round-trips and agrees with daysBetween', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -300, max: 300 }), (d, n) => {
        fc.pre(compareIsoDates(d, '2000-12-31') > 0 || n >= 0);
        const moved = addCalendarDays(d, n);
        return addCalendarDays(moved, -n) === d && daysBetween(d, moved) === n;
      }),
      RUNS,
    );
  });

  it('deadline with rollForward is always a working day on or after the unrolled deadline', () => {
    const units: DeadlineUnit[] = ['calendarDays', 'workingDays', 'weeks', 'months', 'years'];
    fc.assert(
      fc.property(isoDateUpTo2040, fc.integer({ min: 0, max: 52 }), fc.constantFrom(...units), (d, amount, unit) => {
        const rolled = deadline(d, { amount, unit, rollForward: true });
        const plain = deadline(d, { amount, unit, rollForward: false });
        return isWorkingDay(rolled) && rolled === nextWorkingDay(plain) && compareIsoDates(plain, d) >= 0;
      }),
      RUNS,
    );
  });
});
