// Dates are plain `Date` values at UTC midnight, changed only through UTC methods, so the
// host time zone and DST never enter a calculation. An earlier version used date-fns with
// @date-fns/utc's UTCDate, a Date subclass; subclassing Date breaks under fake clocks (as in
// the browser tests) and silently falls back to local time, so the few lines are kept here.

const DAY_MS = 86_400_000;

/** A calendar date written `YYYY-MM-DD`, year 2000–2099. */
export type IsoDate = string;

export function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export function shiftDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** Month arithmetic that clamps to the last day of a shorter month (31 January + 1 month = 28/29 February). */
export function shiftMonths(d: Date, n: number): Date {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = utc(year, month + 1, 0).getUTCDate();
  return utc(year, month, Math.min(d.getUTCDate(), lastDay));
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2099;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

export function checkInteger(n: number, what: string, allowNegative: boolean): void {
  if (!Number.isSafeInteger(n) || (!allowNegative && n < 0)) {
    throw new RangeError(`${what} must be a ${allowNegative ? '' : 'non-negative '}integer, got ${n}`);
  }
}

export function parse(date: IsoDate): Date {
  const m = typeof date === 'string' ? ISO_PATTERN.exec(date) : null;
  if (!m) throw new RangeError(`Invalid date "${String(date)}": expected YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  checkYear(year);
  const d = utc(year, month - 1, day);
  // Date silently rolls 2026-02-30 over to March; the round trip catches impossible dates.
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`Invalid date "${date}": no such day`);
  }
  return d;
}

export function format(d: Date): IsoDate {
  // Results are range-checked too, because holidays are only defined for 2000–2099.
  checkYear(d.getUTCFullYear());
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Adds (or with negative n subtracts) calendar days.
 * @example addCalendarDays('2026-02-27', 2) // '2026-03-01'
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  checkInteger(n, 'Number of days', true);
  return format(shiftDays(parse(date), n));
}

/**
 * Adds (or subtracts) whole weeks.
 * @example addWeeks('2026-03-02', 4) // '2026-03-30'
 */
export function addWeeks(date: IsoDate, n: number): IsoDate {
  checkInteger(n, 'Number of weeks', true);
  return format(shiftDays(parse(date), 7 * n));
}

/**
 * Adds (or subtracts) months, clamping to the last day of a shorter month.
 * @example addMonths('2024-01-31', 1) // '2024-02-29'
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  checkInteger(n, 'Number of months', true);
  return format(shiftMonths(parse(date), n));
}

/**
 * -1, 0 or 1 as `a` is before, equal to or after `b` (usable as a sort comparator).
 * @example ['2026-03-02', '2026-01-01'].sort(compareIsoDates) // ['2026-01-01', '2026-03-02']
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/**
 * Signed number of days from `a` to `b` (positive when b is later).
 * @example daysBetween('2026-03-01', '2026-03-08') // 7
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((parse(b).getTime() - parse(a).getTime()) / DAY_MS);
}

/**
 * Day of the week, 0 = Monday … 6 = Sunday.
 * @example weekdayIndex('2026-03-06') // 4 (Friday)
 */
export function weekdayIndex(date: IsoDate): number {
  return (parse(date).getUTCDay() + 6) % 7;
}
