/**
 * Renders the start page to HTML at build time (scripts/html-plugin.ts), in Danish and in English,
 * so it paints before any JavaScript runs in the language the user will read. The client hydrates
 * it when the user is on the start page in that language; otherwise it renders afresh.
 */
import { renderToString } from 'react-dom/server';
import { App } from '@/root/app';
import type { Locale } from '@/engine';
import { initI18n } from '@/i18n';

export function render(locale: Locale): string {
  initI18n(locale);
  return renderToString(<App />);
}
