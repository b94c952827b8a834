// RFC 5545 calendar export of all-day events. Pure string building; no DOM, no clock (caller passes `now`).
import { addCalendarDays, type IsoDate } from './calendar.ts';

export interface IcsEvent {
  uid: string;
  date: IsoDate;
  summary: string;
  description?: string;
}

export interface IcsOptions {
  /** Used for DTSTAMP. */
  now: Date;
  prodId?: string;
  calendarName?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 §3.3.11); other control characters are not allowed in TEXT, so they are dropped. */
function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds at 75 octets (§3.1); iterating by code point means a multi-byte character is never split. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' '; // the continuation space counts towards the next line's 75 octets
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

function icsTimestamp(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('buildIcs needs a valid `now` Date');
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * Builds one VCALENDAR with an all-day VEVENT per event (DTEND is the exclusive next day).
 * @example
 * buildIcs([{ uid: 'klage-1@example.dk', date: '2026-03-30', summary: 'Klagefrist' }], { now: new Date() })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;VALUE=DATE:20260330\r\nDTEND;VALUE=DATE:20260331\r\n…'
 */
export function buildIcs(events: IcsEvent[], opts: IcsOptions): string {
  const stamp = icsTimestamp(opts.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(opts.prodId ?? '-//traeningsguiden//deadlines//DA')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(opts.calendarName)}`);
  for (const event of events) {
    // addCalendarDays also validates the date.
    const end = addCalendarDays(event.date, 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
      `DTEND;VALUE=DATE:${icsDate(end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join(CRLF) + CRLF;
}
