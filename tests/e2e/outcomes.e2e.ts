/**
 * Every outcome of every municipality, reached by clicking through the guide in
 * Chromium with the answers the engine's explorer finds, with axe on each result.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import {
  entryFlow,
  evaluate,
  examplePaths,
  formatLongDate,
  timeline,
  UNKNOWN,
  type MunicipalityBundle,
  type Step,
} from '../../src/engine/index.ts';
import { expectHeading, expectNoAxeViolations, newPage, useChromium, chooseMunicipality } from './browser';

const TODAY = '2026-03-02';
const { source } = loadContent(resolve(import.meta.dirname, '../../content'));

const env = useChromium();

async function give(page: Page, bundle: MunicipalityBundle, step: Step): Promise<void> {
  const node = bundle.flows[step.flowId]?.nodes[step.nodeId];
  const id = step.nodeId;
  if (!node || node.kind === 'route' || node.kind === 'outcome' || node.kind === 'flow') {
    throw new Error(`${step.flowId}/${id} is not a question`);
  }
  await expectHeading(page, node.question.da);
  if (node.kind === 'date') {
    if (step.answer === UNKNOWN) await page.locator(`#${id}-unknown`).check();
    else {
      const [y = '', m = '', d = ''] = step.answer.split('-');
      await page.locator(`#${id}-day`).fill(String(Number(d)));
      await page.locator(`#${id}-month`).fill(String(Number(m)));
      await page.locator(`#${id}-year`).fill(y);
    }
  } else if (node.kind === 'number') {
    if (step.answer === UNKNOWN) await page.locator(`#${id}-unknown`).check();
    else await page.locator(`#${id}-number`).fill(step.answer);
  } else {
    await page.locator(`#${id}-${step.answer}`).check();
  }
  await page.getByRole('button', { name: 'Fortsæt' }).click();
}

// Every municipality with its own documents, and one that gets the national base (they all share it).
const walked = Object.entries(source.municipalities)
  .filter(([id, m]) => m.overlay !== false || id === 'brondby')
  .map(([id]) => id);
for (const id of walked.sort()) {
  const bundle = compileMunicipality(source, id);
  const entry = entryFlow(bundle.municipality);
  const paths = examplePaths(bundle.flows, entry, { municipality: bundle.municipality, today: TODAY });

  describe(`every outcome in ${bundle.municipality.name.da}`, () => {
    it('finds at least one outcome per offered flow', () => {
      for (const flow of bundle.municipality.offers.filter((f) => f !== entry)) {
        expect(
          paths.some((p) => p.outcome.startsWith(`${flow}/`)),
          flow,
        ).toBe(true);
      }
    });

    for (const { outcome, steps } of paths) {
      it(`reaches ${outcome}`, async () => {
        const { context, page } = await newPage(env.browser, { now: `${TODAY}T10:00:00+01:00` });
        await page.goto(env.url);
        await chooseMunicipality(page, bundle.municipality.name.da);
        await page.getByRole('button', { name: 'Start' }).click();
        for (const step of steps) await give(page, bundle, step);
        await expectHeading(page, 'Tjek dine svar');
        await page.getByRole('link', { name: 'Se resultatet' }).click();
        const [flowId = '', nodeId = ''] = outcome.split('/');
        const node = bundle.flows[flowId]?.nodes[nodeId];
        if (node?.kind !== 'outcome') throw new Error(`${outcome} is not an outcome`);
        await expectHeading(page, node.title.da);
        // Every deadline whose start the citizen gave shows as a concrete date with weekday.
        const answers: Record<string, Record<string, string>> = {};
        for (const s of steps) (answers[s.flowId] ??= {})[s.nodeId] = s.answer;
        const result = evaluate(bundle.flows, entry, { municipality: bundle.municipality, answers, today: TODAY });
        if (result.status === 'outcome') {
          const main = (await page.locator('main').textContent()) ?? '';
          for (const e of timeline(result.deadlines, bundle.deadlines, result.events, TODAY)) {
            if (e.date) expect(main, e.id).toContain(formatLongDate(e.date, 'da'));
            else expect(main, e.id).toContain(e.deadline.rule.da);
          }
        }
        await expectNoAxeViolations(page, outcome);
        await context.close();
      });
    }
  });
}
