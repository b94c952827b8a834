/**
 * Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, against
 * the production build served by `vite preview`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';

import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.ts';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

export async function startServer(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

export async function launch(): Promise<Browser> {
  // playwright-core gives every launch a fresh, temporary profile (user data dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One preview server and one browser for a test file: call at the top of the file,
 * read `env.url` and `env.browser` inside tests.
 */
export function useChromium(): { readonly url: string; readonly browser: Browser } {
  let server: PreviewServer | undefined;
  const env = { url: '', browser: undefined as unknown as Browser };
  beforeAll(async () => {
    const started = await startServer();
    server = started.server;
    env.url = started.url;
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    await server?.close();
  });
  return env;
}

/** Chooses a radio answer by its label and continues. */
export async function answer(page: Page, label: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
}

/**
 * Presses the browser's back button as a person does: once the page on screen has painted. The guide
 * writes the history right after that frame (src/app/routes.ts), so the address bar is up to date.
 */
export async function pressBack(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );
  await page.goBack();
}

/** Answers a date question with "Ved ikke" and continues. */
export async function dontKnowDate(page: Page): Promise<void> {
  await page.getByLabel('Ved ikke', { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsæt' }).click();
}

/** Fills a date question (Dag, Måned, År) and continues. */
export async function answerDate(page: Page, day: number, month: number, year: number): Promise<void> {
  await page.getByLabel('Dag').fill(String(day));
  await page.getByLabel('Måned').fill(String(month));
  await page.getByLabel('År').fill(String(year));
  await page.getByRole('button', { name: 'Fortsæt' }).click();
}

/** Chooses a municipality on the start page: types part of its name in the search field and picks it from the list. */
export async function chooseMunicipality(page: Page, name: string): Promise<void> {
  const input = page.getByRole('combobox', { name: /Hvilken kommune|Which municipality/ });
  await input.fill(name.replace(/ (Kommune|Municipality)$/, ''));
  await page.getByRole('option', { name }).click();
}

/** Chooses the citizen's municipality on the desk page as staff do: types part of its name and presses Enter. */
export async function chooseDeskMunicipality(page: Page, typed: string): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Borgerens kommune' });
  await input.focus();
  await page.keyboard.type(typed);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** A fresh context with the clock fixed in Europe/Copenhagen. */
export async function newPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    now?: string;
    serviceWorkers?: boolean;
    /** The browser's preferred language; Danish unless a test says otherwise. */
    locale?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PHONE,
    timezoneId: 'Europe/Copenhagen',
    locale: options.locale ?? 'da-DK',
    // The service worker precaches the whole app; only the offline test needs it.
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(options.now ?? '2026-03-02T10:00:00+01:00'));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  return { context, page };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** axe-core with the WCAG 2.1 A/AA rules; any violation fails with its id and targets. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits for the page's h1 to read exactly `text` (pages render after the hash changes). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout: 5000 });
}

/** Records, in the page, whether "Henter …" was ever shown in <main>; the returned function tells. */
export async function watchLoading(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { sawLoading: boolean };
    w.sawLoading = false;
    new MutationObserver(() => {
      if (document.querySelector('main')?.textContent?.includes('Henter')) w.sawLoading = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading);
}

export interface FocusableName {
  role: string;
  name: string;
}

/**
 * The accessible name of every focusable control on the page, as Chromium computes it for
 * assistive technology (the accessibility tree over CDP), in document order.
 */
export async function focusableNames(page: Page): Promise<FocusableName[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      properties?: Array<{ name: string; value: { value: unknown } }>;
    }>;
  };
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && n.properties?.some((p) => p.name === 'focusable' && p.value.value === true))
    .filter((n) => !['RootWebArea', 'main', 'heading', 'generic'].includes(n.role?.value ?? ''))
    .map((n) => ({ role: n.role?.value ?? '', name: (n.name?.value ?? '').trim() }));
}

/** Names that more than one focusable control shares, each with how often. */
export function duplicateNames(names: FocusableName[]): string[] {
  const counts = new Map<string, number>();
  for (const { role, name } of names) counts.set(`${role} "${name}"`, (counts.get(`${role} "${name}"`) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k} ×${n}`);
}

/** Links and buttons whose name is not visible text on the page (only an aria-label, an image, or nothing). */
export async function withoutVisibleName(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button')]
      // Shown and reachable: not display: none, not hidden, not inside a closed <details> (content-visibility).
      .filter((el) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
      .filter((el) => el.innerText.trim() === '')
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}
