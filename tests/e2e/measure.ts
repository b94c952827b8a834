/** How long a page is for a person on a phone, and how many A4 pages it prints on. */
import type { Page } from 'playwright-core';
import { PHONE } from './browser';

export interface Size {
  words: number;
  screens: number;
  pages: number;
}

/** Words in the visible text of `main` (closed accordions and print-only text are not rendered, so not counted). */
export async function measure(page: Page): Promise<Size> {
  const { words, height } = await page.evaluate(() => {
    const main = document.querySelector('main');
    const text = main?.innerText ?? '';
    return {
      words: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
      height: document.documentElement.scrollHeight,
    };
  });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  await page.emulateMedia({ media: null });
  return { words, screens: Math.round((height / PHONE.height) * 10) / 10, pages: pdfPages(pdf) };
}

/** Page objects in a PDF made by Chromium. */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
