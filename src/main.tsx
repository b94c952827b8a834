import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/root/app';
import { loadSession, session } from '@/app/session';
import { startServiceWorker } from '@/app/service-worker';
import { hasUpdateNotice } from '@/app/update-notice';
import { initI18n } from '@/i18n';
import { browserLanguages, preferredLocale } from '@/i18n/detect';
import './styles/main.scss';

loadSession(preferredLocale(browserLanguages()));
const root = document.getElementById('root');
// The scripts start after the start page's first paint (scripts/html-plugin.ts): a person who chose
// "Jeg hjælper en anden" on the pre-rendered page before they arrived keeps that choice.
const chosenEarly = root?.querySelector<HTMLInputElement>('input[name="perspective"]:checked')?.value;
if (root?.hasAttribute('data-prerendered') && chosenEarly === 'relative') session.setPerspective('relative');
const { locale, perspective } = session.get();
initI18n(locale);

if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The HTML holds the pre-rendered start page, in English when an inline script found that the user
  // reads English (scripts/html-plugin.ts); reuse it only when that is what the user will see.
  const sameAsPrerendered =
    root.firstElementChild !== null &&
    ['', '#', '#/'].includes(window.location.hash) &&
    root.getAttribute('data-prerendered') === locale &&
    perspective === 'self' &&
    !session.hasResetNotice() &&
    !hasUpdateNotice();
  if (sameAsPrerendered) hydrateRoot(root, app);
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  root.removeAttribute('data-prerendered');
  document.getElementById('start-en')?.remove();
}

startServiceWorker();
