/**
 * Caveats: what the sources do not say and where they disagree. A text keeps them after a line
 * `::: caveats`; the result page gathers them, folded, under "Kilder og forbehold", so the main
 * text says only what the person can expect and do.
 */
import type { Locale } from './model/locales.ts';

const MARKER = /^[ \t]*:::[ \t]*caveats[ \t]*$/gm;

/**
 * The main text and the caveats after the `::: caveats` line.
 * @example splitCaveats('Ring til os.\n\n::: caveats\nPjecen siger ikke hvornår.').caveats // 'Pjecen siger ikke hvornår.'
 */
export function splitCaveats(markdown: string): { main: string; caveats: string | undefined; problems: string[] } {
  const markers = [...markdown.matchAll(MARKER)];
  const first = markers[0];
  if (!first) return { main: markdown.trim(), caveats: undefined, problems: [] };
  const main = markdown.slice(0, first.index).trim();
  const caveats = markdown.slice(first.index + first[0].length).trim();
  const problems: string[] = [];
  if (markers.length > 1) problems.push('has more than one "::: caveats" line; keep all caveats after one');
  if (main === '') problems.push('has caveats but no main text before "::: caveats"');
  if (caveats === '') problems.push('has a "::: caveats" line with nothing after it');
  return { main, caveats: caveats || undefined, problems };
}

/** Sentences that say what a source does not say, or where sources disagree. */
const CAVEAT: Record<Locale, RegExp> = {
  da: /(?<![\p{L}])(?:(?:kvalitets)?standarden|pjecen|dokumentet|dokumenterne|kilderne|guiden|den|de)(?:\s+fra\s+(?:maj\s+)?\d{4})?\s+(?:siger|nævner|oplyser|beskriver|skriver|ved)\s+(?:det\s+|heller\s+|intet|ikke)(?:ikke)?|(?<![\p{L}])(?:er\s+uenige|siger\s+noget\s+forskelligt)/giu,
  en: /(?<![\p{L}])(?:(?:quality\s+)?standard|leaflet|document|documents|sources|guide|it|they)\s+(?:does|do)\s+not\s+(?:say|mention|give|describe|know|state)|(?<![\p{L}])(?:sources|documents|standards|they)\s+(?:disagree|say\s+different\s+things)/giu,
};

/**
 * Caveat sentences left in the main text; they belong after `::: caveats`.
 * @example caveatsInMain('Pjecen siger ikke, hvornår.', 'da') // ['Pjecen siger ikke']
 */
export function caveatsInMain(main: string, locale: Locale): string[] {
  return [...main.matchAll(CAVEAT[locale] as RegExp)].map((m) => m[0].replace(/\s+/g, ' '));
}
