/**
 * Voice variants: a text is written once and read in two voices. `{self|relative}` holds the few
 * words that differ: the left side speaks to the citizen ("du"), the right side to a relative about
 * the citizen ("personen"). Either side may be empty: `Ring{| for personen}`. Where the whole text
 * differs, a second file `<text-id>.relative.<locale>.md` replaces it in relative mode.
 */
import type { Locale } from './model/locales.ts';

export type Voice = 'self' | 'relative';

/** `{a|b}` but not a fact placeholder `{{a.b}}`; neither side holds braces or a second bar. */
const VARIANT = /(?<!\{)\{([^{}|\n]*)\|([^{}|\n]*)\}(?!\})/g;

/**
 * The text in one voice.
 * @example inVoice('{Du|Personen} kan klage.', 'relative') // 'Personen kan klage.'
 */
export function inVoice(text: string, voice: Voice): string {
  return text.replace(VARIANT, (_, self: string, relative: string) => (voice === 'self' ? self : relative));
}

/** True when the text has at least one `{self|relative}` variant. */
export const hasVariants = (text: string): boolean => new RegExp(VARIANT.source).test(text);

/** Words that address the reader as the person the guide is about. */
const SECOND_PERSON: Record<Locale, RegExp> = {
  da: /(?<![\p{L}\p{N}])(du|dig|din|dit|dine|jer|jeres)(?![\p{L}\p{N}])/giu,
  en: /(?<![\p{L}\p{N}])(you|your|yours|yourself)(?![\p{L}\p{N}])/giu,
};

/**
 * Second-person words outside any variant: in relative mode they would speak to the relative
 * as if they were the person. Empty when the text reads right in both voices.
 * @example unvoiced('Ring til os, hvis du vil.', 'da') // ['du']
 */
export function unvoiced(text: string, locale: Locale): string[] {
  const outside = text.replace(VARIANT, ' ').replace(/\{\{[^}]*\}\}/g, ' ');
  return [...outside.matchAll(SECOND_PERSON[locale] as RegExp)].map((m) => m[0]);
}

/** Variant braces left after expansion: an unclosed `{` or a stray `|}` that would show on the page. */
export function brokenVariants(text: string): string[] {
  const rest = text.replace(VARIANT, '').replace(/\{\{[^}]*\}\}/g, '');
  return [...rest.matchAll(/[^\n]{0,20}[{}][^\n]{0,20}/g)].map((m) => m[0].trim());
}
