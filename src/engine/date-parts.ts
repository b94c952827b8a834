import type { IsoDate } from './calendar.ts';

/** A date as the citizen types it: day, month and year in separate fields, without leading zeros. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The fields for a stored ISO date; empty fields for anything that is not one (no answer, "unknown").
 * @example datePartsOf('2026-02-06') // { day: '6', month: '2', year: '2026' }
 */
export function datePartsOf(answer: IsoDate | undefined): DateParts {
  const m = answer === undefined ? null : ISO.exec(answer);
  if (!m) return { day: '', month: '', year: '' };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' };
}

/**
 * The answer string for what was typed: '' when every field is empty. Anything malformed stays
 * malformed (no guessing), so `validateAnswer` reports it as an invalid date.
 * @example isoFromParts({ day: '6', month: '2', year: '2026' }) // '2026-02-06'
 */
export function isoFromParts(parts: DateParts): string {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day && !month && !year) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
