/**
 * The person's own next step with its date, walked in Chromium at 360 × 740 as each of them would:
 * a refusal received a week ago on the national base (and the desk handout for it), an application
 * to send next week in a municipality with its own § 86 standard, a § 119 referral on its way, and
 * a § 140 start offered after the 7-day date in every municipality with documents and on the base.
 * Today is Sunday 6 December 2026.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shareHash } from '../../src/app/share.ts';
import {
  DESKTOP,
  PHONE,
  answer,
  answerDate,
  expectHeading,
  expectNoAxeViolations,
  newPage,
  pageErrors,
  screenshot,
  useChromium,
  chooseMunicipality,
} from './browser';
import { pdfPages } from './measure';

const env = useChromium();
const NOW = '2026-12-06T10:00:00+01:00';

/** The next-step box lies wholly within the first 740 px, with its date. */
async function nextStepOnFirstScreen(page: Page): Promise<{ action: string; date: string }> {
  const box = await page.locator('.next-step').boundingBox();
  expect(box, 'next step box').not.toBeNull();
  const date = page.locator('.next-step .next-step-date').first();
  const dateBox = await date.boundingBox();
  expect(dateBox, 'next step date').not.toBeNull();
  expect(dateBox!.y + dateBox!.height).toBeLessThanOrEqual(PHONE.height);
  return {
    action: (await page.locator('.next-step-action').innerText()).trim(),
    date: (await date.innerText()).trim(),
  };
}

/** Presses Tab until the focused element's name (label, text or aria-label) starts with `name`. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : undefined;
      return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (focused.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function start(page: Page, municipality: string): Promise<void> {
  await page.goto(env.url);
  await chooseMunicipality(page, municipality);
  await page.getByRole('button', { name: 'Start' }).click();
}

async function seeResult(page: Page, title: string): Promise<void> {
  await expectHeading(page, 'Tjek dine svar');
  await page.getByRole('link', { name: 'Se resultatet' }).click();
  await expectHeading(page, title);
}

describe('the next step with its date, at 360 × 740', () => {
  it('a § 86 refusal received a week ago in Brøndby (national base): the complaint date, on screen and on one A4 handout', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE, now: NOW });
    await start(page, 'Brøndby Kommune');
    await answer(page, 'Jeg kan mindre end før på grund af sygdom, men har ikke været på sygehuset for det');
    await answer(page, 'Ja, og jeg har fået en afgørelse, som jeg er utilfreds med');
    await answerDate(page, 29, 11, 2026);
    await seeResult(page, 'Sådan klager du over kommunens afgørelse');
    expect(await page.locator('.result-status').innerText()).toBe('Sådan klager du');
    expect(await nextStepOnFirstScreen(page)).toEqual({
      action: 'Klag, hvis du er uenig',
      date: 'Senest mandag den 28. december 2026',
    });
    await screenshot(page, 'next-step-sl86-refusal-brondby-360');
    await expectNoAxeViolations(page, 'complaint result');
    expect(pageErrors(page)).toEqual([]);
    await context.close();

    // The clerk at the desk prints the same answers: the same date and a matching headline, one page.
    const answers = {
      guide: { situation: 'lost-function' },
      'sl86-1': { applied: 'decision', 'decision-date': '2026-11-29' },
    };
    const desk = await newPage(env.browser, { viewport: DESKTOP, now: NOW });
    await desk.page.goto(`${env.url}${shareHash({ municipality: 'brondby', answers, perspective: 'self' })}`);
    await expectHeading(desk.page, 'Sådan klager du over kommunens afgørelse');
    await desk.page.goto(`${env.url}#/skranke`);
    await expect
      .poll(() => desk.page.locator('.desk-result h2').first().textContent())
      .toBe('Sådan klager du over kommunens afgørelse');
    expect(await desk.page.locator('.desk-result .badge').innerText()).toBe('Sådan klager du');
    await desk.page.emulateMedia({ media: 'print' });
    const handout = await desk.page.locator('.desk-result').innerText();
    expect(handout).toContain('Klag, hvis du er uenig');
    expect(handout).toContain('Senest mandag den 28. december 2026');
    await desk.page.screenshot({
      path: 'test-results/screenshots/desk-sl86-refusal-brondby-print.png',
      fullPage: true,
    });
    await desk.page.emulateMedia({ media: null });
    expect(pdfPages(await desk.page.pdf({ format: 'A4' }))).toBe(1);
    await desk.context.close();
  });

  it('a transport refusal from the triage in Næstved: Styrelsen for Patientklager and the date, asked once', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE, now: NOW });
    await start(page, 'Næstved Kommune');
    await answer(page, 'Jeg har fået en afgørelse fra kommunen om træning eller kørsel, og jeg er utilfreds');
    await answer(page, 'Kørsel eller frit valg af sted at genoptræne efter sygehuset (sundhedsloven)');
    await expectHeading(page, 'Hvornår fik du afgørelsen?');
    await answerDate(page, 4, 12, 2026);
    await seeResult(page, 'Sådan klager du over en afgørelse om kørsel eller frit valg');
    expect(await nextStepOnFirstScreen(page)).toEqual({
      action: 'Klag, hvis du er uenig',
      date: 'Senest mandag den 4. januar 2027',
    });
    expect(await page.locator('.next-step').innerText()).toContain('Styrelsen for Patientklager');
    await screenshot(page, 'next-step-sl140-rights-naestved-360');
    await expectNoAxeViolations(page, 'rights complaint');
    await context.close();
  });

  it('an application Ishøj gets next week: by when it aims to hold the first meeting, counted from that day', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE, now: NOW });
    await start(page, 'Ishøj Kommune');
    await answer(page, 'Jeg kan mindre end før på grund af sygdom, men har ikke været på sygehuset for det');
    await answer(page, 'Nej, ikke endnu');
    await answerDate(page, 14, 12, 2026);
    await answer(page, 'Ja'); // 18 or older
    await answer(page, 'Nej'); // not in hospital for it
    await answer(page, 'Nej'); // not in § 140 rehabilitation
    await answer(page, 'Nej'); // below pension age
    await answer(page, 'Nej'); // not under the Ældreloven
    await answer(page, 'Nej'); // cannot train on own
    await answer(page, 'Nej'); // no other training
    await answer(page, 'Nej'); // no earlier course for the same
    await seeResult(page, 'Du kan søge om genoptræning i kommunen');
    expect(await nextStepOnFirstScreen(page)).toEqual({
      action: 'Søg hos kommunen',
      date: 'Senest fredag den 8. januar 2027',
    });
    expect(await page.locator('.next-step').innerText()).toContain(
      'Hvis kommunen får ansøgningen mandag den 14. december 2026:',
    );
    await screenshot(page, 'next-step-sl86-apply-ishoj-360');
    await expectNoAxeViolations(page, 'apply result');
    await context.close();
  });

  it('a § 119 referral that reaches Ishøj next week: the date of the first talk', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE, now: NOW });
    const answers = {
      guide: { situation: 'chronic-disease' },
      sl119: {
        disease: 'copd',
        'copd-very-severe': 'no',
        'in-sl140': 'no',
        'other-training': 'no',
        referred: 'yes',
      },
    };
    await page.goto(`${env.url}${shareHash({ municipality: 'ishoj', answers, perspective: 'self' })}`);
    await expectHeading(page, 'Hvornår får eller fik kommunen henvisningen?');
    await answerDate(page, 14, 12, 2026);
    await seeResult(page, 'Du er henvist til træning i et forløbsprogram');
    expect(await nextStepOnFirstScreen(page)).toEqual({
      action: 'Kommunen kontakter dig',
      date: 'Senest mandag den 28. december 2026',
    });
    expect(await page.locator('.next-step').innerText()).toContain(
      'Hvis kommunen får henvisningen mandag den 14. december 2026:',
    );
    await screenshot(page, 'next-step-sl119-referral-ishoj-360');
    await context.close();
  });

  for (const [municipality, name, extra] of [
    ['brondby', 'Brøndby Kommune', {}],
    ['ishoj', 'Ishøj Kommune', { 'plan-received-date': '2026-12-02' }],
    ['vallensbaek', 'Vallensbæk Kommune', { 'plan-received-date': '2026-12-02' }],
    ['naestved', 'Næstved Kommune', { 'private-hospital': 'public' }],
  ] as const) {
    it(`a § 140 start offered after the 7-day date in ${name}: the person may choose another provider`, async () => {
      const { context, page } = await newPage(env.browser, { viewport: PHONE, now: NOW });
      const answers = {
        guide: { situation: 'after-hospital' },
        sl140: {
          'has-plan': 'yes',
          'discharge-date': '2026-12-02',
          'plan-level': 'basal',
          'plan-start-date': 'unknown',
          ...extra,
        },
      };
      await page.goto(`${env.url}${shareHash({ municipality, answers, perspective: 'self' })}`);
      await expectHeading(page, 'Hvilken dag har kommunen tilbudt, at din genoptræning starter?');
      await answerDate(page, 14, 12, 2026);
      // Ishøj's and Vallensbæk's documents allow one offer at a time: not trained elsewhere.
      if ('plan-received-date' in extra) await answer(page, 'Nej');
      await answer(page, 'Nej'); // no pension
      await answer(page, 'Ja'); // can get there alone
      await seeResult(page, 'Du har ret til genoptræning i kommunen');
      const step = page.locator('.next-step');
      const box = await step.boundingBox();
      expect(box!.y).toBeLessThan(PHONE.height);
      expect(await page.locator('.next-step-action').innerText()).toBe('Du må vælge et andet sted at træne');
      // No start date that contradicts the offer.
      expect(await page.locator('main').innerText()).not.toContain('Din genoptræning starter');
      await screenshot(page, `next-step-sl140-late-offer-${municipality}-360`);
      await context.close();
    });
  }

  it('walks with the keyboard only to the complaint, and with no date known gets the rule in words', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE, now: NOW });
    const answers = { guide: { situation: 'lost-function' } };
    await page.goto(`${env.url}${shareHash({ municipality: 'brondby', answers, perspective: 'self' })}`);
    await expectHeading(page, 'Har du søgt kommunen om genoptræning?');
    await tabTo(page, 'Nej, ikke endnu');
    // Arrow keys move within the radio group, as a keyboard user does.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Hvornår fik du afgørelsen?');
    await tabTo(page, 'Dag');
    await page.keyboard.type('29');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Tjek dine svar');
    await page.getByRole('link', { name: 'Se resultatet' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Sådan klager du over kommunens afgørelse');
    expect((await nextStepOnFirstScreen(page)).date).toBe('Senest mandag den 28. december 2026');
    // Back, "Ved ikke" to the date: the rule in words, never an invented date.
    const unknown = { ...answers, 'sl86-1': { applied: 'decision', 'decision-date': 'unknown' } };
    await page.goto(`${env.url}${shareHash({ municipality: 'brondby', answers: unknown, perspective: 'self' })}`);
    await expectHeading(page, 'Sådan klager du over kommunens afgørelse');
    expect(await page.locator('.next-step').innerText()).toContain('inden 4 uger');
    expect(await page.locator('.next-step .next-step-date').count()).toBe(0);
    await context.close();
  });
});
