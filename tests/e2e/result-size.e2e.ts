/**
 * How long every result is for a person on a 360 × 740 phone: words visible before
 * anything is opened, screens to scroll, and A4 pages when printed. Opens each
 * outcome through a share link (the answers the engine's explorer finds), prints
 * the table largest first, and screenshots the first screen of every outcome.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import { examplePaths, type Step } from '../../src/engine/index.ts';
import { shareHash } from '../../src/app/share.ts';
import { SCREENSHOTS, expectHeading, newPage, useChromium } from './browser';
import { measure, type Size } from './measure';

const TODAY = '2026-03-02';
const { source } = loadContent(resolve(import.meta.dirname, '../../content'));
const env = useChromium();

function answersOf(steps: Step[]): Record<string, Record<string, string>> {
  const answers: Record<string, Record<string, string>> = {};
  for (const s of steps) (answers[s.flowId] ??= {})[s.nodeId] = s.answer;
  return answers;
}

const rows: Array<{ outcome: string } & Size> = [];

describe('the length of every result at 360 × 740', () => {
  // Every municipality with its own documents, and one on the national base (all 95 others share its texts).
  const measured = Object.entries(source.municipalities)
    .filter(([id, m]) => m.overlay !== false || id === 'brondby')
    .map(([id]) => id);
  for (const id of measured.sort()) {
    const bundle = compileMunicipality(source, id);
    const entry = bundle.municipality.offers[0] ?? '';
    const paths = examplePaths(bundle.flows, entry, { municipality: bundle.municipality, today: TODAY });
    for (const { outcome, steps } of paths) {
      it(`${id} ${outcome}`, async () => {
        const { context, page } = await newPage(env.browser, { now: `${TODAY}T10:00:00+01:00` });
        await page.goto(`${env.url}${shareHash({ municipality: id, answers: answersOf(steps), perspective: 'self' })}`);
        const [flowId = '', nodeId = ''] = outcome.split('/');
        const node = bundle.flows[flowId]?.nodes[nodeId];
        if (node?.kind !== 'outcome') throw new Error(`${outcome} is not an outcome`);
        await expectHeading(page, node.title.da);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, `first-screen-${id}-${flowId}-${nodeId}.png`) });
        const size = await measure(page);
        rows.push({ outcome: `${id} ${outcome}`, ...size });
        // Every citizen's result prints on at most 2 A4 pages.
        expect(size.pages).toBeGreaterThan(0);
        expect(size.pages, `${id} ${outcome} prints on ${size.pages} pages`).toBeLessThanOrEqual(2);
        await context.close();
      });
    }
  }

  it('prints the longest first', () => {
    rows.sort((a, b) => b.words - a.words || b.screens - a.screens);
    const table = rows.map((r) => `${r.words}\t${r.screens}\t${r.pages}\t${r.outcome}`).join('\n');
    console.log(`words\tscreens\tA4\toutcome\n${table}`);
    mkdirSync(resolve(SCREENSHOTS, '..'), { recursive: true });
    writeFileSync(resolve(SCREENSHOTS, '../result-size.tsv'), `words\tscreens\tA4\toutcome\n${table}\n`);
    expect(rows.length).toBeGreaterThan(0);
  });
});
