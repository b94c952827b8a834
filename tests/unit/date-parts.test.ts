import { describe, expect, it } from 'vitest';
import { datePartsOf, isoFromParts } from '../../src/engine/date-parts';

describe('date parts ↔ ISO date', () => {
  it('splits a stored date into fields without leading zeros', () => {
    expect(datePartsOf('2026-02-06')).toEqual({ day: '6', month: '2', year: '2026' });
    expect(datePartsOf('2026-11-30')).toEqual({ day: '30', month: '11', year: '2026' });
  });

  it('gives empty fields for no answer, "unknown" or anything that is not an ISO date', () => {
    for (const answer of [undefined, 'unknown', '', '2026-2-6', ' 2026-02-06', '2026-02-06x']) {
      expect(datePartsOf(answer)).toEqual({ day: '', month: '', year: '' });
    }
  });

  it('pads day and month and trims what was typed', () => {
    expect(isoFromParts({ day: ' 6', month: '2 ', year: ' 2026 ' })).toBe('2026-02-06');
    expect(isoFromParts({ day: '30', month: '11', year: '2026' })).toBe('2026-11-30');
  });

  it('is empty only when every field is empty, and leaves malformed input malformed', () => {
    expect(isoFromParts({ day: ' ', month: '', year: '' })).toBe('');
    expect(isoFromParts({ day: '', month: '', year: '2026' })).toBe('2026-00-00');
    expect(isoFromParts({ day: 'x', month: '2', year: '26' })).toBe('26-02-0x');
  });

  it('round-trips every date', () => {
    for (const iso of ['2000-01-01', '2024-02-29', '2099-12-31']) expect(isoFromParts(datePartsOf(iso))).toBe(iso);
  });
});
