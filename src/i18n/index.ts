import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@/engine';
import { da } from './da';
import { en } from './en';

export function initI18n(lng: Locale) {
  void i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, en: { translation: en } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
  return i18next;
}
