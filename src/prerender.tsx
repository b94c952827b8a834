/**
 * Renders the start page to HTML at build time (scripts/html-plugin.ts), so it
 * paints before any JavaScript runs. The client hydrates it when the user is on
 * the start page in Danish; otherwise it renders afresh.
 */
import { renderToString } from 'react-dom/server';
import { App } from '@/root/app';
import { initI18n } from '@/i18n';

export function render(): string {
  initI18n('da');
  return renderToString(<App />);
}
