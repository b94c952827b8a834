/**
 * Checks on how a text is written, for the verifier: voice variants for a relative, glossary marks,
 * caveats kept apart, and LIX readability of every Danish text with the municipality's facts filled in.
 */
import { caveatsInMain, splitCaveats } from './caveats.ts';
import { glossaryProblems, unmarkTerms } from './glossary.ts';
import { LIX_LIMIT, markdownLix } from './lix.ts';
import type { TextFile } from './model/content-source.ts';
import type { Glossary } from './model/glossary.ts';
import type { Locale } from './model/locales.ts';
import { brokenVariants, inVoice, unvoiced, type Voice } from './voice.ts';

export interface WordingResult {
  problems: string[];
  /** LIX of the text as the citizen reads it, facts filled in (Danish texts only). */
  lix: number | undefined;
  /**
   * LIX of the relative's voice, where it differs: reported, not held to the limit, since "personen"
   * (eight letters, an easy word) counts as long wherever the citizen's text says "du".
   */
  relativeLix: number | undefined;
}

/** One voice of a text as plain Markdown: variants resolved, term marks removed, facts filled in. */
function plain(markdown: string, voice: Voice, fill: (s: string) => string): string {
  return fill(unmarkTerms(inVoice(markdown, voice)));
}

/**
 * Everything wrong with the wording of one text in one locale.
 * `fill` fills in the municipality's facts, so LIX measures what the reader sees.
 */
export function wordingProblems(
  text: TextFile,
  locale: Locale,
  glossary: Glossary,
  fill: (s: string) => string,
): WordingResult {
  const problems: string[] = [];
  const check = (file: TextFile, voices: Voice[]) => {
    for (const broken of [...brokenVariants(file.frontMatter.title), ...brokenVariants(file.markdown)]) {
      problems.push(`"${broken}" has a brace that is neither a {self|relative} variant nor a {{fact}}`);
    }
    const split = splitCaveats(file.markdown);
    problems.push(...split.problems);
    for (const found of new Set(caveatsInMain(unmarkTerms(split.main), locale))) {
      problems.push(`"${found} …" is a caveat; move it after a "::: caveats" line (shown under "Kilder og forbehold")`);
    }
    for (const voice of voices) {
      for (const p of glossaryProblems(glossary, locale, inVoice(file.markdown, voice))) {
        if (!problems.includes(p)) problems.push(p);
      }
    }
  };
  check(text, ['self', 'relative']);
  if (text.relative) check(text.relative, ['relative']);
  else {
    const words = [...new Set([...unvoiced(text.frontMatter.title, locale), ...unvoiced(text.markdown, locale)])];
    if (words.length) {
      problems.push(
        `speaks to the reader (${words.map((w) => `"${w}"`).join(', ')}) with no relative variant: write {${words[0]}|personen}-style variants or add ${text.file.replace(/\.(\w+)\.md$/, '.relative.$1.md')}`,
      );
    }
  }
  if (locale !== 'da') return { problems, lix: undefined, relativeLix: undefined };
  const self = plain(text.markdown, 'self', fill);
  const lix = markdownLix(self).lix;
  const relative = text.relative
    ? plain(text.relative.markdown, 'relative', fill)
    : plain(text.markdown, 'relative', fill);
  const relativeLix = relative === self ? undefined : markdownLix(relative).lix;
  if (lix > LIX_LIMIT)
    problems.push(`LIX ${lix.toFixed(1)} is over ${LIX_LIMIT}: use shorter sentences and shorter words`);
  return { problems, lix, relativeLix };
}
