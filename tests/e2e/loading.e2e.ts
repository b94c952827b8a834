/**
 * What a page loads, and when: a question needs the municipality's content, not its texts;
 * the texts arrive in idle time, so the result shows without "Henter …".
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answer, expectHeading, newPage, useChromium } from './browser';

const env = useChromium();
const PHONE = { width: 360, height: 740 };

/** Records, in the page, whether "Henter …" was ever shown in <main>. */
async function watchLoading(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { sawLoading: boolean };
    w.sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('main')?.textContent?.includes('Henter')) w.sawLoading = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading);
}

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
});
