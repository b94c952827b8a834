/**
 * A printed answer must not send its reader to a part of the page that is not on the paper.
 * Over every outcome of every municipality (and the national base): where a text that prints
 * (`print: true`: the result's printout and the desk handout; a referral's open first text) names
 * a section by its title in quotes, that section is in the same outcome and prints too, under the
 * same condition; and it never names one of the page's own folds, which print only when opened.
 */
import { describe, expect, it } from 'vitest';
import { ownBundles } from './own-bundles.ts';
import { LOCALES, type MunicipalityBundle, type OutcomeNode, type RenderedText } from '../../src/engine/index.ts';
import { da } from '../../src/i18n/da.ts';
import { en } from '../../src/i18n/en.ts';

const bundles = ownBundles();

/** The words a text shows, in both voices, with tags and the entities marked produces removed. */
function plain(text: RenderedText): string[] {
  return [text, ...(text.relative ? [text.relative] : [])].map((v) =>
    v.html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Phrases in quotes: "…", “…” or „…“. */
function quoted(text: string): string[] {
  return [...text.matchAll(/["“„]([^"“”„]+)["”“]/g)].map((m) => m[1]!.trim());
}

/** Every section title in a bundle (each locale and voice), to the text ids that carry it. */
function titles(bundle: MunicipalityBundle): Map<string, Set<string>> {
  const byTitle = new Map<string, Set<string>>();
  for (const [id, byLocale] of Object.entries(bundle.texts))
    for (const locale of LOCALES) {
      const t = byLocale[locale];
      for (const title of [t.title, t.relative?.title])
        if (title) byTitle.set(title, (byTitle.get(title) ?? new Set()).add(id));
    }
  return byTitle;
}

/** The page's own folds, which never print closed ("Andre frister", "Kilder og forbehold", …). */
const FOLDS = new Set(
  [da, en].flatMap((t) => [t.timeline.otherTitle, t.caveats.title, t.result.why, t.share.title, t.helping.title]),
);

/**
 * The sections whose text is on paper: those marked `print: true` (the printout and the desk
 * handout), and a referral's first text, which stays open and prints on the result.
 */
function onPaper(node: OutcomeNode): OutcomeNode['sections'] {
  const lead: OutcomeNode['sections'] = [];
  if (node.type === 'referral')
    for (const s of node.sections) {
      lead.push(s);
      if (!s.when) break;
    }
  return [...new Set([...lead, ...node.sections.filter((x) => x.print)])];
}

/** Problems: a printed text that names a section which is not printed with it. */
function unprintedReferences(bundle: MunicipalityBundle): string[] {
  const problems: string[] = [];
  const byTitle = titles(bundle);
  for (const [flowId, flow] of Object.entries(bundle.flows))
    for (const [nodeId, node] of Object.entries(flow.nodes)) {
      if (node.kind !== 'outcome') continue;
      for (const s of onPaper(node)) {
        const text = bundle.texts[s.text];
        if (!text) continue;
        const reported = new Set<string>();
        for (const phrase of LOCALES.flatMap((l) => plain(text[l]).flatMap(quoted))) {
          if (FOLDS.has(phrase) && !reported.has(phrase)) {
            reported.add(phrase);
            problems.push(
              `${bundle.municipality.id} ${flowId}/${nodeId}: ${s.text} sends the reader to "${phrase}", which never prints folded`,
            );
          }
          const ids = [...(byTitle.get(phrase) ?? [])].filter((id) => id !== s.text);
          if (ids.length === 0) continue;
          // A title several texts share (e.g. "Sådan klager du") means the one in this outcome.
          const here = node.sections.filter((x) => ids.includes(x.text));
          const printedWithIt = here.some((x) => x.print && JSON.stringify(x.when) === JSON.stringify(s.when));
          const target = here[0]?.text ?? ids.join(' or ');
          if (printedWithIt || reported.has(target)) continue;
          reported.add(target);
          problems.push(
            `${bundle.municipality.id} ${flowId}/${nodeId}: ${s.text} sends the reader to "${phrase}" (${target}), which is not printed with it`,
          );
        }
      }
    }
  return [...new Set(problems)];
}

describe('a printed answer names only sections that are on the paper', () => {
  it('finds quoted phrases in every kind of quotes', () => {
    expect(quoted('Adressen står under "Sådan klager du". Se „Datoer og frister“ og “Andet”.')).toEqual([
      'Sådan klager du',
      'Datoer og frister',
      'Andet',
    ]);
  });

  it('finds a printed text that names a section left off the paper', () => {
    const bundle = bundles.find((b) => b.municipality.id === 'vallensbaek')!;
    const flow = structuredClone(bundle.flows['sl86-1']!);
    const complain = flow.nodes['complain'];
    if (complain?.kind !== 'outcome') throw new Error('vallensbaek sl86-1 has no complain outcome');
    complain.sections = complain.sections.map((s) => ({ ...s, print: s.text === 'sl86-complain-decision' }));
    expect(unprintedReferences({ ...bundle, flows: { 'sl86-1': flow } })).toEqual([
      'vallensbaek sl86-1/complain: sl86-complain-decision sends the reader to "Sådan klager du" (sl86-1-complaints), which is not printed with it',
    ]);
  });

  it("finds a printed text that sends the reader to one of the page's own folds", () => {
    const bundle = bundles.find((b) => b.municipality.id === 'vallensbaek')!;
    const text = structuredClone(bundle.texts['sl86-complain-decision']!);
    text.da.html += '<p>Reglen står under "Andre frister".</p>';
    expect(unprintedReferences({ ...bundle, texts: { ...bundle.texts, 'sl86-complain-decision': text } })).toEqual([
      'vallensbaek sl86-1/complain: sl86-complain-decision sends the reader to "Andre frister", which never prints folded',
    ]);
  });

  it.each(bundles.map((b) => [b.municipality.id, b] as const))('%s', (_, bundle) => {
    expect(unprintedReferences(bundle)).toEqual([]);
  });
});
