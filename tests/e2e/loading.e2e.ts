/**
 * What a page loads, and when: the first paint needs only the HTML, the stylesheet and the fonts
 * on screen, and the scripts start after it; a question needs the municipality's content, not its
 * texts; the texts arrive in idle time, so the result shows without "Henter …".
 */
import { describe, expect, it } from 'vitest';
import { shareHash } from '../../src/app/share.ts';
import { ISHOJ_SL140_RESULT_LINK } from '../fixtures/share';
import { answer, expectHeading, newPage, pageErrors, useChromium, watchLoading } from './browser';

const env = useChromium();
const PHONE = { width: 360, height: 740 };

/** IBM Plex Sans, as public/fonts names its files by weight. */
const FONT_FILE: Record<string, string> = {
  '400': 'IBMPlexSans-Regular-Latin1.woff2',
  '500': 'IBMPlexSans-Medium-Latin1.woff2',
  '600': 'IBMPlexSans-SemiBold-Latin1.woff2',
  '700': 'IBMPlexSans-Bold-Latin1.woff2',
};

describe('the critical path', () => {
  it('fetches the stylesheet first and no script before the start page has painted; the app then hydrates it', async () => {
    for (const locale of ['da-DK', 'en-GB']) {
      const { context, page } = await newPage(env.browser, { viewport: PHONE, locale });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.addInitScript(() => {
        const critical = { fcp: Number.NaN, scripts: [] as Array<{ url: string; start: number }> };
        (window as unknown as { critical: typeof critical }).critical = critical;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.name === 'first-contentful-paint') critical.fcp = e.startTime;
            else if (e.entryType === 'resource' && e.name.endsWith('.js'))
              critical.scripts.push({ url: new URL(e.name).pathname, start: e.startTime });
          }
        }).observe({ entryTypes: ['paint', 'resource'] });
      });
      await page.goto(env.url);
      await expect.poll(() => page.locator('#root').getAttribute('data-prerendered')).toBeNull();
      // The head asks for the stylesheet before anything else, and for no script at all.
      const head = await page.evaluate(() =>
        [...document.head.querySelectorAll('script, link')].map((e) =>
          e instanceof HTMLScriptElement
            ? `script ${e.src ? new URL(e.src).pathname : 'inline'}`
            : `${e.getAttribute('rel')} ${e.getAttribute('href')}`,
        ),
      );
      const asParsed = head.slice(0, head.indexOf('manifest /manifest.webmanifest') + 1);
      expect(asParsed[0]).toBe('script inline');
      expect(asParsed[1]).toMatch(/^stylesheet \/assets\/index-[\w-]{8}\.css$/);
      expect(asParsed.filter((e) => /^script \/|^modulepreload|\.js$/.test(e))).toEqual([]);
      expect(requested[1]).toMatch(/^\/assets\/index-[\w-]{8}\.css$/);
      // Every script was fetched after the first contentful paint (as the page's own performance
      // entries tell; the test's fixed clock replaces window.performance, not the observer).
      const timing = await page.evaluate(
        () =>
          (window as unknown as { critical: { fcp: number; scripts: Array<{ url: string; start: number }> } }).critical,
      );
      expect(timing.fcp).toBeGreaterThan(0);
      expect(timing.scripts.map((s) => s.url)).toContainEqual(expect.stringMatching(/\/assets\/index-[\w-]{8}\.js$/));
      expect(timing.scripts.filter((s) => s.start < timing.fcp)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();
    }
  });

  it('keeps "Jeg hjælper en anden" when it was chosen on the pre-rendered page before the scripts arrived', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[\w-]{8}\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(env.url);
    await page.getByLabel('Jeg hjælper en anden, fx min mor eller far').check();
    release();
    await expectHeading(page, 'Find den træning, personen har ret til');
    await expect.poll(() => page.getByLabel('Jeg hjælper en anden, fx min mor eller far').isChecked()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('preloads exactly the fonts the first screen of the start page shows', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(env.url);
    await expect.poll(() => page.locator('#root').getAttribute('data-prerendered')).toBeNull();
    const { preloaded, weights } = await page.evaluate(() => ({
      preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=font]')].map(
        (l) => new URL(l.href).pathname.split('/').pop() ?? '',
      ),
      // The weights of the text on the first screen.
      weights: [
        ...new Set(
          [...document.querySelectorAll('body *')]
            .filter((e) => {
              const r = e.getBoundingClientRect();
              const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
              return (
                own && r.width > 0 && r.height > 0 && r.top < innerHeight && getComputedStyle(e).visibility !== 'hidden'
              );
            })
            .map((e) => getComputedStyle(e).fontWeight),
        ),
      ],
    }));
    expect([...preloaded].sort()).toEqual(weights.map((w) => FONT_FILE[w]).sort());
    await context.close();
  });
});

describe('loading', () => {
  it('a deep link to a question loads the content chunk, not the texts or the search list, before the question shows', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.url}#/ishoj/q/guide/situation`);
    await expectHeading(page, 'Hvad passer bedst på dig?');
    const beforeQuestion = [...requested];
    expect(beforeQuestion.some((p) => /\/assets\/ishoj-[\w-]{8}\.js$/.test(p))).toBe(true);
    expect(beforeQuestion.some((p) => /\/assets\/flow-route-[\w-]{8}\.js$/.test(p))).toBe(true);
    expect(beforeQuestion.some((p) => /\/assets\/question-fields-[\w-]{8}\.js$/.test(p))).toBe(true);
    expect(beforeQuestion.filter((p) => p.includes('combobox'))).toEqual([]);
    // Then, in idle time, the texts for the result.
    await expect.poll(() => requested.some((p) => /\/assets\/ishoj-texts-[\w-]{8}\.js$/.test(p))).toBe(true);
    await context.close();
  });

  it('goes from the last question through "Tjek dine svar" to the result without "Henter …"', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    await page.goto(`${env.url}#/ishoj/q/guide/situation`);
    await expectHeading(page, 'Hvad passer bedst på dig?');
    const sawLoading = await watchLoading(page);
    await answer(page, 'Jeg har været på sygehuset og skal genoptrænes bagefter');
    await answer(page, 'Nej');
    await expectHeading(page, 'Tjek dine svar');
    await page.getByRole('link', { name: 'Se resultatet' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('genoptræningsplan');
    expect(await sawLoading()).toBe(false);
    await context.close();
  });

  /**
   * Opens the start page with the entry script held back, so the test sees the HTML as it paints
   * before any JavaScript of the app runs; then lets the script run and waits for React to take over.
   */
  async function startPageBeforeAndAfterScript(options: { locale: string; session?: object }) {
    const { context, page } = await newPage(env.browser, { viewport: PHONE, locale: options.locale });
    if (options.session) {
      await page.addInitScript((s) => sessionStorage.setItem('traeningsguiden', JSON.stringify(s)), options.session);
    }
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[\w-]{8}\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    // The module script runs before DOMContentLoaded: wait for the parser to pass the start page instead.
    await page.goto(env.url, { waitUntil: 'commit' });
    await page.locator('body > noscript').waitFor({ state: 'attached' });
    const before = {
      lang: await page.evaluate(() => document.documentElement.lang),
      heading: await page.locator('main h1').textContent(),
      prerendered: await page.locator('#root').getAttribute('data-prerendered'),
    };
    await page.evaluate(
      () => ((window as unknown as { firstHeading: Element | null }).firstHeading = document.querySelector('main h1')),
    );
    release();
    await expect.poll(() => page.locator('#root').getAttribute('data-prerendered')).toBeNull();
    const after = {
      heading: await page.locator('main h1').textContent(),
      // Hydrated: React kept the pre-rendered element instead of rendering a new one.
      sameElement: await page.evaluate(
        () =>
          document.querySelector('main h1') === (window as unknown as { firstHeading: Element | null }).firstHeading,
      ),
    };
    return { context, page, before, after };
  }

  it('paints the start page in English before any script runs when the browser prefers English, and hydrates it', async () => {
    const { context, page, before, after } = await startPageBeforeAndAfterScript({ locale: 'en-GB' });
    expect(before).toEqual({ lang: 'en', heading: 'Find the training you are entitled to', prerendered: 'en' });
    expect(after).toEqual({ heading: 'Find the training you are entitled to', sameElement: true });
    expect(await page.locator('#start-en').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('paints and hydrates the Danish start page for a Danish browser', async () => {
    const { context, page, before, after } = await startPageBeforeAndAfterScript({ locale: 'da-DK' });
    expect(before).toEqual({ lang: 'da', heading: 'Find den træning, du har ret til', prerendered: 'da' });
    expect(after).toEqual({ heading: 'Find den træning, du har ret til', sameElement: true });
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('follows the language chosen earlier in the tab over the browser, and renders a relative’s start page afresh', async () => {
    const english = await startPageBeforeAndAfterScript({
      locale: 'da-DK',
      session: { v: 1, answers: {}, perspective: 'self', locale: 'en' },
    });
    expect(english.before.heading).toBe('Find the training you are entitled to');
    expect(english.after.sameElement).toBe(true);
    expect(pageErrors(english.page)).toEqual([]);
    await english.context.close();

    const relative = await startPageBeforeAndAfterScript({
      locale: 'en-GB',
      session: { v: 1, answers: {}, perspective: 'relative', locale: 'en' },
    });
    expect(relative.after).toEqual({ heading: 'Find the training the person is entitled to', sameElement: false });
    expect(pageErrors(relative.page)).toEqual([]);
    await relative.context.close();
  });

  it('a share link starts loading the wizard, the content and the texts of its municipality beside the entry script', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    const shared = {
      municipality: 'naestved',
      perspective: 'self',
      answers: { guide: { situation: 'after-hospital' } },
    } as const;
    await page.route(/\/assets\/index-[\w-]{8}\.js$/, (route) => route.abort());
    await page.goto(`${env.url}${shareHash(shared)}`, { waitUntil: 'domcontentloaded' });
    // They start with the entry script, once the page has painted.
    await page.waitForFunction(() => document.querySelector('script[src]'));
    const preloads = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname),
    );
    expect(preloads.some((p) => /\/assets\/flow-route-[\w-]{8}\.js$/.test(p))).toBe(true);
    expect(preloads.some((p) => /\/assets\/naestved-[\w-]{8}\.js$/.test(p))).toBe(true);
    expect(preloads.some((p) => /\/assets\/naestved-texts-[\w-]{8}\.js$/.test(p))).toBe(true);
    // A tampered payload preloads nothing of a municipality, and the page still gets its friendly restart.
    await page.goto(`${env.url}#/del/constructor`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelector('script[src]'));
    const tampered = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href),
    );
    expect(tampered.filter((h) => !/\/assets\/[\w.-]+\.js$/.test(new URL(h).pathname))).toEqual([]);
    await context.close();
  });

  it('a result opened from a share link loads no question form; "Ændr" then shows the question without "Henter …"', async () => {
    const { context, page } = await newPage(env.browser, { viewport: PHONE });
    const events: string[] = [];
    page.on('request', (r) => events.push(`request ${new URL(r.url()).pathname}`));
    page.on('requestfinished', (r) => events.push(`finished ${new URL(r.url()).pathname}`));
    await page.goto(`${env.url}${ISHOJ_SL140_RESULT_LINK}`);
    await expectHeading(page, 'Du har ret til genoptræning i kommunen');
    // The form is fetched only after everything the result needs (its texts last), in idle time,
    // for the links that change an answer.
    const formRequest = (e: string) => /^request .*\/assets\/question-(fields|form)-[\w-]{8}\.js$/.test(e);
    await expect.poll(() => events.filter(formRequest).length).toBe(2);
    const textsLoaded = events.findIndex((e) => /^finished .*\/assets\/ishoj-texts-[\w-]{8}\.js$/.test(e));
    expect(textsLoaded).toBeGreaterThan(-1);
    expect(events.findIndex(formRequest)).toBeGreaterThan(textsLoaded);
    const sawLoading = await watchLoading(page);
    // Back to "Tjek dine svar" (as the back button does after the check page), then change an answer.
    await page.evaluate(() => (location.hash = '#/ishoj/tjek'));
    await expectHeading(page, 'Tjek dine svar');
    await page.getByRole('link', { name: /Ændr svaret på: Hvilket niveau/ }).click();
    await expectHeading(page, 'Hvilket niveau står der i genoptræningsplanen?');
    expect(await sawLoading()).toBe(false);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });
});
