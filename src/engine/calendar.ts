// Dates are plain `Date` values at UTC midnight, changed only through UTC methods, so the
// host time zone and DST never enter a calculation. An earlier version used date-fns with
// @date-fns/utc's UTCDate, a Date subclass; subclassing Date breaks under fake clocks (as in
// the browser tests) and silently falls back to local time, so the few lines are kept here.
import type { Locale } from './model/phrase.ts';

const DAY_MS = 86_400_000;

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

function shiftDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

/** Month arithmetic that clamps to the last day of a shorter month (31 January + 1 month = 28/29 February). */
function shiftMonths(d: Date, n: number): Date {
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + n;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = utc(year, month + 1, 0).getUTCDate();
  return utc(year, month, Math.min(d.getUTCDate(), lastDay));
}

/** A calendar date written `YYYY-MM-DD`, year 2000–2099. */
export type IsoDate = string;

export type DeadlineUnit = 'calendarDays' | 'workingDays' | 'weeks' | 'months' | 'years';

export interface DeadlineRule {
  amount: number;
  unit: DeadlineUnit;
  /** Move a result that falls on a non-working day to the next working day (complaint deadlines). */
  rollForward: boolean;
}

export interface NamedDay {
  date: IsoDate;
  name: { da: string; en: string };
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2099;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

function checkInteger(n: number, what: string, allowNegative: boolean): void {
  if (!Number.isSafeInteger(n) || (!allowNegative && n < 0)) {
    throw new RangeError(`${what} must be a ${allowNegative ? '' : 'non-negative '}integer, got ${n}`);
  }
}

function parse(date: IsoDate): Date {
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

function format(d: Date): IsoDate {
  // Results are range-checked too, because holidays are only defined for 2000–2099.
  checkYear(d.getUTCFullYear());
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Easter Sunday (Gregorian, anonymous/Meeus algorithm).
 * @example easterSunday(2026) // '2026-04-05'
 */
export function easterSunday(year: number): IsoDate {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return format(utc(year, month - 1, day));
}

const EASTER_DAYS: Array<[offset: number, da: string, en: string]> = [
  [-3, 'Skærtorsdag', 'Maundy Thursday'],
  [-2, 'Langfredag', 'Good Friday'],
  [0, 'Påskedag', 'Easter Sunday'],
  [1, '2. påskedag', 'Easter Monday'],
  [26, 'Store bededag', 'General Prayer Day'],
  [39, 'Kristi himmelfartsdag', 'Ascension Day'],
  [49, 'Pinsedag', 'Whit Sunday'],
  [50, '2. pinsedag', 'Whit Monday'],
];

const FIXED_DAYS: Array<[mmdd: string, da: string, en: string]> = [
  ['01-01', 'Nytårsdag', "New Year's Day"],
  ['06-05', 'Grundlovsdag', 'Constitution Day'],
  ['12-24', 'Juleaftensdag', 'Christmas Eve'],
  ['12-25', 'Juledag', 'Christmas Day'],
  ['12-26', '2. juledag', 'Boxing Day'],
  ['12-31', 'Nytårsaftensdag', "New Year's Eve"],
];

const STORE_BEDEDAG_OFFSET = 26;
const LAST_STORE_BEDEDAG_YEAR = 2023; // abolished from 2024 (DOMAIN.md)

/**
 * Danish public holidays plus the days authorities treat as closed (DOMAIN.md "Counting deadlines").
 * Sorted by date; when two named days coincide (2. pinsedag = grundlovsdag in 2028) both are listed.
 * @example danishNonWorkingDays(2026)[1] // { date: '2026-04-02', name: { da: 'Skærtorsdag', en: 'Maundy Thursday' } }
 */
export function danishNonWorkingDays(year: number): NamedDay[] {
  const easter = parse(easterSunday(year));
  const days: NamedDay[] = [];
  for (const [offset, da, en] of EASTER_DAYS) {
    if (offset === STORE_BEDEDAG_OFFSET && year > LAST_STORE_BEDEDAG_YEAR) continue;
    days.push({ date: format(shiftDays(easter, offset)), name: { da, en } });
  }
  for (const [mmdd, da, en] of FIXED_DAYS) days.push({ date: `${year}-${mmdd}`, name: { da, en } });
  // Array.prototype.sort is stable, so coinciding days keep their table order.
  return days.sort((x, y) => compareIsoDates(x.date, y.date));
}

const closedDaysCache = new Map<number, Set<IsoDate>>();

function closedDays(year: number): Set<IsoDate> {
  let set = closedDaysCache.get(year);
  if (!set) {
    set = new Set(danishNonWorkingDays(year).map((d) => d.date));
    closedDaysCache.set(year, set);
  }
  return set;
}

/**
 * False on Saturdays, Sundays and every day in {@link danishNonWorkingDays}.
 * @example isWorkingDay('2026-06-05') // false (grundlovsdag)
 */
export function isWorkingDay(date: IsoDate): boolean {
  const d = parse(date);
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  return !weekend && !closedDays(d.getUTCFullYear()).has(date);
}

/**
 * Adds n working days; counting starts the day after `date`, so n = 0 returns `date` unchanged.
 * @example addWorkingDays('2026-03-27', 5) // '2026-04-08' (skips Easter)
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  checkInteger(n, 'Number of working days', false);
  let current = format(parse(date));
  for (let left = n; left > 0;) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/**
 * `date` itself if it is a working day, otherwise the first working day after it.
 * @example nextWorkingDay('2026-06-05') // '2026-06-08'
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  let current = format(parse(date));
  while (!isWorkingDay(current)) current = addCalendarDays(current, 1);
  return current;
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

/**
 * Deadline counted from the start event `from`, which itself is not counted.
 * With `rollForward`, a result on a non-working day moves to the next working day
 * (the rule for complaint deadlines); working-day results already are working days.
 * @example deadline('2026-03-02', { amount: 4, unit: 'weeks', rollForward: true }) // '2026-03-30'
 * @example deadline('2026-05-08', { amount: 4, unit: 'weeks', rollForward: true }) // '2026-06-08' (5 June is closed)
 */
export function deadline(from: IsoDate, rule: DeadlineRule): IsoDate {
  const { amount, unit, rollForward } = rule;
  checkInteger(amount, 'Deadline amount', false);
  let result: IsoDate;
  switch (unit) {
    case 'calendarDays':
      result = addCalendarDays(from, amount);
      break;
    case 'workingDays':
      result = addWorkingDays(from, amount);
      break;
    case 'weeks':
      result = addWeeks(from, amount);
      break;
    case 'months':
      result = addMonths(from, amount);
      break;
    case 'years':
      result = format(shiftMonths(parse(from), 12 * amount));
      break;
    default:
      throw new RangeError(`Unknown deadline unit "${String(unit satisfies never)}"`);
  }
  return rollForward ? nextWorkingDay(result) : result;
}

const longFormats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

const shortFormats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

function parts(fmt: Intl.DateTimeFormat, date: IsoDate): Record<string, string> {
  return Object.fromEntries(fmt.formatToParts(parse(date)).map((p) => [p.type, p.value]));
}

/**
 * Long date with weekday. Assembled from Intl parts because ICU versions differ in
 * punctuation (recent en-GB adds a comma after the weekday).
 * @example formatLongDate('2026-03-06', 'da') // 'fredag den 6. marts 2026'
 * @example formatLongDate('2026-03-06', 'en') // 'Friday 6 March 2026'
 */
export function formatLongDate(date: IsoDate, locale: Locale): string {
  const p = parts(longFormats[locale], date);
  return locale === 'da'
    ? `${p.weekday} den ${p.day}. ${p.month} ${p.year}`
    : `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/**
 * Short date without weekday.
 * @example formatShortDate('2026-03-06', 'da') // '6.3.2026'
 * @example formatShortDate('2026-03-06', 'en') // '6 Mar 2026'
 */
export function formatShortDate(date: IsoDate, locale: Locale): string {
  const p = parts(shortFormats[locale], date);
  return locale === 'da' ? `${p.day}.${p.month}.${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

const copenhagenFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Europe/Copenhagen at instant `now` (the caller supplies the clock).
 * @example todayInCopenhagen(new Date('2026-03-28T23:30:00Z')) // '2026-03-29'
 */
export function todayInCopenhagen(now: Date): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError('todayInCopenhagen needs a valid Date');
  }
  const p = Object.fromEntries(copenhagenFormat.formatToParts(now).map((x) => [x.type, x.value]));
  return format(parse(`${p.year}-${p.month}-${p.day}`));
}
