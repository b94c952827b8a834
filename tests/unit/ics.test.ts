import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, type IcsEvent } from '../../src/engine/ics';

const NOW = new Date('2026-03-06T09:15:30.123Z');

function parseCalendar(ics: string): InstanceType<typeof ICAL.Component> {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]);
}

function text(event: InstanceType<typeof ICAL.Component>, name: string): string {
  const value = event.getFirstPropertyValue(name);
  if (typeof value !== 'string') throw new Error(`${name} is not text`);
  return value;
}

function date(event: InstanceType<typeof ICAL.Component>, name: string): string {
  const value = event.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date`);
  expect(value.isDate).toBe(true);
  return value.toString();
}

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('buildIcs', () => {
  const events: IcsEvent[] = [
    { uid: 'klage-1@traeningsguiden.dk', date: '2026-03-30', summary: 'Klagefrist: afgørelse om træning' },
    {
      uid: 'frist-2@traeningsguiden.dk',
      date: '2026-12-31',
      summary: 'Sidste frist; nytårsaften, før 2027',
      description: 'Linje 1\nLinje 2, med komma; og semikolon\\backslash',
    },
    { uid: 'leap@traeningsguiden.dk', date: '2028-02-29', summary: 'Skuddag' },
  ];
  const ics = buildIcs(events, { now: NOW, calendarName: 'Frister – Træningsguiden' });

  it('produces a VCALENDAR with the required header properties', () => {
    const cal = parseCalendar(ics);
    expect(cal.name).toBe('vcalendar');
    expect(text(cal, 'version')).toBe('2.0');
    expect(text(cal, 'prodid')).toMatch(/traeningsguiden/);
    expect(text(cal, 'calscale')).toBe('GREGORIAN');
    expect(text(cal, 'method')).toBe('PUBLISH');
    expect(text(cal, 'x-wr-calname')).toBe('Frister – Træningsguiden');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('writes all-day events with DTEND the next day, also across year end and leap day', () => {
    const vevents = parseCalendar(ics).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(3);
    expect(vevents.map((e) => [date(e, 'dtstart'), date(e, 'dtend')])).toEqual([
      ['2026-03-30', '2026-03-31'],
      ['2026-12-31', '2027-01-01'],
      ['2028-02-29', '2028-03-01'],
    ]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(vevents.map((e) => text(e, 'uid'))).toEqual(events.map((e) => e.uid));
  });

  it('stamps every event with opts.now in UTC', () => {
    expect(ics.match(/^DTSTAMP:20260306T091530Z$/gm)).toHaveLength(3);
    const stamp = parseCalendar(ics).getAllSubcomponents('vevent')[0]?.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time && stamp.zone === ICAL.Timezone.utcTimezone).toBe(true);
  });

  it('round-trips Danish letters, commas, semicolons, backslashes and newlines', () => {
    const vevents = parseCalendar(ics).getAllSubcomponents('vevent');
    expect(vevents.map((e) => text(e, 'summary'))).toEqual(events.map((e) => e.summary));
    expect(vevents[1] && text(vevents[1], 'description')).toBe(events[1]?.description);
    expect(vevents[0]?.hasProperty('description')).toBe(false);
    expect(ics).toContain('SUMMARY:Sidste frist\\; nytårsaften\\, før 2027\r\n');
    expect(ics).toContain('DESCRIPTION:Linje 1\\nLinje 2\\, med komma\\; og semikolon\\\\backslash\r\n');
  });

  it('uses CRLF everywhere', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const long = 'æøå ÆØÅ, klage; 🙂 '.repeat(20);
    const out = buildIcs([{ uid: 'long@x', date: '2026-06-05', summary: long, description: 'ø'.repeat(200) }], {
      now: NOW,
    });
    const lines = out.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // Splitting at a code-point boundary means every line is valid UTF-8 on its own.
    for (const line of lines)
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    const vevent = parseCalendar(out).getAllSubcomponents('vevent')[0];
    expect(vevent && text(vevent, 'summary')).toBe(long);
    expect(vevent && text(vevent, 'description')).toBe('ø'.repeat(200));
  });

  it('folds an ASCII line at exactly 75 octets', () => {
    const out = buildIcs([{ uid: 'a', date: '2026-03-06', summary: 'x'.repeat(100) }], { now: NOW });
    const summaryLines = out.split('\r\n').filter((l) => l.startsWith('SUMMARY:') || l.startsWith(' '));
    expect(summaryLines.map(octets)).toEqual([75, 34]);
  });

  it('produces a valid empty calendar and honours prodId', () => {
    const out = buildIcs([], { now: NOW, prodId: '-//Test//DA' });
    const cal = parseCalendar(out);
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(text(cal, 'prodid')).toBe('-//Test//DA');
    expect(out).not.toContain('X-WR-CALNAME');
  });

  it('rejects invalid dates and an invalid now', () => {
    expect(() => buildIcs([{ uid: 'x', date: '2026-02-30', summary: 'x' }], { now: NOW })).toThrow(RangeError);
    expect(() => buildIcs([], { now: new Date('nope') })).toThrow(RangeError);
  });
});

describe('buildIcs, the exact text', () => {
  it('writes exactly these lines for one event', () => {
    const ics = buildIcs(
      [
        {
          uid: 'a,b;c@x.dk',
          date: '2026-03-30',
          summary: 'Frist\\klage',
          description: 'En\r\nTo\rTre\nFire\u0007\u001f\u007fslut\tfane',
        },
      ],
      { now: new Date('2026-03-06T09:15:30.123Z'), calendarName: 'Frister' },
    );
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//traeningsguiden//deadlines//DA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Frister',
      'BEGIN:VEVENT',
      'UID:a\\,b\\;c@x.dk',
      'DTSTAMP:20260306T091530Z',
      'DTSTART;VALUE=DATE:20260330',
      'DTEND;VALUE=DATE:20260331',
      'SUMMARY:Frist\\\\klage',
      'DESCRIPTION:En\\nTo\\nTre\\nFireslut\tfane',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('has no calendar name unless given one', () => {
    expect(buildIcs([], { now: new Date('2026-03-06T00:00:00Z') })).not.toContain('X-WR-CALNAME');
  });

  it('counts each character by its UTF-8 length when folding at 75 octets', () => {
    const now = new Date('2026-03-06T00:00:00Z');
    const summaryLines = (summary: string) =>
      buildIcs([{ uid: 'u', date: '2026-03-30', summary }], { now })
        .split('\r\n')
        .filter((l, i, all) => l.startsWith('SUMMARY:') || (l.startsWith(' ') && all[i - 1]?.startsWith('SUMMARY:')));
    // 'SUMMARY:' is 8 octets; 75 − 8 = 67 octets remain on the first line.
    expect(summaryLines('\u0080'.repeat(34))).toEqual([`SUMMARY:${'\u0080'.repeat(33)}`, ` \u0080`]);
    expect(summaryLines('\u07ff'.repeat(34))).toEqual([`SUMMARY:${'\u07ff'.repeat(33)}`, ` \u07ff`]);
    expect(summaryLines('\u0800'.repeat(23))).toEqual([`SUMMARY:${'\u0800'.repeat(22)}`, ` \u0800`]);
    expect(summaryLines('\uffee'.repeat(23))).toEqual([`SUMMARY:${'\uffee'.repeat(22)}`, ` \uffee`]);
    expect(summaryLines('\u{10000}'.repeat(17))).toEqual([`SUMMARY:${'\u{10000}'.repeat(16)}`, ` \u{10000}`]);
    expect(summaryLines('\u007e'.repeat(68))).toEqual([`SUMMARY:${'\u007e'.repeat(67)}`, ' \u007e']);
  });
});
