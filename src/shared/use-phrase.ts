import { useTranslation } from '@/i18n';
import type { Locale, Phrase } from '@/engine';
import { useSessionField } from '@/app/session';

/** Picks a content phrase in the current language, in the third person when helping someone. */
export function usePhrase(): { text: (p: Phrase) => string; locale: Locale; context: string | undefined } {
  const { i18n } = useTranslation();
  const perspective = useSessionField('perspective');
  const locale: Locale = i18n.language === 'en' ? 'en' : 'da';
  const relative = perspective === 'relative';
  return {
    locale,
    text: (p) => (relative && p.relative ? p.relative[locale] : p[locale]),
    context: relative ? 'relative' : undefined,
  };
}
