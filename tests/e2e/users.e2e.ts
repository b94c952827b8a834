/**
 * The three kinds of users: a citizen on a phone, a relative helping, staff at the desk.
 * Each way of use is clicked through in Chromium at 360 px and 1280 px, with axe on every page state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DESKTOP,
  PHONE,
  answer,
  dontKnowDate,
  expectHeading,
  expectNoAxeViolations,
  newPage,
  pageErrors,
  screenshot,
  useChromium,
  chooseMunicipality,
  chooseDeskMunicipality,
} from './browser';

const env = useChromium();

async function fillDate(page: Page, day: string, month: string, year: string): Promise<void> {
  await page.getByLabel('Dag').fill(day);
  await page.getByLabel('Måned').fill(month);
  await page.getByLabel('År').fill(year);
}

/** Waits until the page's h1 reads `text` and has the keyboard focus, as after every page change. */
async function focusedHeading(page: Page, text: string): Promise<void> {
  await expectHeading(page, text);
  await expect
    .poll(() =>
      page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : '')),
    )
    .toBe(text);
}

/** Width of the page content beyond the viewport: 0 means no horizontal scrolling. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('a citizen on a phone, keyboard only', () => {
  it('answers § 140 with Tab, arrow keys and Enter, and changes an answer from "Tjek dine svar"', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(env.url);
    // Each new page moves focus to its heading; from there Tab reaches the first answer.
    await focusedHeading(page, 'Find den træning, du har ret til');
    // The municipality search: type, arrow down to the match, Enter picks it, Enter again starts.
    await page.getByRole('combobox', { name: 'Hvilken kommune bor du i?' }).focus();
    await page.keyboard.type('Ishøj');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox').inputValue()).toBe('Ishøj Kommune');
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Hvad passer bedst på dig?');
    await page.keyboard.press('Tab'); // the first option: after hospital
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Har du fået en genoptræningsplan fra sygehuset?');
    await page.keyboard.press('Tab'); // Ja
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Hvornår blev du udskrevet fra sygehuset?');
    await page.keyboard.press('Tab'); // Dag
    await page.keyboard.type('27');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');
    await focusedHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    await page.keyboard.press('Tab'); // Basalt niveau
    await page.keyboard.press('ArrowDown'); // arrow keys move within the radio group: Avanceret niveau
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Hvornår fik kommunen din genoptræningsplan?');
    await dontKnowDate(page);
    await expectHeading(page, 'Står der i genoptræningsplanen en dato, hvor træningen tidligst skal starte?');
    await dontKnowDate(page);
    await expectHeading(page, 'Hvilken dag har kommunen tilbudt, at din genoptræning starter?');
    await dontKnowDate(page);
    await expectHeading(page, 'Får du allerede fysioterapi eller ergoterapi et andet sted for det samme problem?');
    await answer(page, 'Nej');
    await expectHeading(page, 'Får du folkepension eller førtidspension?');
    await answer(page, 'Nej');
    await answer(page, 'Ja');
    await expectHeading(page, 'Tjek dine svar');
    expect(await overflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'check answers');
    expect(await page.locator('main').textContent()).toContain('Avanceret niveau');

    await page.getByRole('link', { name: /Ændr svaret på: Hvilket niveau/ }).click();
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    await answer(page, 'Basalt niveau');
    await expectHeading(page, 'Tjek dine svar'); // back to the check page, later answers kept
    expect(await page.locator('main').textContent()).toContain('Basalt niveau');
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expectHeading(page, 'Du har ret til genoptræning i kommunen');
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'citizen-result-360');

    // "Slet mine svar" clears memory and sessionStorage.
    await page.getByRole('button', { name: 'Slet mine svar' }).click();
    await expectHeading(page, 'Find den træning, du har ret til');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows the start page as a handlingsside at 360 px and 1280 px without horizontal scrolling', async () => {
    for (const [viewport, name] of [
      [PHONE, '360'],
      [DESKTOP, '1280'],
    ] as const) {
      const { context, page } = await newPage(env.browser, { viewport });
      await page.goto(env.url);
      await expectHeading(page, 'Find den træning, du har ret til');
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('minutter');
      expect(main).toContain('genoptræningsplan');
      expect(await overflow(page)).toBe(0);
      // Once a municipality is chosen, its phone number is at hand.
      await chooseMunicipality(page, 'Ishøj Kommune');
      await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('61 14 60 40');
      await expectNoAxeViolations(page, `start ${name}`);
      await screenshot(page, `citizen-start-${name}`);
      await context.close();
    }
  });
});

describe('a reader whose browser prefers English', () => {
  it('opens in English with an English page title, and Danish is one click away', async () => {
    const { context, page } = await newPage(env.browser, { locale: 'en-GB' });
    await page.goto(env.url);
    await expectHeading(page, 'Find the training you are entitled to');
    await expect.poll(() => page.title()).toBe('Træningsguiden – rehabilitation and training in your municipality');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page, 'start in English');
    await page.getByRole('button', { name: 'Skift sprog til dansk' }).click();
    await expectHeading(page, 'Find den træning, du har ret til');
    await expect.poll(() => page.title()).toBe('Træningsguiden – genoptræning og træning i din kommune');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    // The choice is kept for the rest of the visit.
    await page.reload();
    await expectHeading(page, 'Find den træning, du har ret til');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('a relative helping', () => {
  it('words questions and the result in the third person, and shares a link that reopens the result', async () => {
    const { context, page } = await newPage(env.browser, { viewport: DESKTOP });
    await page.goto(env.url);
    await page.getByLabel('Jeg hjælper en anden, fx min mor eller far').check();
    await expectHeading(page, 'Find den træning, personen har ret til');
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await expectHeading(page, 'Hvad passer bedst på den, du hjælper?');
    await answer(page, 'Personen har været på sygehuset og skal genoptrænes bagefter');
    await expectHeading(page, 'Har personen fået en genoptræningsplan fra sygehuset?');
    await answer(page, 'Ja');
    await fillDate(page, '27', '2', '2026');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expectHeading(page, 'Hvilket niveau står der i personens genoptræningsplan?');
    await answer(page, 'Basalt niveau');
    await expectHeading(page, 'Hvornår fik kommunen personens genoptræningsplan?');
    await dontKnowDate(page);
    await dontKnowDate(page);
    await dontKnowDate(page);
    await answer(page, 'Nej');
    await expectHeading(page, 'Får personen folkepension eller førtidspension?');
    await answer(page, 'Nej');
    await expectHeading(page, 'Kan personen selv komme til træningen, fx med bus eller tog?');
    await answer(page, 'Ja');
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expectHeading(page, 'Personen har ret til genoptræning i kommunen');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Digital Fuldmagt');
    await expectNoAxeViolations(page, 'relative result');
    await screenshot(page, 'relative-result-1280');

    // Print: the print stylesheet hides the header, navigation and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    await page.pdf({ path: 'test-results/screenshots/relative-result.pdf', format: 'A4' }).catch(() => undefined);
    await page.emulateMedia({ media: 'screen' });

    const link = await page.getByLabel('Link til resultatet').inputValue();
    expect(link).toContain('#/del/');
    expect(new URL(link).search).toBe('');
    await context.close();

    // Another device: a fresh env.browser context opens the link.
    const other = await newPage(env.browser, { viewport: PHONE });
    await other.page.goto(link);
    await expectHeading(other.page, 'Personen har ret til genoptræning i kommunen');
    expect(await other.page.locator('main').textContent()).toContain('Senest tirsdag den 3. marts 2026');
    await screenshot(other.page, 'relative-shared-360');
    await other.context.close();
  });

  it('gives a friendly fresh start for a tampered or outdated link', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(`${env.url}#/del/not-a-real-payload!!`);
    await expectHeading(page, 'Siden kunne ikke vises');
    expect(await page.locator('main').textContent()).toContain('Linket kunne ikke læses');
    await expectNoAxeViolations(page, 'bad share link');
    const old = Buffer.from(JSON.stringify({ v: 0, m: 'ishoj', a: {} })).toString('base64url');
    await page.goto(`${env.url}#/del/${old}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('ældre udgave');
    const unknown = Buffer.from(JSON.stringify({ v: 1, m: 'atlantis', a: {} })).toString('base64url');
    await page.goto(`${env.url}#/del/${unknown}`);
    await expect.poll(() => page.locator('main').textContent()).toContain('kommune, guiden ikke kender');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});

describe('staff at the borgerservice desk', () => {
  it('answers everything on one screen with the keyboard, sees the result live, prints and clears for the next citizen', async () => {
    const { context, page } = await newPage(env.browser, { viewport: DESKTOP });
    await page.goto(`${env.url}#/skranke`);
    await expectHeading(page, 'Skrankevisning');
    await chooseDeskMunicipality(page, 'ishøj');
    await page.getByLabel('Jeg har været på sygehuset og skal genoptrænes bagefter').check();
    await expect.poll(() => page.locator('.desk-question-current legend').textContent()).toContain('genoptræningsplan');
    expect(await page.getByText('Mangler svar', { exact: true }).count()).toBe(1);
    await page.locator('#desk-sl140-has-plan-yes').check();
    await page.locator('#desk-sl140-discharge-date-day').fill('27');
    await page.locator('#desk-sl140-discharge-date-month').fill('2');
    await page.locator('#desk-sl140-discharge-date-year').fill('2026');
    await page.locator('#desk-sl140-plan-level-basal').check();
    await page.locator('#desk-sl140-plan-received-date-unknown').check();
    await page.locator('#desk-sl140-plan-start-date-unknown').check();
    await page.locator('#desk-sl140-offered-start-date-unknown').check();
    await page.locator('#desk-sl140-same-problem-elsewhere-no').check();
    await page.locator('#desk-sl140-pension-yes').check();
    await page.locator('#desk-sl140-can-travel-yes').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // arrow keys move within the question's own radio group
    expect(await page.locator('#desk-sl140-can-travel-no').isChecked()).toBe(true);
    expect(await page.locator('#desk-sl140-same-problem-elsewhere-no').isChecked()).toBe(true);
    expect(await page.locator('#desk-sl140-pension-yes').isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('.desk-result h2').first().textContent())
      .toBe('Du har ret til genoptræning i kommunen');
    expect(await page.locator('.desk-result').textContent()).toContain('Senest tirsdag den 3. marts 2026');
    expect(await page.getByRole('img', { name: 'QR-kode med link til resultatet' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'desk with result');
    await screenshot(page, 'desk-result-1280');

    // Changing an earlier answer updates the result at once.
    await page.locator('#desk-sl140-has-plan-no').check();
    await expect.poll(() => page.locator('.desk-result h2').first().textContent()).toContain('Uden genoptræningsplan');

    // "Ny borger": Alt+N, then Enter on the focused confirm button.
    await page.keyboard.press('Alt+N');
    await page.getByRole('dialog', { name: 'Ny borger?' }).waitFor();
    await expectNoAxeViolations(page, 'desk confirm dialog');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.getByRole('combobox', { name: 'Borgerens kommune' }).inputValue()).toBe('');
    // Focus is back in the municipality field for the next citizen.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('desk-municipality');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await context.close();
  });

  it('chooses the municipality by typing "næst" and Enter, with the municipalities that have their own rules marked', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(`${env.url}#/skranke`);
    await expectHeading(page, 'Skrankevisning');
    const input = page.getByRole('combobox', { name: 'Borgerens kommune' });
    // The hint, read with the field, names the municipalities with their own rules.
    const hint = await input.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(hint).toContain('Ishøj Kommune, Næstved Kommune, Vallensbæk Kommune');
    await input.focus();
    await page.keyboard.type('brø');
    await page.getByRole('option', { name: 'Brøndby Kommune' }).waitFor();
    expect(await page.getByRole('option', { name: /Brøndby Kommune \(/ }).count()).toBe(0); // not marked
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('næst');
    await page.getByRole('option', { name: 'Næstved Kommune (kommunens egne regler)' }).waitFor();
    expect(await overflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'desk municipality list open');
    await screenshot(page, 'desk-municipality-360');
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('Næstved Kommune');
    // The questions follow at once.
    await page.getByLabel('Jeg har været på sygehuset og skal genoptrænes bagefter').waitFor();
    await page.keyboard.press('Escape');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('fits the desk view on a 360 px screen too', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(`${env.url}#/skranke`);
    await chooseDeskMunicipality(page, 'vallens');
    await page.getByLabel('Jeg har været på sygehuset og skal genoptrænes bagefter').check();
    expect(await overflow(page)).toBe(0);
    await expectNoAxeViolations(page, 'desk 360');
    await screenshot(page, 'desk-360');
    await context.close();
  });
});
