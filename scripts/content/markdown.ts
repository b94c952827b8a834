/** What content Markdown may contain, and how a text becomes HTML for one municipality. */
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from '../../src/engine/escape-html.ts';
import { interpolate } from '../../src/engine/interpolate.ts';
import type { ContentProblem, RenderedText } from '../../src/engine/model/bundle.ts';
import type { Glossary } from '../../src/engine/model/glossary.ts';
import type { TextFile } from '../../src/engine/model/content-source.ts';
import type { Municipality } from '../../src/engine/model/municipality.ts';
import type { Locale } from '../../src/engine/model/phrase.ts';
import { renderVoices } from './voices.ts';

const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'];

/** Checks Markdown for what content may not contain: raw HTML and unsafe or malformed links. */
export function markdownProblems(file: string, markdown: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // walkTokens visits every token, also inside lists and table cells.
  new Marked().walkTokens(new Marked().lexer(markdown), (token) => {
    if (token.type === 'html') {
      problems.push({ file, message: `raw HTML is not allowed in content: ${token.raw.trim().slice(0, 40)}` });
    }
    if (token.type !== 'link' && token.type !== 'image') return;
    const href = (token as Tokens.Link).href;
    // In-app fragments are fine; a link that is wholly a placeholder is a municipality fact, checked by its schema.
    if (href.startsWith('#') || /^\{\{\s*[a-zA-Z0-9.-]+\s*\}\}$/.test(href)) return;
    const candidate = href.replace(/\{\{\s*[a-zA-Z0-9.-]+\s*\}\}/g, 'x');
    let url: URL | undefined;
    try {
      url = new URL(candidate);
    } catch {
      problems.push({ file, message: `the link "${href}" is not a full URL` });
      return;
    }
    if (!ALLOWED_SCHEMES.includes(url.protocol)) {
      problems.push({ file, message: `the link "${href}" uses ${url.protocol}, which is not allowed` });
    } else if (url.protocol.startsWith('http') && !url.hostname.includes('.')) {
      problems.push({ file, message: `the link "${href}" has no valid host` });
    }
  });
  return problems;
}

const markdown = new Marked({ gfm: true, breaks: true });


/** Renders one text for one municipality, in each voice: facts filled in, Markdown to HTML. */
export function renderText(
  text: TextFile,
  municipality: Municipality,
  locale: Locale,
  glossary: Glossary = {},
): RenderedText {
  return renderVoices(text, locale, glossary, {
    markdown: (md) => {
      // Facts are data, not Markdown: escaped so a fact can never smuggle HTML into the page.
      const { text: filled } = interpolate(md, municipality, locale, escapeHtml);
      return (markdown.parse(filled, { async: false }) as string).replace(
        /<a href="(https?:[^"]+)"/g,
        '<a href="$1" rel="noopener noreferrer" target="_blank"',
      );
    },
    title: (title) => interpolate(title, municipality, locale).text,
  });
}

