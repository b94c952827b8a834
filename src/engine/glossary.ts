/**
 * Glossary terms in texts. A text marks the first use of a term as `[[genoptræningsplanen]]`; the
 * mark is matched to the entry whose `match` (or `term`) the marked words begin with, the longest
 * first. The result page explains each term once, after the section where it is first marked.
 */
import type { Glossary } from './model/glossary.ts';
import type { Locale } from './model/locales.ts';

const MARK = /\[\[([^[\]\n]+)\]\]/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Abbreviations in capitals (KL) match case and whole words only; other terms match any case and endings. */
const isAbbreviation = (stem: string) => stem === stem.toUpperCase() && /\p{Lu}/u.test(stem);

function stemsOf(glossary: Glossary, locale: Locale): Array<{ id: string; stem: string }> {
  return Object.entries(glossary)
    .flatMap(([id, e]) => (e[locale].match ?? [e[locale].term]).map((stem) => ({ id, stem })))
    .sort((a, b) => b.stem.length - a.stem.length);
}

function stemRegExp(stem: string): RegExp {
  const abbr = isAbbreviation(stem);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}${abbr ? '(?![\\p{L}\\p{N}])' : ''}`, abbr ? 'gu' : 'giu');
}

/**
 * The entry a marked word stands for.
 * @example entryFor(glossary, 'da', 'Genoptræningsplanen') // 'genoptraeningsplan'
 */
export function entryFor(glossary: Glossary, locale: Locale, marked: string): string | undefined {
  for (const { id, stem } of stemsOf(glossary, locale)) {
    const re = stemRegExp(stem);
    re.lastIndex = 0;
    const m = re.exec(marked);
    if (m?.index === 0) return id;
  }
  return undefined;
}

/** Marks in order: the marked words, where they start, and the entry (undefined when none fits). */
export function termMarks(
  glossary: Glossary,
  locale: Locale,
  text: string,
): Array<{ words: string; index: number; id: string | undefined }> {
  return [...text.matchAll(MARK)].map((m) => ({
    words: m[1] ?? '',
    index: m.index + 2,
    id: entryFor(glossary, locale, m[1] ?? ''),
  }));
}

/** The entries a text marks, each once, in the order they first appear. */
export function termsIn(glossary: Glossary, locale: Locale, text: string): string[] {
  return [...new Set(termMarks(glossary, locale, text).flatMap((m) => (m.id ? [m.id] : [])))];
}

/** The text without marks: `[[genoptræningsplanen]]` → `genoptræningsplanen`. */
export const unmarkTerms = (text: string): string => text.replace(MARK, '$1');

/**
 * What is wrong with a text's terms: a mark no entry explains, or a glossary term whose first use
 * in the text is not marked (so the page would not explain it).
 */
export function glossaryProblems(glossary: Glossary, locale: Locale, text: string): string[] {
  const problems: string[] = [];
  // Links (a term in a link's words cannot be marked) and facts are not read as words.
  const words = text
    .replace(/(?<!\[)\[[^[\]\n]*\]\([^)]*\)/g, (s) => ' '.repeat(s.length))
    .replace(/\{\{[^}]*\}\}/g, (s) => ' '.repeat(s.length));
  const marks = termMarks(glossary, locale, words);
  for (const m of marks) {
    if (!m.id)
      problems.push(
        `[[${m.words}]] is marked as a term, but content/glossary.yaml has no ${locale} entry it begins with`,
      );
  }
  const stems = stemsOf(glossary, locale);
  const first = new Map<string, number>();
  const firstStem = new Map<string, string>();
  for (const { id, stem } of stems) {
    const re = stemRegExp(stem);
    for (const m of words.matchAll(re)) {
      // A longer stem of another entry that covers the same place wins ("genoptræningsplan" over "genoptræning").
      if (
        stems.some(
          (s) =>
            s.stem.length > stem.length && s.id !== id && stemRegExp(s.stem).exec(words.slice(m.index))?.index === 0,
        )
      )
        continue;
      if (!first.has(id) || (first.get(id) ?? 0) > m.index) {
        first.set(id, m.index);
        firstStem.set(id, stem);
      }
      break;
    }
  }
  for (const [id, index] of first) {
    if (!marks.some((m) => m.id === id && m.index === index)) {
      // The term as written, with its ending: "genoptræningsplanen", "quality standard".
      const stem = firstStem.get(id) ?? '';
      const found =
        words.slice(index, index + stem.length) + (/^[\p{L}\p{N}]*/u.exec(words.slice(index + stem.length))?.[0] ?? '');
      problems.push(`"${found}" is a glossary term (${id}); mark its first use in the text as [[${found}]]`);
    }
  }
  return problems;
}
