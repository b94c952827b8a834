import {
  addCalendarDays,
  compareIsoDates,
  checkInteger,
  checkYear,
  format,
  parse,
  shiftDays,
  utc,
  type IsoDate,
} from './iso-date.ts';

export interface NamedDay {
  date: IsoDate;
  name: { da: string; en: string };
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
