/** Danish calendar arithmetic on ISO dates: one module per concept, re-exported here. */
export {
  addCalendarDays,
  addMonths,
  addWeeks,
  compareIsoDates,
  daysBetween,
  weekdayIndex,
  type IsoDate,
} from './calendar/iso-date.ts';
export {
  addWorkingDays,
  danishNonWorkingDays,
  easterSunday,
  isWorkingDay,
  nextWorkingDay,
  type NamedDay,
} from './calendar/working-days.ts';
export { deadline, type DeadlineRule, type DeadlineUnit } from './calendar/deadline.ts';
export { formatCheckedDate, formatLongDate, formatShortDate, todayInCopenhagen } from './calendar/format.ts';
