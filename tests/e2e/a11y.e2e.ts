/**
 * WCAG 2.2 AA as a person with a screen reader, voice control or a magnifier meets it, beyond axe:
 * per page type (start, question, check answers, result, desk, handout) the accessibility tree as
 * Chromium computes it (an ARIA snapshot in test-results/aria/ to read), unique control names that
 * start with their visible label, a visible name on every link and button, one h1 and no skipped
 * heading level, the landmarks, targets of at least 24 × 24 px, and where focus lands after each
 * action. The same walks run with forced colours and reduced motion, with screenshots to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shareHash } from '../../src/app/share.ts';
import {
  DESKTOP,
  PHONE,
  answer,
  chooseMunicipality,
  duplicateNames,
  expectHeading,
  expectNoAxeViolations,
  focusableNames,
  newPage,
  useChromium,
  withoutVisibleName,
} from './browser';

const env = useChromium();
const ARIA = resolve(import.meta.dirname, '../../test-results/aria');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

/** The common Ishøj § 140 case, all answered. */
const COMMON = {
  guide: { situation: 'after-hospital' },
  sl140: {
    'has-plan': 'yes',
    'discharge-date': '2026-02-27',
    'plan-level': 'basal',
    'plan-received-date': 'unknown',
    'plan-start-date': 'unknown',
    'offered-start-date': 'unknown',
    'same-problem-elsewhere': 'no',
    'can-travel': 'no',
    pension: 'no',
    'health-rules-out-public-transport': 'no',
  },
};

/** Headings in order, as levels; a page has one h1 and never skips a level going down. */
async function headingProblems(page: Page): Promise<string[]> {
  const levels = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => Number(h.tagName[1])),
  );
  const problems: string[] = [];
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1`);
  levels.forEach((l, i) => {
    if (i > 0 && l > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} → h${l}`);
  });
  return problems;
}

/** Buttons, radios, checkboxes and text fields smaller than 24 × 24 CSS px (their label counts for radios and checkboxes). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input[type=radio], input[type=checkbox], input[type=text], input:not([type]), [role=combobox]',
    );
    for (const el of controls) {
      if (el.getClientRects().length === 0) continue;
      const input = el as HTMLInputElement;
      const label = input.labels?.[0];
      const boxes = [el.getBoundingClientRect(), ...(label ? [label.getBoundingClientRect()] : [])];
      const width = Math.max(...boxes.map((b) => b.width));
      const height = Math.max(...boxes.map((b) => b.height));
      if (width < 24 || height < 24) small.push(`${el.tagName.toLowerCase()}#${el.id} ${width}×${height}`);
    }
    return small;
  });
}

/** Everything a person meeting the page with assistive technology relies on, checked and written down. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  mkdirSync(ARIA, { recursive: true });
  writeFileSync(join(ARIA, `${name}.yml`), await page.locator('body').ariaSnapshot());
  const names = await focusableNames(page);
  expect(duplicateNames(names), `${name}: controls that share a name`).toEqual([]);
  expect(
    names.filter((n) => n.name === ''),
    `${name}: controls without a name`,
  ).toEqual([]);
  expect(await withoutVisibleName(page), `${name}: links and buttons without a visible name`).toEqual([]);
  expect(await headingProblems(page), `${name}: headings`).toEqual([]);
  for (const role of ['banner', 'main', 'contentinfo'] as const) {
    expect(await page.getByRole(role).count(), `${name}: ${role} landmark`).toBe(1);
  }
  expect(await smallTargets(page), `${name}: targets under 24 × 24 px`).toEqual([]);
  await expectNoAxeViolations(page, name);
}

/** The element that has focus, as tag and text. */
async function focused(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.innerText?.trim() ?? '', id: el?.id ?? '' };
  });
}

for (const mode of ['default', 'forced colours and reduced motion'] as const) {
  const forced = mode !== 'default';
  const suffix = forced ? '-forced' : '';

  async function open(viewport = PHONE): Promise<Awaited<ReturnType<typeof newPage>>> {
    const opened = await newPage(env.browser, { viewport });
    if (forced) await opened.page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    return opened;
  }

  describe(`each page type for assistive technology (${mode})`, () => {
    it('start, question, check answers and result: names, headings, landmarks, targets and focus after each action', async () => {
      const { context, page } = await open();
      await page.goto(env.url);
      await expectHeading(page, 'Find den træning, du har ret til');
      await expectAccessible(page, `start${suffix}`);
      await page.screenshot({ path: join(SHOTS, `a11y-start${suffix}-360.png`), fullPage: true });

      await chooseMunicipality(page, 'Ishøj Kommune');
      await page.getByRole('button', { name: 'Start' }).click();
      await expectHeading(page, 'Hvad passer bedst på dig?');
      // Focus on the new page's heading, and the title names the question.
      await expect.poll(async () => (await focused(page)).tag).toBe('h1');
      await expect.poll(() => page.title()).toBe('Hvad passer bedst på dig? – Træningsguiden');
      await expectAccessible(page, `question${suffix}`);

      // "Fortsæt" without an answer: focus on the error summary, which names the problem.
      await page.getByRole('button', { name: 'Fortsæt' }).click();
      await expect.poll(async () => (await focused(page)).text).toContain('Vælg et svar');
      await page.screenshot({ path: join(SHOTS, `a11y-question-error${suffix}-360.png`), fullPage: true });

      await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
      await expectHeading(page, 'Har du fået en genoptræningsplan fra sygehuset?');
      await expect.poll(async () => (await focused(page)).text).toBe('Har du fået en genoptræningsplan fra sygehuset?');
      await expect.poll(() => page.title()).toBe('Har du fået en genoptræningsplan fra sygehuset? – Træningsguiden');
      await page.screenshot({ path: join(SHOTS, `a11y-question${suffix}-360.png`), fullPage: true });

      // "Tilbage" returns to the question before, with focus on its heading.
      await page.getByRole('link', { name: 'Tilbage' }).click();
      await expectHeading(page, 'Hvad passer bedst på dig?');
      await expect.poll(async () => (await focused(page)).tag).toBe('h1');

      await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers: COMMON, perspective: 'self' })}`);
      await expectHeading(page, 'Du har ret til genoptræning i kommunen');
      await expectAccessible(page, `result${suffix}`);
      // The status is said once, with the heading focus lands on (its description), and no live region repeats it.
      expect(await page.locator('main h1').getAttribute('aria-describedby')).toBe('result-status');
      expect(await page.locator('#result-status').innerText()).toBe('Du kan få det');
      for (const live of await page.locator('main [role=status], main [aria-live]').allInnerTexts()) {
        expect(live).not.toContain('Du kan få det');
      }
      await page.screenshot({ path: join(SHOTS, `a11y-result${suffix}-360.png`), fullPage: true });

      // "Start forfra" on the result: focus on the start page's first field.
      await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers: COMMON, perspective: 'self' })}`);
      await expectHeading(page, 'Du har ret til genoptræning i kommunen');
      await page.getByRole('button', { name: 'Start forfra' }).click();
      await expectHeading(page, 'Find den træning, du har ret til');
      await expect.poll(async () => (await focused(page)).tag).toBe('input');
      await context.close();
    });

    it('desk and handout: every question and option named with its question; "Ny borger" returns to the first field', async () => {
      const { context, page } = await open(DESKTOP);
      // Every question answered but the pension: the desk shows them all, the last one marked.
      const sl140 = Object.fromEntries(Object.entries(COMMON.sl140).filter(([k]) => k !== 'pension'));
      const partial = { guide: COMMON.guide, sl140 };
      await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers: partial, perspective: 'self' })}`);
      await page.locator('main h1').waitFor();
      await page.goto(`${env.url}#/skranke`);
      await page.locator('.desk-question-current').waitFor();
      await expectAccessible(page, `desk${suffix}`);
      await page.screenshot({ path: join(SHOTS, `a11y-desk${suffix}-1280.png`), fullPage: true });
      await page.locator('#desk-sl140-pension-yes').check();
      await expect
        .poll(() => page.locator('.desk-result h2').first().textContent())
        .toBe('Du har ret til genoptræning i kommunen');
      await expectAccessible(page, `desk-result${suffix}`);
      await page.emulateMedia({ media: 'print', ...(forced ? { forcedColors: 'active' as const } : {}) });
      writeFileSync(join(ARIA, `handout${suffix}.yml`), await page.locator('.desk-result').ariaSnapshot());
      await page.screenshot({ path: join(SHOTS, `a11y-handout${suffix}.png`), fullPage: true });
      await page.emulateMedia({ media: 'screen' });

      await page.keyboard.press('Alt+N');
      await page.getByRole('dialog', { name: 'Ny borger?' }).waitFor();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expect.poll(async () => (await focused(page)).id).toBe('desk-municipality');
      await context.close();
    });
  });
}
