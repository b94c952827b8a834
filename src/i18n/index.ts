import i18next, { type TFunction } from 'i18next';
import { useMemo, useSyncExternalStore } from 'react';
import type { Locale } from '@/engine';
import { da } from './da';
import { en } from './en';

/**
 * UI strings through i18next. The React binding is this one hook rather than
 * react-i18next: its useTranslation checked the resource store on every call,
 * which cost several ms per answer at 4× CPU throttle (see docs/decisions.md).
 */
export function initI18n(lng: Locale) {
  void i18next.init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  if (typeof document !== 'undefined') {
    followLanguage();
    i18next.on('languageChanged', followLanguage);
  }
  return i18next;
}

/** The page's language, title and description follow the guide's language. */
function followLanguage() {
  document.documentElement.lang = i18next.language;
  document.title = i18next.t('app.documentTitle');
  document.querySelector('meta[name="description"]')?.setAttribute('content', i18next.t('app.description'));
}

function subscribe(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}

const language = () => i18next.language;

/** `t` for the current language; components re-render when the language changes. */
export function useTranslation(): { t: TFunction; i18n: typeof i18next } {
  const lng = useSyncExternalStore(subscribe, language, language);
  return useMemo(() => ({ t: i18next.getFixedT(lng), i18n: i18next }), [lng]);
}
