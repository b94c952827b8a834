/**
 * Results walked as a new user in Chromium: § 140 complaints follow the Health Act (Styrelsen for
 * Patientklager, never Ankestyrelsen), and Ishøj's service-level complaints go to the address in its
 * § 140 standard (seed 003), not the § 86/§ 119 one; transport follows BEK 816/2018 (a pensioner with a
 * plan has the right, others only by health or distance); the Ældreloven result names the Ældreloven
 * as its legal basis.
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

/** Brøndby (the national base) to the § 140 offer: plan, discharged 27 February 2026, basal level, then the transport questions. */
async function walkBrondbyTransport(page: Page, pension: 'Ja' | 'Nej'): Promise<string> {
  await page.goto(env.url);
  await chooseMunicipality(page, 'Brøndby Kommune');
  await page.getByRole('button', { name: 'Start' }).click();
  await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
  await answer(page, 'Ja');
  await page.getByLabel('Dag').fill('27');
  await page.getByLabel('Måned').fill('2');
  await page.getByLabel('År').fill('2026');
  await page.getByRole('button', { name: 'Fortsæt' }).click();
  await answer(page, 'Basalt niveau');
  await dontKnowDate(page); // no later start date in the plan
  await dontKnowDate(page); // no start date offered yet
  // The pension comes first: it decides the right to transport (BEK 816/2018, the Vejledning ch. 10).
  await expectHeading(page, 'Får du folkepension eller førtidspension?');
  await answer(page, pension);
  await expectHeading(page, 'Kan du selv komme til træningen, fx med bus eller tog?');
  await answer(page, 'Ja');
  await expectHeading(page, 'Tjek dine svar');
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await expectHeading(page, 'Du har ret til genoptræning i kommunen');
  return page.locator('main').innerText();
}

describe('transport after hospital on the national base, in Chromium', () => {
  it('Brøndby: a pensioner with a plan who can take the bus has a right to transport or to have the costs covered, above the threshold', async () => {
    const { context, page } = await newPage(env.browser, { now: '2026-12-06T10:00:00+01:00' });
    const visible = await walkBrondbyTransport(page, 'Ja');
    expect(visible).toContain(
      'Kørsel: Du har ret til kørsel eller til at få dækket udgifter til transport, fordi du får folkepension eller førtidspension og har en genoptræningsplan.',
    );
    expect(visible).toContain('over beløbsgrænsen for pensionister');
    // The threshold itself: the newest amounts the guide knows, with their years.
    await page.getByRole('button', { name: 'Beløbsgrænse for befordringsgodtgørelse' }).click();
    const threshold = await page.locator('main').innerText();
    expect(threshold).toContain('Pensionister: 44 kr. i alt');
    expect(threshold).toContain('et par hundrede kroner eller mere');
    expect(threshold).not.toContain('Du har ikke ret til kørsel');
    await expectNoAxeViolations(page, 'Brøndby pensioner transport result');
    await screenshot(page, 'law-03-brondby-pensioner-transport-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('Brøndby: someone without a pension, under 50 km, who can take the bus has no right to transport, and is told why', async () => {
    const { context, page } = await newPage(env.browser, { now: '2026-12-06T10:00:00+01:00' });
    const visible = await walkBrondbyTransport(page, 'Nej');
    expect(visible).toContain('Kørsel: Du har ikke ret til kørsel eller til at få transporten betalt');
    expect(visible).toContain(
      'fordi du ikke får folkepension eller førtidspension, og du selv kan tage bus eller tog.',
    );
    expect(visible).toContain('Bor du mere end 50 km væk, har du ret alligevel.');
    await screenshot(page, 'law-04-brondby-no-pension-transport-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('the Ældreloven result, in Chromium', () => {
  it('names the Ældreloven as its legal basis and when its law sources were last checked', async () => {
    const { context, page } = await newPage(env.browser, { now: '2026-12-06T10:00:00+01:00' });
    await page.goto(env.url);
    await chooseMunicipality(page, 'Brøndby Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Jeg kan mindre end før på grund af sygdom, men har ikke været på sygehuset for det');
    await answer(page, 'Nej, ikke endnu'); // not applied yet
    await dontKnowDate(page); // when the application will be sent
    await answer(page, 'Nej'); // not in hospital for it
    await expectHeading(page, 'Har du nået folkepensionsalderen?');
    await answer(page, 'Ja');
    await answer(page, 'Ja'); // needs help because of ageing
    await expectHeading(page, 'Tjek dine svar');
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expectHeading(page, 'Du skal måske have træning efter ældreloven');
    await page.getByRole('button', { name: 'Kilder og forbehold' }).click();
    const visible = await page.locator('main').innerText();
    expect(visible).toContain('Lovgrundlag: Ældreloven');
    expect(visible).not.toContain('Lovgrundlag: Serviceloven § 86');
    expect(visible).toContain('Reglerne er sidst tjekket 6. december 2026');
    await expectNoAxeViolations(page, 'Ældreloven result with sources open');
    await screenshot(page, 'law-05-elderly-act-sources-360');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
