/**
 * LIX readability (Björnsson): words per sentence + 100 × the share of words longer than six letters.
 * Below 30 is easy, 30–40 plain, over 40 hard for many readers. Pure: no Markdown parser, no DOM.
 */

export interface LixScore {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

/** A word holds at least one letter; "61 14 60 40" and "§" are not words. Hyphens and apostrophes join parts. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
/** Ends a sentence: . ! ? or : followed by a space and a capital letter or quote, or ending the block. */
const SENTENCE_END = /[.!?:]+(?=\s+["“”«(]?[\p{Lu}]|\s*$)/gu;

/**
 * Turns Markdown into plain blocks: each heading, line, list item and table cell is a block and ends a
 * sentence, as a new line does in Björnsson's counting (content renders every line break as a break).
 * @example markdownToBlocks('# Kontakt\n\n- Ring **i dag**') // ['Kontakt', 'Ring i dag']
 */
export function markdownToBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    let line = raw.trim();
    // Blank lines, rules, table separators and `::: caveats` markers are not words.
    if (line === '' || /^(-{3,}|\*{3,}|_{3,})$/.test(line) || /^\|?\s*:?-{3,}/.test(line) || line.startsWith(':::')) {
      flush();
      continue;
    }
    line = line.replace(/^>\s?/, '');
    const heading = /^#{1,6}\s+/.test(line);
    const item = /^([-*+]|\d+[.)])\s+/.test(line);
    const table = line.startsWith('|');
    line = line.replace(/^#{1,6}\s+/, '').replace(/^([-*+]|\d+[.)])\s+/, '');
    if (heading || item || table) flush();
    if (table) {
      blocks.push(
        ...line
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean),
      );
      continue;
    }
    // Content renders each line break as a break (Markdown "breaks"), so a line ends a sentence too.
    paragraph.push(line);
    flush();
  }
  flush();
  return blocks
    .map((b) =>
      b
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<(https?:[^>]+|mailto:[^>]+)>/g, '$1')
        .replace(/[*_`~]+/g, '')
        .trim(),
    )
    .filter((b) => b !== '');
}

/**
 * LIX of plain text blocks (see markdownToBlocks); a block without an end mark still ends a sentence.
 * @example lix(['Du kan ringe. Kommunen svarer.']).lix // 5 words / 2 sentences + 100 × 1/5 = 22.5
 */
export function lix(blocks: string[]): LixScore {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const block of blocks) {
    const found = (block.match(WORD) ?? []).filter((w) => /\p{L}/u.test(w));
    if (found.length === 0) continue;
    words += found.length;
    longWords += found.filter((w) => (w.match(LETTER) ?? []).length > 6).length;
    const ends = block.match(SENTENCE_END)?.length ?? 0;
    // The block's end closes its last sentence whether or not it has a full stop.
    sentences += Math.max(1, ends + (/[.!?:]["”)]?\s*$/.test(block) ? 0 : 1));
  }
  if (words === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  return { lix: words / sentences + (100 * longWords) / words, words, sentences, longWords };
}

/** LIX of a Markdown text. */
export const markdownLix = (markdown: string): LixScore => lix(markdownToBlocks(markdown));

/** The median of a list of numbers (the mean of the middle two for an even count); 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The ceiling the verifier holds every Danish text to. */
export const LIX_LIMIT = 40;
