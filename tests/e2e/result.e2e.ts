/**
 * The result a person can act on, walked in Chromium at 360 × 740: the common § 140 case
 * (Ishøj, discharged three days ago, basal level, cannot get there alone, no pension, not for
 * health reasons), the same as a relative before a planned discharge, and the desk handout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shareHash } from '../../src/app/share.ts';
import {
  DESKTOP,
  PHONE,
  answer,
  answerDate,
  dontKnowDate,
  expectHeading,
  expectNoAxeViolations,
  newPage,
  pageErrors,
  screenshot,
  useChromium,
  chooseMunicipality,
  chooseDeskMunicipality,
  watchLoading,
} from './browser';
import { measure, pdfPages } from './measure';

const env = useChromium();

/** The common case's answers (as the walk below gives them), for share links and the desk. */
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

/** Clicks through the guide to the Ishøj § 140 result; `discharge` as [day, month, year]. */
async function walkCommonCase(page: Page, discharge: [number, number, number], relative = false): Promise<void> {
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
  await answerDate(page, ...discharge);
  await answer(page, 'Basalt niveau');
  await expectHeading(
    page,
    relative ? 'Hvornår fik kommunen personens genoptræningsplan?' : 'Hvornår fik kommunen din genoptræningsplan?',
  );
  await dontKnowDate(page); // plan received: "Ved ikke" → the discharge day, and the result says so
  await dontKnowDate(page); // no later start date in the plan
  if (!relative) await dontKnowDate(page); // no start date offered yet (asked only after the discharge)
  await answer(page, 'Nej'); // not trained elsewhere
  await answer(page, 'Nej'); // no pension
  await answer(page, 'Nej'); // cannot get there alone
  await answer(page, 'Nej'); // not for health reasons
  await expectHeading(page, 'Tjek dine svar');
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await expectHeading(
    page,
    relative ? 'Personen har ret til genoptræning i kommunen' : 'Du har ret til genoptræning i kommunen',
  );
}

/** Whether an element lies wholly within the first screen. */
async function onFirstScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

describe('the § 140 result for the common case at 360 × 740', () => {
  it('answers on the first screen, is short, concludes transport, dates every deadline and prints on ≤ 2 pages', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await walkCommonCase(page, [27, 2, 2026]);
    // Verdict, a date and a phone number on the first screen.
    expect(await onFirstScreen(page, '.result-status .badge')).toBe(true);
    expect(await page.locator('.result-status').textContent()).toBe('Du kan få det');
    expect(await onFirstScreen(page, 'h1')).toBe(true);
    expect(await onFirstScreen(page, '.next-step-date')).toBe(true);
    expect(await page.locator('.next-step-date').textContent()).toBe('Senest tirsdag den 3. marts 2026');
    expect(await onFirstScreen(page, 'a[href="tel:+4561146040"]')).toBe(true);
    await screenshot(page, 'result-common-360');
    await page.screenshot({ path: 'test-results/screenshots/result-common-first-screen-360.png' });

    const visible = await page.locator('main').innerText();
    // Transport concluded: no right, why, and what would change it.
    expect(visible).toContain('Du har ikke ret til kørsel eller til at få transporten betalt');
    expect(visible).toContain('fordi du ikke får folkepension eller førtidspension');
    expect(visible).toContain('mere end 50 km');
    // Only real dates: no "we cannot work it out" line, the assumption is said.
    expect(visible).not.toContain('Du har ikke givet en dato');
    expect(visible).toContain('Vi har regnet med, at den fik den på udskrivningsdagen');
    expect(visible).toContain('Senest fredag den 6. marts 2026');
    // The rest waits in accordions.
    expect(visible).not.toContain('Styrelsen for Patientklager');
    const size = await measure(page);
    console.log(`common case: ${size.words} words, ${size.screens} screens, ${size.pages} A4 pages`);
    expect(size.words).toBeLessThanOrEqual(450);
    expect(size.screens).toBeLessThanOrEqual(4);
    expect(size.pages).toBeLessThanOrEqual(2);
    await expectNoAxeViolations(page, 'common result');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('opens an accordion on demand, and prints it opened with the complaint route', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await walkCommonCase(page, [27, 2, 2026]);
    const button = page.getByRole('button', { name: 'Det skal du selv gøre' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('main').innerText()).toContain('meld afbud');
    await expectNoAxeViolations(page, 'result with an accordion open');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    expect(printed).toContain('meld afbud'); // opened: printed opened
    expect(printed).toContain('Styrelsen for Patientklager'); // the complaint route is always printed
    expect(printed).not.toContain('Hvad du kan forvente'); // closed: left out
    // The sources are named on paper although "Kilder og forbehold" is closed; its caveats are not.
    expect(printed).toContain('Kilder');
    expect(printed).toContain('Kvalitetsstandard for genoptræning efter sundhedsloven § 140');
    expect(printed).not.toContain('Her står, hvad kommunens dokumenter ikke siger');
    await page.emulateMedia({ media: null });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    // Opened, "Kilder og forbehold" prints its own list of sources, and the short one is left out.
    await page.getByRole('button', { name: 'Kilder og forbehold' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.result-print-sources').isVisible()).toBe(false);
    expect(await page.locator('#caveats').innerText()).toContain(
      'Kvalitetsstandard for genoptræning efter sundhedsloven § 140',
    );
    await page.emulateMedia({ media: null });
    await context.close();
  });

  it('shows a relative the dates counted from a discharge planned in two days', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await walkCommonCase(page, [4, 3, 2026], true);
    const visible = await page.locator('main').innerText();
    expect(visible).toContain('Hvis personen bliver udskrevet onsdag den 4. marts 2026:');
    // The first meeting counts from the plan's arrival (assumed: the discharge day), and says so.
    expect(visible).toContain('Hvis kommunen får genoptræningsplanen onsdag den 4. marts 2026:');
    expect(visible).not.toContain('Hvis det sker');
    expect(visible).toContain('Senest søndag den 8. marts 2026'); // contact: 4 calendar days
    expect(visible).toContain('Senest onsdag den 11. marts 2026'); // first meeting and free choice: 7
    expect(visible).toContain('Personen har ikke ret til kørsel');
    expect(visible).not.toContain('Datoen kan ikke ligge efter i dag');
    expect(await onFirstScreen(page, '.next-step-date')).toBe(true);
    await screenshot(page, 'result-relative-planned-360');
    await expectNoAxeViolations(page, 'relative planned result');
    expect((await measure(page)).pages).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('refuses a discharge more than six months ahead with a way on', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(env.url);
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
    await answer(page, 'Ja');
    await answerDate(page, 3, 10, 2026);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('højst ligge 6 måneder frem');
    await answerDate(page, 2, 9, 2026);
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    await context.close();
  });
});

describe('the desk handout', () => {
  it('prints the common case on exactly one A4 page with where, how and by when to complain', async () => {
    const { context, page } = await newPage(env.browser, { viewport: DESKTOP });
    await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers: COMMON, perspective: 'self' })}`);
    await expectHeading(page, 'Du har ret til genoptræning i kommunen');
    await page.goto(`${env.url}#/skranke`);
    await expect
      .poll(() => page.locator('.desk-result h2').first().textContent())
      .toBe('Du har ret til genoptræning i kommunen');
    expect(await page.locator('.desk-result .badge').textContent()).toBe('Du kan få det');
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.desk-result').innerText();
    expect(printed).toContain('Senest tirsdag den 3. marts 2026');
    // The plan's arrival was not known: the dates assume the discharge day, and the paper says so.
    expect(printed).toContain(
      'Du vidste ikke, hvornår kommunen fik genoptræningsplanen. Vi har regnet med, at den fik den på udskrivningsdagen.',
    );
    expect(printed).toContain('Kørsel: Du har ikke ret til kørsel');
    expect(printed).toContain('Sådan klager du');
    expect(printed).toContain('Skriv til'); // how: in writing
    expect(printed).toContain('Styrelsen for Patientklager'); // where
    expect(printed).toContain('inden 4 uger'); // by when
    await page.screenshot({ path: 'test-results/screenshots/desk-handout-print.png', fullPage: true });
    await page.emulateMedia({ media: null });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });

  it('prints the address a § 86 complaint goes to, where the printed complaint text points to it', async () => {
    const answers = {
      guide: { situation: 'lost-function' },
      'sl86-1': { applied: 'decision', 'decision-date': '2026-02-20' },
    };
    const share = shareHash({ municipality: 'vallensbaek', answers, perspective: 'self' });
    // The citizen's own printout, at 360 px, with every section closed.
    const phone = await newPage(env.browser, { viewport: PHONE });
    await phone.page.goto(`${env.url}${share}`);
    await expectHeading(phone.page, 'Sådan klager du over kommunens afgørelse');
    await phone.page.emulateMedia({ media: 'print' });
    const printout = await phone.page.locator('main').innerText();
    expect(printout).toContain('Adressen står under "Sådan klager du".');
    expect(printout).toContain('Ishøj Store Torv 20');
    expect(printout).toContain('aor@ishoj.dk');
    await phone.page.screenshot({ path: 'test-results/screenshots/sl86-complain-print-360.png', fullPage: true });
    await phone.context.close();
    // The desk handout: the same address, still one page.
    const { context, page } = await newPage(env.browser, { viewport: DESKTOP });
    await page.goto(`${env.url}${share}`);
    await expectHeading(page, 'Sådan klager du over kommunens afgørelse');
    await page.goto(`${env.url}#/skranke`);
    await expect
      .poll(() => page.locator('.desk-result h2').first().textContent())
      .toBe('Sådan klager du over kommunens afgørelse');
    await page.emulateMedia({ media: 'print' });
    const handout = await page.locator('.desk-result').innerText();
    expect(handout).toContain('Adressen står under "Sådan klager du".');
    expect(handout).toContain('Ishøj Store Torv 20');
    await page.screenshot({ path: 'test-results/screenshots/desk-sl86-complain-print.png', fullPage: true });
    await page.emulateMedia({ media: null });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });

  it('shows both needs in order, § 140 now and § 119 afterwards with what it then takes, and still prints on one page', async () => {
    const { context, page } = await newPage(env.browser, { viewport: DESKTOP });
    await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers: COMMON, perspective: 'self' })}`);
    await expectHeading(page, 'Du har ret til genoptræning i kommunen');
    await page.goto(`${env.url}#/skranke`);
    const both = page.getByRole('checkbox', { name: /Borgeren har begge behov/ });
    await both.waitFor();
    // Staff are told what to ask; until they tick, the second need is a fold-out and not printed.
    expect(await page.locator('#desk-both-needs-hint').textContent()).toBe(
      'Spørg borgeren: Har du også en kronisk sygdom?',
    );
    expect(await page.locator('.desk-needs').count()).toBe(0);
    await both.focus();
    await page.keyboard.press('Space');
    const needs = page.locator('.desk-needs');
    await needs.waitFor();
    const items = await needs.locator('ol > li').allInnerTexts();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Nu: Sundhedsloven § 140: Du har ret til genoptræning i kommunen.');
    expect(items[1]).toContain('Dernæst:');
    expect(items[1]).toContain('kan du ikke også få træning i et forløbsprogram'); // not during § 140
    expect(items[1]).toContain('Når genoptræningen er slut'); // what it then takes
    expect(items[1]).toContain('henvise dig'); // a referral, in the citizen's voice
    // Shown in order, no longer also as a fold-out.
    expect(await page.locator('details.desk-section summary', { hasText: 'kronisk sygdom' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'desk with both needs');
    await page.screenshot({ path: 'test-results/screenshots/desk-both-needs-1280.png', fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('.desk-result').innerText();
    expect(printed).toContain('Dine to behov i rækkefølge');
    expect(printed).toContain('Når genoptræningen er slut');
    expect(printed).toContain('inden 4 uger'); // the complaint route is still there
    expect(printed).not.toContain('Borgeren har begge behov'); // the control is not
    await page.screenshot({ path: 'test-results/screenshots/desk-both-needs-print.png', fullPage: true });
    await page.emulateMedia({ media: null });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });

  it('says where the questions are without "til venstre", which is wrong when the layout stacks', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(`${env.url}#/skranke`);
    await chooseDeskMunicipality(page, 'ishøj');
    await expect.poll(() => page.locator('.desk-result').textContent()).toContain('Besvar spørgsmålene.');
    expect(await page.locator('.desk-result').textContent()).not.toContain('til venstre');
    await context.close();
  });
});

describe('small things on the way', () => {
  it('goes from Start to the first question without a "Henter …" in between', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(env.url);
    const sawLoading = await watchLoading(page);
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await expectHeading(page, 'Hvad passer bedst på dig?');
    expect(await sawLoading()).toBe(false);
    await context.close();
  });

  it('returns to "Tjek dine svar" after repairing one bad answer in a share link', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    const broken = { ...COMMON, sl140: { ...COMMON.sl140, 'plan-level': 'not-a-level' } };
    await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers: broken, perspective: 'self' })}`);
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    await answer(page, 'Basalt niveau');
    await expectHeading(page, 'Tjek dine svar');
    await context.close();
  });
});
