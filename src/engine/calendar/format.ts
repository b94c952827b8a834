import type { Locale } from '../model/phrase.ts';
import { format, parse, type IsoDate } from './iso-date.ts';

/*
 * Each formatter is built on first use: building one loads the locale's calendar data, which costs
 * tens of milliseconds on a slow phone, and a page that shows no date (the start page) needs none.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let fmt = formats.get(key);
  if (!fmt) formats.set(key, (fmt = new Intl.DateTimeFormat(locale, options)));
  return fmt;
}

const LONG: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};
const SHORT: Record<Locale, Intl.DateTimeFormatOptions> = {
  da: { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' },
  en: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};
const TAG: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

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
  const p = parts(formatter(`long-${locale}`, TAG[locale], LONG), date);
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
  const p = parts(formatter(`short-${locale}`, TAG[locale], SHORT[locale]), date);
  return locale === 'da' ? `${p.day}.${p.month}.${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

const COPENHAGEN: Intl.DateTimeFormatOptions = {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
};

/**
 * The calendar date in Europe/Copenhagen at instant `now` (the caller supplies the clock).
 * @example todayInCopenhagen(new Date('2026-03-28T23:30:00Z')) // '2026-03-29'
 */
export function todayInCopenhagen(now: Date): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new RangeError('todayInCopenhagen needs a valid Date');
  }
  const p = Object.fromEntries(
    formatter('copenhagen', 'en-US', COPENHAGEN)
      .formatToParts(now)
      .map((x) => [x.type, x.value]),
  );
  return format(parse(`${p.year}-${p.month}-${p.day}`));
}

/**
 * A date as precise as it is written: a day without weekday, or a month and year.
 * @example formatCheckedDate('2026-12-06', 'da') // '6. december 2026'
 * @example formatCheckedDate('2026-11', 'en') // 'November 2026'
 */
export function formatCheckedDate(date: string, locale: Locale): string {
  const day = /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
  const p = parts(
    formatter(`checked-${locale}`, TAG[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    day as IsoDate,
  );
  if (day !== date) return `${p.month} ${p.year}`;
  return locale === 'da' ? `${p.day}. ${p.month} ${p.year}` : `${p.day} ${p.month} ${p.year}`;
}
