import type { Locale } from '@/engine';

/**
 * The guide's language for a first visit: the first of the browser's preferred languages that the
 * guide speaks (da-DK → Danish, en-GB → English). Danish when none of them is Danish or English.
 * @example preferredLocale(['en-US', 'da']) // 'en'
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'da') return 'da';
    if (primary === 'en') return 'en';
  }
  return 'da';
}

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
