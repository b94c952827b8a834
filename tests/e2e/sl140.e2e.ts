import { describe, expect, it } from 'vitest';
import {
  answer,
  dontKnowDate,
  expectHeading,
  expectNoAxeViolations,
  newPage,
  pageErrors,
  pressBack,
  screenshot,
  useChromium,
  chooseMunicipality,
} from './browser';

const env = useChromium();

describe('Ishøj, Sundhedsloven § 140, in Chromium', () => {
  it('walks from "genoptræningsplan?" to the offer with zero axe violations on every page', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.url);
    await expectNoAxeViolations(page, 'start');
    await screenshot(page, 'sl140-01-start-360');

    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await expectHeading(page, 'Hvad passer bedst på dig?');
    await expectNoAxeViolations(page, 'situation');
    await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
    await expectHeading(page, 'Har du fået en genoptræningsplan fra sygehuset?');
    await expectNoAxeViolations(page, 'has-plan');

    // Submitting without an answer gives the DKFDS error summary, focused.
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Vælg et svar');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoAxeViolations(page, 'has-plan with error');
    await screenshot(page, 'sl140-02-error-360');

    await answer(page, 'Ja');
    await expectHeading(page, 'Hvornår blev du udskrevet fra sygehuset?');
    await expectNoAxeViolations(page, 'discharge-date');
    await page.getByLabel('Dag').fill('30');
    await page.getByLabel('Måned').fill('2');
    await page.getByLabel('År').fill('2026');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Skriv en rigtig dato');
    await expectNoAxeViolations(page, 'discharge-date with error');
    await page.getByLabel('Dag').fill('27');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    await expectNoAxeViolations(page, 'plan-level');
    await answer(page, 'Basalt niveau');
    await expectHeading(page, 'Hvornår fik kommunen din genoptræningsplan?');
    await expectNoAxeViolations(page, 'plan-received-date');
    await dontKnowDate(page);
    await expectHeading(page, 'Står der i genoptræningsplanen en dato, hvor træningen tidligst skal starte?');
    await dontKnowDate(page);
    await expectHeading(page, 'Hvilken dag har kommunen tilbudt, at din genoptræning starter?');
    await dontKnowDate(page);
    await expectNoAxeViolations(page, 'same-problem-elsewhere');
    await answer(page, 'Nej');
    await expectHeading(page, 'Får du folkepension eller førtidspension?');
    await expectNoAxeViolations(page, 'pension');
    await answer(page, 'Ja');
    await expectHeading(page, 'Kan du selv komme til træningen, fx med bus eller tog?');
    await expectNoAxeViolations(page, 'can-travel');
    await answer(page, 'Nej');

    await expectHeading(page, 'Tjek dine svar');
    await expectNoAxeViolations(page, 'check answers');
    await screenshot(page, 'sl140-03-check-360');
    await page.getByRole('link', { name: 'Se resultatet' }).click();

    await expectHeading(page, 'Du har ret til genoptræning i kommunen');
    const main = (await page.locator('main').textContent()) ?? '';
    // Deadlines as real dates, discharged Friday 27 February 2026, today Monday 2 March 2026.
    expect(main).toContain('Senest tirsdag den 3. marts 2026'); // contact: 4 calendar days
    expect(main).toContain('Senest fredag den 6. marts 2026'); // first meeting: 7 calendar days
    expect(main).toContain('kommunens mål');
    expect(main).toContain('lovkrav');
    expect(main).toContain('Senest 4 kalenderdage');
    expect(main).toContain('Senest 7 kalenderdage');
    // Pensioner who cannot get there alone: transport concluded from the answers.
    expect(main).toContain('Du har ret til kørsel eller til at få dækket udgifter til transport');
    expect(main).toContain('Vi har regnet med, at den fik den på udskrivningsdagen');
    expect(main).toContain('Styrelsen for Patientklager');
    // § 140 service-level complaints go to the address in the § 140 standard (003), not the § 86/§ 119 one.
    expect(main).toContain('Ishøj Store Torv 20');
    expect(main).not.toContain('Vejlebrovej 45');
    expect(main).toContain('Kvalitetsstandard for genoptræning efter sundhedsloven § 140');
    expect(main).toContain('61 14 60 40');
    await expectNoAxeViolations(page, 'result');
    await screenshot(page, 'sl140-04-result-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('keeps the answers on env.browser back and reload, and in English', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.url);
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
    await answer(page, 'Ja');
    await page.getByLabel('Ved ikke').check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await answer(page, 'Avanceret niveau');
    await expect
      .poll(() => page.locator('main h1').textContent())
      .not.toBe('Hvilket niveau står der i genoptræningsplanen?');
    // The address bar follows the page on screen (the history is written right after its frame).
    await expect.poll(() => new URL(page.url()).hash).not.toBe('#/ishoj/q/sl140/plan-level');
    await pressBack(page);
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    expect(new URL(page.url()).hash).toBe('#/ishoj/q/sl140/plan-level');
    expect(await page.getByLabel('Avanceret niveau').isChecked()).toBe(true);
    await page.reload();
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    expect(await page.getByLabel('Avanceret niveau').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Change language to English' }).click();
    await expectHeading(page, 'Which level does the rehabilitation plan state?');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByLabel('Advanced level').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'plan-level in English');
    await context.close();
  });

  it('sends a citizen without a plan to the hospital or the training centre', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.url);
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
    await answer(page, 'Nej');
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expectHeading(page, 'Uden genoptræningsplan kan du ikke få genoptræning efter sundhedsloven § 140');
    expect(await page.locator('main').textContent()).toContain('Kontakt afdelingen på sygehuset');
    await expectNoAxeViolations(page, 'no-plan result');
    await context.close();
  });

  it('sends a deep link past unanswered questions back to where the citizen is', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(`${env.url}#/ishoj/resultat`);
    await expectHeading(page, 'Hvad passer bedst på dig?');
    await page.goto(`${env.url}#/ukendt-kommune/q/sl140/has-plan`);
    await expectHeading(page, 'Siden kunne ikke vises');
    await page.getByRole('link', { name: 'Gå til forsiden' }).click();
    await expectHeading(page, 'Find den træning, du har ret til');
    await context.close();
  });
});
