import {
  addCalendarDays,
  addMonths,
  addWeeks,
  checkInteger,
  format,
  parse,
  shiftMonths,
  type IsoDate,
} from './iso-date.ts';
import { addWorkingDays, nextWorkingDay } from './working-days.ts';

export type DeadlineUnit = 'calendarDays' | 'workingDays' | 'weeks' | 'months' | 'years';

export interface DeadlineRule {
  amount: number;
  unit: DeadlineUnit;
  /** Move a result that falls on a non-working day to the next working day (complaint deadlines). */
  rollForward: boolean;
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
