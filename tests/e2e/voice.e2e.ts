/**
 * The result speaks to whoever reads it: the citizen in their own voice, a relative about the person.
 * Both walk Ishøj, § 140, the common case (plan, discharged, basic level, can travel).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answer,
  DESKTOP,
  dontKnowDate,
  expectHeading,
  expectNoAxeViolations,
  newPage,
  pageErrors,
  screenshot,
  useChromium,
  chooseMunicipality,
} from './browser';

const env = useChromium();

/** Words that speak to the reader as the person the guide is about. */
const SECOND_PERSON = [
  'du har ret',
  'du kan få',
  'du får',
  'kontakter dig',
  'dit første',
  'din genoptræning',
  'din træning',
];

async function walk(page: Page, relative: boolean): Promise<string> {
  await page.goto(env.url);
  if (relative) await page.getByLabel('Jeg hjælper en anden, fx min mor eller far').check();
  await chooseMunicipality(page, 'Ishøj Kommune');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(
    page,
    relative
      ? 'Personen har været på sygehuset og skal genoptrænes bagefter'
      : 'Jeg har været på sygehuset og skal genoptrænes bagefter',
  );
  await answer(page, 'Ja');
  await page.getByLabel('Dag').fill('27');
  await page.getByLabel('Måned').fill('2');
  await page.getByLabel('År').fill('2026');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await answer(page, 'Basalt niveau');
  // Plan received, a later start in the plan, the offered start: "Ved ikke".
  await dontKnowDate(page);
  await dontKnowDate(page);
  await dontKnowDate(page);
  await answer(page, 'Nej'); // not trained elsewhere
  await answer(page, 'Nej'); // no pension
  await answer(page, 'Ja'); // can take the bus
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await expectHeading(
    page,
    relative ? 'Personen har ret til genoptræning i kommunen' : 'Du har ret til genoptræning i kommunen',
  );
  return ((await page.locator('main').textContent()) ?? '').toLowerCase();
}

describe('the voice of the result', () => {
  it('speaks about the person to a relative, and to the citizen in their own voice', async () => {
    const relative = await newPage(env.browser, { viewport: DESKTOP });
    const aboutThePerson = await walk(relative.page, true);
    for (const words of SECOND_PERSON) expect(aboutThePerson, words).not.toContain(words);
    expect(aboutThePerson).toContain('personen');
    // Facts stay: the dates and the phone number read the same in both voices.
    expect(aboutThePerson).toContain('senest tirsdag den 3. marts 2026');
    expect(aboutThePerson).toContain('61 14 60 40');
    await expectNoAxeViolations(relative.page, 'relative result');
    await screenshot(relative.page, 'voice-relative-result-1280');
    expect(pageErrors(relative.page)).toEqual([]);
    await relative.context.close();

    // The same walk as the citizen does say these words, so the check above can fail.
    const citizen = await newPage(env.browser, { viewport: DESKTOP });
    const toTheCitizen = await walk(citizen.page, false);
    expect(SECOND_PERSON.filter((words) => toTheCitizen.includes(words)).length).toBeGreaterThanOrEqual(3);
    await citizen.context.close();
  });

  it('explains a term after the section where it is first used, and folds caveats under "Kilder og forbehold"', async () => {
    const { context, page } = await newPage(env.browser);
    await walk(page, false);
    const term = page.locator('.glossary dt', { hasText: 'genoptræningsplan' });
    expect(await term.count()).toBe(1);
    expect(await page.locator('.glossary dd').first().textContent()).toContain('sygehuset');
    await page.getByRole('heading', { name: 'Kilder og forbehold' }).waitFor();
    // Folded in an accordion; opened with the keyboard.
    const toggle = page.getByRole('button', { name: 'Kilder og forbehold' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('main').innerText()).not.toContain('28 dage');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#caveats').innerText()).toContain('28 dage');
    await expectNoAxeViolations(page, 'caveats open');
    await screenshot(page, 'voice-caveats-open-360');
    await context.close();
  });
});
