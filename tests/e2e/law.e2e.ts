/**
 * The § 140 result walked as a new user in Chromium: complaints follow the Health Act
 * (Styrelsen for Patientklager, never Ankestyrelsen), and Ishøj's service-level
 * complaints go to the address in its § 140 standard (seed 003), not the § 86/§ 119 one.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answer,
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

/** From the start page to the § 140 offer: plan, discharged Friday 27 February 2026, basal level, can travel. */
async function walkToSl140Offer(page: Page, municipality: string): Promise<string> {
  await page.goto(env.url);
  await chooseMunicipality(page, municipality);
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
  // The planned-date questions: plan received, a later start in the plan, the offered start.
  await dontKnowDate(page);
  await dontKnowDate(page);
  await dontKnowDate(page);
  await expectHeading(page, 'Får du allerede fysioterapi eller ergoterapi et andet sted for det samme problem?');
  await answer(page, 'Nej');
  await expectHeading(page, 'Får du folkepension eller førtidspension?');
  await answer(page, 'Nej');
  await expectHeading(page, 'Kan du selv komme til træningen, fx med bus eller tog?');
  await answer(page, 'Ja');
  await expectHeading(page, 'Tjek dine svar');
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await expectHeading(page, 'Du har ret til genoptræning i kommunen');
  return (await page.locator('main').textContent()) ?? '';
}

describe('§ 140 complaints as a new user, in Chromium', () => {
  it('Vallensbæk: the result names Styrelsen for Patientklager and not Ankestyrelsen', async () => {
    const { context, page } = await newPage(env.browser);
    const main = await walkToSl140Offer(page, 'Vallensbæk Kommune');
    expect(main).toContain('Styrelsen for Patientklager');
    expect(main).toContain('kørsel eller frit valg');
    expect(main).toContain('Patienterstatningen');
    expect(main).not.toContain('Ankestyrelsen');
    await expectNoAxeViolations(page, 'Vallensbæk § 140 result');
    await screenshot(page, 'law-01-vallensbaek-sl140-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('Ishøj: the result gives Ishøj Store Torv 20 and not Vejlebrovej 45, and labels the citizen’s own deadline', async () => {
    const { context, page } = await newPage(env.browser);
    const main = await walkToSl140Offer(page, 'Ishøj Kommune');
    expect(main).toContain('Ishøj Store Torv 20');
    expect(main).toContain('Center for Voksne og Velfærd');
    expect(main).not.toContain('Vejlebrovej 45');
    expect(main).toContain('Styrelsen for Patientklager');
    // The citizen's duty to report a private provider is their own deadline, not the municipality's target.
    expect(main).toContain('din egen frist');
    expect(main).toContain('kommunens mål');
    await expectNoAxeViolations(page, 'Ishøj § 140 result');
    await screenshot(page, 'law-02-ishoj-sl140-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
