/** Wording checks for the verifier: relative voice in flows, the glossary itself, and each text's wording and LIX. */
import { interpolate } from '../interpolate.ts';
import type { ContentProblem } from '../model/bundle.ts';
import type { ContentSource, TextFile } from '../model/content-source.ts';
import { LOCALES, type Locale } from '../model/locales.ts';
import type { Municipality } from '../model/municipality.ts';
import { unvoiced } from '../voice.ts';
import { wordingProblems } from '../wording.ts';
import { phrasesOf } from './check-flow.ts';

/** A question, hint, option or outcome phrase that says "du"/"you" needs a `relative` wording. */
export function checkPhraseVoices(source: ContentSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const own = Object.values(source.municipalities).flatMap((m) =>
    Object.values(m.flows ?? {}).map(({ file, flow, own }) => ({
      file,
      flow: { ...flow, nodes: Object.fromEntries(own.flatMap((id) => (flow.nodes[id] ? [[id, flow.nodes[id]]] : []))) },
    })),
  );
  for (const { file, flow } of [...Object.values(source.flows), ...own]) {
    for (const [id, node] of Object.entries(flow.nodes)) {
      for (const p of phrasesOf(node)) {
        if (p.relative) continue;
        const words = LOCALES.flatMap((l) => unvoiced(p[l], l));
        if (words.length) {
          problems.push({
            file,
            message: `nodes.${id}: "${p.da}" speaks to the reader ("${words[0]}") but has no relative wording for someone helping`,
          });
        }
      }
    }
  }
  return problems;
}

/** Glossary entries cite known sources and explain without "du"/"you". */
export function checkGlossary(source: ContentSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = source.glossary.file;
  for (const [id, entry] of Object.entries(source.glossary.glossary)) {
    for (const s of entry.sources) {
      if (!source.sources.sources[s]) {
        problems.push({ file, message: `${id}.sources: the source "${s}" is not in ${source.sources.file}` });
      }
    }
    for (const locale of LOCALES) {
      const words = unvoiced(entry[locale].explanation, locale);
      if (words.length) {
        problems.push({
          file,
          message: `${id}.${locale}.explanation: says "${words[0]}"; explanations are read by the citizen and by relatives, so they speak of "a patient", "a person"`,
        });
      }
    }
  }
  return problems;
}

/**
 * One text's wording for one municipality, added to `wording` once per file; its LIX in each voice
 * (facts filled in) raises the file's entry in `lix` to the highest seen.
 */
export function checkTextWording(
  text: TextFile,
  municipality: Municipality,
  source: ContentSource,
  locale: Locale,
  lix: Map<string, { lix: number; relativeLix?: number }>,
  wording: ContentProblem[],
): void {
  const checked = wordingProblems(
    text,
    locale,
    source.glossary.glossary,
    (s) => interpolate(s, municipality, locale).text,
  );
  for (const message of checked.problems) {
    if (!wording.some((w) => w.file === text.file && w.message === message)) wording.push({ file: text.file, message });
  }
  if (checked.lix === undefined) return;
  // A shared text is measured for each municipality; the hardest counts.
  const before = lix.get(text.file);
  const relativeLix = Math.max(checked.relativeLix ?? 0, before?.relativeLix ?? 0);
  lix.set(text.file, {
    lix: Math.max(checked.lix, before?.lix ?? 0),
    ...(relativeLix > 0 ? { relativeLix } : {}),
  });
}
