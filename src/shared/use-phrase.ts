import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import type { Locale, Phrase } from '@/engine';

/** Whether the user answers for themselves or helps someone else (a relative). */
export type Perspective = 'self' | 'relative';

const PerspectiveContext = createContext<Perspective>('self');

/** Set by the app shell from the session, so shared pieces never read the session themselves. */
export function PerspectiveProvider({ value, children }: { value: Perspective; children: ReactNode }) {
  return createElement(PerspectiveContext.Provider, { value }, children);
}

/** Picks a content phrase in the current language, in the third person when helping someone. */
export function usePhrase(): { text: (p: Phrase) => string; locale: Locale; context: string | undefined } {
  const { i18n } = useTranslation();
  const perspective = useContext(PerspectiveContext);
  const locale: Locale = i18n.language === 'en' ? 'en' : 'da';
  const relative = perspective === 'relative';
  return {
    locale,
    text: (p) => (relative && p.relative ? p.relative[locale] : p[locale]),
    context: relative ? 'relative' : undefined,
  };
}
