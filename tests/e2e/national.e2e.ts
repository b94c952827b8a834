/**
 * A municipality without its own documents gets the national base: a new user in
 * Brøndby on a phone, after a hospital stay with a rehabilitation plan.
 */
import { describe, expect, it } from 'vitest';
import {
  answer,
  dontKnowDate,
  expectHeading,
  expectNoAxeViolations,
  newPage,
  pageErrors,
  PHONE,
  screenshot,
  useChromium,
} from './browser';

const env = useChromium();

// Facts that belong to the three municipalities with their own documents.
const LOCAL_FACTS = ['Ishøj', 'Vallensbæk', 'Næstved', '61 14 60 40', 'Vejlebrovej', 'Store Torv', 'Træningscenter'];

describe('Brøndby, national base, § 140, in Chromium at 360 px', () => {
  it('finds Brøndby by typing, and reaches a § 140 result with national rules only', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(env.url);
    const search = page.getByRole('combobox', { name: 'Hvilken kommune bor du i?' });
    await search.fill('brøndb');
    await expect.poll(() => page.getByRole('option').allTextContents()).toEqual(['Brøndby Kommune']);
    await expectNoAxeViolations(page, 'start with the list open');
    await screenshot(page, 'national-01-search-360');
    await page.getByRole('option', { name: 'Brøndby Kommune' }).click();
    await expect.poll(() => search.inputValue()).toBe('Brøndby Kommune');
    await expect
      .poll(() => page.locator('.municipality-chosen').textContent())
      .toContain('Guiden har ikke Brøndby Kommunes egne regler');
    await page.getByRole('button', { name: 'Start' }).click();

    await expectHeading(page, 'Hvad passer bedst på dig?');
    await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
    await expectHeading(page, 'Har du fået en genoptræningsplan fra sygehuset?');
    await answer(page, 'Ja');
    await expectHeading(page, 'Hvornår blev du udskrevet fra sygehuset?');
    await page.getByLabel('Dag').fill('27');
    await page.getByLabel('Måned').fill('2');
    await page.getByLabel('År').fill('2026');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    await answer(page, 'Basalt niveau');
    // The planned-date questions: a later start in the plan, the offered start (no plan-received date nationally).
    await expectHeading(page, 'Står der i genoptræningsplanen en dato, hvor træningen tidligst skal starte?');
    await dontKnowDate(page);
    await expectHeading(page, 'Hvilken dag har kommunen tilbudt, at din genoptræning starter?');
    await dontKnowDate(page);
    await expectHeading(page, 'Får du folkepension eller førtidspension?');
    await answer(page, 'Nej');
    await expectHeading(page, 'Kan du selv komme til træningen, fx med bus eller tog?');
    await answer(page, 'Ja');
    await expectHeading(page, 'Tjek dine svar');
    await page.getByRole('link', { name: 'Se resultatet' }).click();

    await expectHeading(page, 'Du har ret til genoptræning i kommunen');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Brøndby Kommune');
    expect(main).toContain('Styrelsen for Patientklager');
    expect(main).toContain('Guiden har ikke Brøndby Kommunes egen kvalitetsstandard');
    expect(main).toContain('Kommunens egne regler er ikke i guiden');
    for (const fact of LOCAL_FACTS) expect(main, fact).not.toContain(fact);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await expectNoAxeViolations(page, 'Brøndby § 140 result');
    await screenshot(page, 'national-02-result-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('Vallensbæk, § 119 from the national base, in Chromium at 360 px', () => {
  it("reaches the national § 119 answer with Vallensbæk's phone and the sentence that its leaflet does not describe the offer", async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(env.url);
    const search = page.getByRole('combobox', { name: 'Hvilken kommune bor du i?' });
    await search.fill('vallens');
    await page.getByRole('option', { name: /Vallensbæk Kommune/ }).click();
    await page.getByRole('button', { name: 'Start' }).click();

    await expectHeading(page, 'Hvad passer bedst på dig?');
    await answer(page, 'Jeg har en kronisk sygdom, fx KOL, diabetes, kræft eller ondt i ryggen, og vil gerne træne');
    await expectHeading(page, 'Har din læge eller sygehuset henvist dig til træning i kommunen?');
    await answer(page, 'Ja');
    await expectHeading(page, 'Tjek dine svar');
    await page.getByRole('link', { name: 'Se resultatet' }).click();

    await expectHeading(page, 'Spørg kommunen, hvilke træningsforløb den har');
    await page.getByRole('heading', { name: 'Dette tilbud står ikke i pjecen' }).waitFor({ timeout: 5000 });
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Dette tilbud står ikke i pjecen');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Vallensbæk Kommune');
    expect(text).toContain('Træningscentret Ishøj-Vallensbæk');
    expect(text).toContain('Sundhedsloven § 119');
    // The national base's own words for municipalities without documents are not said of Vallensbæk.
    expect(text).not.toContain('Guiden har ikke Vallensbæk Kommunes egen kvalitetsstandard');
    expect(await main.getByText('61 14 60 40', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await expectNoAxeViolations(page, 'Vallensbæk § 119 result');
    await screenshot(page, 'national-03-vallensbaek-sl119-360');
    // Opened, the section says why the answer is the law's, and whom to call.
    await page.getByRole('button', { name: 'Dette tilbud står ikke i pjecen' }).click();
    const why = main.getByText('Derfor bygger svaret her på loven', { exact: false });
    expect(await why.isVisible()).toBe(true);
    expect(await why.textContent()).toContain('Dette tilbud står ikke i pjecen.');
    expect(await main.getByText('Spørg, hvad Vallensbæk Kommune kan tilbyde', { exact: false }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'Vallensbæk § 119 result, section opened');
    await screenshot(page, 'national-04-vallensbaek-sl119-open-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
