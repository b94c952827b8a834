/**
 * LIX of the Danish text files as an outsider measures them: the raw `*.da.md` file, front matter
 * dropped (its title kept as a heading), Markdown syntax stripped by a Markdown parser, and nothing
 * else done. Voice variants `{self|relative}` therefore count with both sides and `[[term]]` marks as the
 * term. A `{{fact}}` placeholder counts as one short word (it stands for a name, number or address the
 * text cannot shorten), or, with `placeholders: 'as-written'`, as the words of its key. No loader, no
 * facts, no voices: a check on the verifier's own measure, which reads each text as a reader sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Marked, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { lix, median, type LixScore } from '../../src/engine/lix.ts';

/** The median LIX the Danish texts aim at; each text is held to LIX_LIMIT (40). */
export const RAW_MEDIAN_GOAL = 30;

const lexer = new Marked({ gfm: true, breaks: true });

/** Inline tokens to text; a line break (the content renders every line break) ends a block. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      if (t.type === 'br') return '\n';
      if (t.type === 'image' || t.type === 'html') return ' ';
      if ('tokens' in t && t.tokens) return inlineText(t.tokens, '');
      return 'text' in t ? String(t.text) : '';
    })
    .join('');
}

/** Block tokens to plain blocks: each heading, line, list item and table cell is one block. */
function blocks(tokens: Token[], out: string[]): string[] {
  const push = (text: string) => {
    for (const line of text.split('\n')) if (line.trim()) out.push(line.trim());
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
      case 'paragraph':
        // A Pandoc-style fenced div marker (`::: caveats`, `:::`) is syntax, not text.
        if (/^:::/.test(t.raw.trim())) break;
        push(inlineText((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text));
        break;
      case 'text':
        push(inlineText((t as Tokens.Text).tokens, (t as Tokens.Text).text));
        break;
      case 'list':
        for (const item of (t as Tokens.List).items) blocks(item.tokens, out);
        break;
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, out);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) push(inlineText(cell.tokens, cell.text));
        break;
      }
      default:
        // Code, HTML, rules and blank space are not prose.
        break;
    }
  }
  return out;
}

export type Placeholders = 'one-word' | 'as-written';

/** The reader's text of a raw `.md` file: its front-matter title as a heading, then the body, without syntax. */
export function rawBlocks(fileText: string, placeholders: Placeholders = 'one-word'): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(fileText);
  const raw = match ? fileText.slice(match[0].length) : fileText;
  const body = placeholders === 'one-word' ? raw.replace(/\{\{[^{}]*\}\}/g, 'x') : raw;
  const title = match ? (parseYaml(match[1] ?? '') as { title?: unknown } | null)?.title : undefined;
  const out: string[] = typeof title === 'string' && title.trim() ? [title.trim()] : [];
  return blocks(lexer.lexer(body), out);
}

export interface RawLix extends LixScore {
  /** Path from the repository root, e.g. `content/texts/sl86-apply.da.md`. */
  file: string;
}

/** Every `*.da.md` below `dir`, hardest first. */
export function measureRawFiles(
  dir: string,
  placeholders: Placeholders = 'one-word',
  root = join(dir, '..'),
): RawLix[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.da.md'))
    .map((f) => join(dir, f));
  return files
    .map((path) => ({ file: relative(root, path), ...lix(rawBlocks(readFileSync(path, 'utf8'), placeholders)) }))
    .sort((a, b) => b.lix - a.lix || a.file.localeCompare(b.file));
}

/** Median and highest LIX of a measurement. */
export function summary(scores: RawLix[]): { files: number; median: number; max: number; over30: number; over40: number } {
  const values = scores.map((s) => s.lix);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    files: scores.length,
    median: round(median(values)),
    max: round(Math.max(0, ...values)),
    over30: values.filter((v) => v > 30).length,
    over40: values.filter((v) => v > 40).length,
  };
}
