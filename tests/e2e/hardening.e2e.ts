/**
 * Private by construction and hardened against bad input: no request leaves the
 * app's origin, answers never appear in URLs, cookies or localStorage, and
 * corrupt state or links end in a clear message, never a blank page.
 */
import { describe, expect, it } from 'vitest';

import { expectHeading, expectNoAxeViolations, newPage, pageErrors, useChromium, chooseMunicipality } from './browser';

const env = useChromium();

describe('privacy', () => {
  it('sends no request to another origin and keeps answers out of URLs, cookies and localStorage', async () => {
    const { context, page } = await newPage(env.browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(env.url);
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel('Jeg har været på sygehuset og skal genoptrænes bagefter').check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Dag').fill('27');
    await page.getByLabel('Måned').fill('2');
    await page.getByLabel('År').fill('2026');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Basalt niveau').check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    for (const question of ['plan-received-date', 'plan-start-date', 'offered-start-date']) {
      await page.locator(`#${question}-unknown`).check();
      await page.getByRole('button', { name: 'Fortsæt' }).click();
    }
    await page.getByLabel('Nej', { exact: true }).check(); // not trained elsewhere
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Nej', { exact: true }).check(); // no pension
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Ja', { exact: true }).check(); // can take the bus
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expectHeading(page, 'Du har ret til genoptræning i kommunen');

    const origin = new URL(env.url).origin;
    const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:'));
    expect(foreign).toEqual([]);
    for (const secret of ['2026-02-27', 'basal', 'after-hospital', 'has-plan']) {
      expect(
        requests.filter((r) => r.includes(secret)),
        secret,
      ).toEqual([]);
    }
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // The answers are in sessionStorage only, for this tab.
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['traeningsguiden']);
    await context.close();
  });

  it('delivers a strict Content-Security-Policy in the built HTML', async () => {
    const { context, page } = await newPage(env.browser);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(env.url);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // Two inline scripts, each allowed by its hash: the boot script and the start page's language.
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self'");
    await chooseMunicipality(page, 'Ishøj Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await expectHeading(page, 'Hvad passer bedst på dig?');
    // The English start page is put in place by the second inline script, which the CSP must allow.
    const english = await newPage(env.browser, { locale: 'en-GB' });
    english.page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await english.page.goto(env.url);
    await expectHeading(english.page, 'Find the training you are entitled to');
    await english.context.close();
    expect(violations).toEqual([]);
    await context.close();
  });
});

describe('bad input gets a clear message and loses nothing', () => {
  it('restarts with a notice when sessionStorage is corrupt', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.url);
    await page.evaluate(() => sessionStorage.setItem('traeningsguiden', '{"v":1,"answers":"oops'));
    await page.reload();
    await expectHeading(page, 'Find den træning, du har ret til');
    expect(await page.getByRole('status').first().textContent()).toContain('Dine gemte svar kunne ikke læses');
    await expectNoAxeViolations(page, 'reset notice');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('asks again when a stored answer is not valid any more', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.url);
    await page.evaluate(() =>
      sessionStorage.setItem(
        'traeningsguiden',
        JSON.stringify({
          v: 1,
          municipality: 'ishoj',
          answers: { guide: { situation: 'teleport' } },
          perspective: 'self',
          locale: 'da',
        }),
      ),
    );
    await page.goto(`${env.url}#/ishoj/resultat`);
    await page.reload();
    await expectHeading(page, 'Hvad passer bedst på dig?');
    expect(await page.locator('main').textContent()).toContain(
      'Dit tidligere svar på dette spørgsmål kunne ikke bruges',
    );
    await context.close();
  });

  it('handles unknown municipalities, pages and flows with a way on', async () => {
    const { context, page } = await newPage(env.browser);
    for (const hash of [
      '#/atlantis/q/guide/situation',
      '#/ishoj/q/nope/situation',
      '#/ishoj/q/guide/nope',
      '#/%%%/',
      '#/ishoj/zzz',
    ]) {
      await page.goto(`${env.url}${hash}`);
      await page.reload(); // a fresh page for each address, as when the link is opened
      // Either a friendly message with a way to the front page, or the first question (for an unknown node).
      const main = page.locator('main');
      await main
        .getByRole('link', { name: 'Gå til forsiden' })
        .or(main.getByRole('button', { name: 'Fortsæt' }))
        .waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
        /Siden kunne ikke vises|Hvad passer bedst på dig\?/,
      );
    }
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows the municipalities’ phone numbers when JavaScript is off', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.url);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Træningsguiden kræver JavaScript');
    expect(text).toContain('61 14 60 40');
    await context.close();
  });
});

describe('offline', () => {
  it('keeps working with the network off after one visit, including a result page', async () => {
    const { context, page } = await newPage(env.browser, { serviceWorkers: true });
    await page.goto(env.url);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state;
    });
    // Wait until the service worker controls the page and has cached everything.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, 'Find den træning, du har ret til');
    await chooseMunicipality(page, 'Næstved Kommune');
    await page.getByRole('button', { name: 'Start' }).click();
    await expectHeading(page, 'Hvad passer bedst på dig?');
    await page.getByLabel('Jeg har været på sygehuset og skal genoptrænes bagefter').check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByLabel('Nej', { exact: true }).check();
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('genoptræningsplan');
    await context.close();
  });
});
