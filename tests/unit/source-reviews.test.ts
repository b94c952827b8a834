/**
 * Every law source says when it was last checked, and the verifier holds the content to it: a warning
 * 30 days before a source's `reviewBy`, a problem after it, measured against the day the verifier runs
 * (`today`), never the day whose rules it looks at (`asOf`). A pending bill is checked again by the day
 * it is planned to take effect.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/content/load.ts';
import { formatCheckedDate } from '../../src/engine/calendar.ts';
import type { ContentSource } from '../../src/engine/model/content-source.ts';
import type { Source } from '../../src/engine/model/source.ts';
import { verify } from '../../src/engine/verify.ts';
import { checkReviews } from '../../src/engine/verify/check-reviews.ts';

const { source: content } = loadContent(resolve(import.meta.dirname, '../../content'));
const p = (da: string) => ({ da, en: da });
const withSources = (sources: Record<string, Partial<Source>>) =>
  ({
    sources: {
      file: 'content/sources.yaml',
      sources: Object.fromEntries(
        Object.entries(sources).map(([id, s]) => [
          id,
          { title: p(id), publisher: 'Folketinget', document: id, covers: [], ...s },
        ]),
      ),
    },
  }) as unknown as ContentSource;

describe('checkReviews', () => {
  const law = withSources({ law: { checked: '2026-12-06', reviewBy: '2027-03-01' } });

  it('is quiet more than 30 days before reviewBy, warns from 30 days before, and fails the day after', () => {
    expect(checkReviews(law, '2027-01-29')).toEqual({ problems: [], warnings: [] });
    expect(checkReviews(law, '2027-01-30').warnings.map((w) => w.message)).toEqual([
      'law: check the rules again by 2027-03-01 (last checked 2026-12-06)',
    ]);
    expect(checkReviews(law, '2027-03-01').problems).toEqual([]);
    expect(checkReviews(law, '2027-03-02').problems).toEqual([
      {
        file: 'content/sources.yaml',
        message:
          'law: reviewBy 2027-03-01 has passed (today is 2027-03-02); check the rules against the law as it stands, then set checked and a new reviewBy',
      },
    ]);
  });

  it('asks every national law source for checked and reviewBy, and no municipality’s document', () => {
    const problems = checkReviews(withSources({ law: {}, seed: { covers: ['ishoj'] } }), '2026-12-06').problems.map(
      (x) => x.message,
    );
    expect(problems).toEqual([
      'law: national law needs checked (the day its rules were last checked) and reviewBy (when to check them again)',
    ]);
  });

  it('holds a pending bill’s reviewBy to its planned effective date; a passed one may be checked later', () => {
    const bills = withSources({
      pending: { checked: '2026-12-06', reviewBy: '2027-02-01', bill: { status: 'pending', effective: '2027-01-01' } },
      passed: { checked: '2026-12-06', reviewBy: '2027-06-01', bill: { status: 'passed', effective: '2027-01-01' } },
    });
    expect(checkReviews(bills, '2026-12-06').problems.map((x) => x.message)).toEqual([
      'pending: a pending bill must be checked again by the day it is planned to take effect (2027-01-01), not 2027-02-01',
    ]);
  });
});

describe('the content’s law sources', () => {
  const national = Object.entries(content.sources.sources).filter(([, s]) => s.covers.length === 0);

  it('each says when it was checked and when to check it again; every pending bill by its effective date', () => {
    for (const [id, s] of national) {
      expect(s.checked, id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(s.reviewBy, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.bill?.status === 'pending') expect(s.reviewBy! <= s.bill.effective, id).toBe(true);
    }
    expect(content.sources.sources['regions-2027']?.bill).toEqual({ status: 'pending', effective: '2027-01-01' });
  });

  it('pass on 6 December 2026, and fail the day after the earliest reviewBy, naming the source', () => {
    expect(verify(content, '2026-12-06', { today: '2026-12-06' }).problems).toEqual([]);
    const earliest = national
      .map(([id, s]) => ({ id, reviewBy: s.reviewBy! }))
      .sort((a, b) => (a.reviewBy < b.reviewBy ? -1 : 1))[0]!;
    const dayAfter = new Date(`${earliest.reviewBy}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    const problems = verify(content, '2026-12-06', { today: dayAfter.toISOString().slice(0, 10) }).problems;
    expect(problems.map((x) => x.message).join('\n')).toContain(
      `${earliest.id}: reviewBy ${earliest.reviewBy} has passed`,
    );
  });

  it('measure reviewBy against the day the verifier runs, not the day whose rules apply', () => {
    const report = verify(content, '2027-01-05', { today: '2026-12-06' });
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => w.message).join('\n')).toContain(
      'regions-2027: check the rules again by 2027-01-01',
    );
  });
});

describe('formatCheckedDate', () => {
  it('writes a day as a day and a month as a month, in Danish and English', () => {
    expect(`Reglerne er sidst tjekket ${formatCheckedDate('2026-12-06', 'da')}`).toBe(
      'Reglerne er sidst tjekket 6. december 2026',
    );
    expect(formatCheckedDate('2026-11', 'da')).toBe('november 2026');
    expect(formatCheckedDate('2026-12-06', 'en')).toBe('6 December 2026');
    expect(formatCheckedDate('2026-11', 'en')).toBe('November 2026');
  });
});
