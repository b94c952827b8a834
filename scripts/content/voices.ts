/**
 * Renders a text into the voices the result page needs: the citizen's own, and a relative's where
 * the wording differs (`{self|relative}` variants or a `.relative.` file). Caveats after `::: caveats`
 * and glossary marks `[[…]]` are taken out here, so the page can fold the one and explain the other.
 */
import { splitCaveats } from '../../src/engine/caveats.ts';
import { termsIn, unmarkTerms } from '../../src/engine/glossary.ts';
import type { RenderedText, RenderedVoice } from '../../src/engine/model/bundle.ts';
import type { TextFile } from '../../src/engine/model/content-source.ts';
import type { Glossary } from '../../src/engine/model/glossary.ts';
import type { Locale } from '../../src/engine/model/locales.ts';
import { hasVariants, inVoice, type Voice } from '../../src/engine/voice.ts';

interface Renderers {
  /** Facts filled in (escaped) and Markdown to HTML. */
  markdown: (markdown: string) => string;
  /** Facts filled in, plain text. */
  title: (title: string) => string;
}

function renderVoice(file: TextFile, voice: Voice, locale: Locale, glossary: Glossary, render: Renderers): RenderedVoice {
  const markdown = inVoice(file.markdown, voice);
  const { main, caveats } = splitCaveats(markdown);
  return {
    title: render.title(inVoice(file.frontMatter.title, voice)),
    html: render.markdown(unmarkTerms(main)),
    ...(caveats ? { caveats: render.markdown(unmarkTerms(caveats)) } : {}),
    terms: termsIn(glossary, locale, markdown),
  };
}

/** The text in the citizen's voice, with the relative's voice only where it reads differently. */
export function renderVoices(text: TextFile, locale: Locale, glossary: Glossary, render: Renderers): RenderedText {
  const self = renderVoice(text, 'self', locale, glossary, render);
  const varies = text.relative ?? (hasVariants(text.markdown) || hasVariants(text.frontMatter.title) ? text : undefined);
  return {
    ...self,
    sources: text.frontMatter.sources,
    ...(varies ? { relative: renderVoice(varies, 'relative', locale, glossary, render) } : {}),
  };
}
