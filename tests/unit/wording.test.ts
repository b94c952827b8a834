/**
 * What the verifier tells a content author about how one text is written: broken variants, caveats in
 * the main text, unmarked glossary terms, a text that speaks to the reader without a relative voice,
 * and its LIX as the citizen reads it. LIX values computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { TextFile } from '../../src/engine/model/content-source';
import type { Glossary } from '../../src/engine/model/glossary';
import { wordingProblems } from '../../src/engine/wording';

const glossary: Glossary = {
  genoptraeningsplan: {
    da: { term: 'genoptræningsplan', explanation: 'En plan fra sygehuset.' },
    en: { term: 'rehabilitation plan', explanation: 'A plan from the hospital.' },
    sources: ['law'],
  },
  kvalitetsstandard: {
    da: { term: 'kvalitetsstandard', explanation: 'Kommunens beskrivelse af et tilbud.' },
    en: { term: 'quality standard', explanation: "The municipality's description of an offer." },
    sources: ['law'],
  },
};
const FILE = 'content/municipalities/alpha/texts/contact.da.md';
const text = (markdown: string, more: Partial<TextFile> = {}): TextFile => ({
  file: FILE,
  frontMatter: { title: 'Kontakt', sources: ['law'] },
  markdown,
  ...more,
});
const asIs = (s: string) => s;
const check = (t: TextFile, locale: 'da' | 'en' = 'da', fill = asIs) => wordingProblems(t, locale, glossary, fill);

describe('wordingProblems', () => {
  it('accepts a plain Danish text in both voices and gives its LIX', () => {
    // 5 words, 2 sentences, 1 long word ("Kommunen"): 5/2 + 100 × 1/5 = 22.5.
    expect(check(text('{Du|Personen} kan ringe. Kommunen svarer.'))).toEqual({
      problems: [],
      lix: 22.5,
      // "Personen kan ringe. Kommunen svarer.": 2 long words: 2.5 + 40 = 42.5, reported, not held to the limit.
      relativeLix: 42.5,
    });
  });

  it('gives no relative LIX when both voices read the same', () => {
    expect(check(text('Kommunen svarer.')).relativeLix).toBeUndefined();
  });

  it("measures a whole relative text in the relative's voice", () => {
    const relative = text('Personen kan ringe. Kommunen svarer.', { file: FILE.replace('.da.md', '.relative.da.md') });
    expect(check(text('Du kan ringe. Kommunen svarer.', { relative }))).toEqual({
      problems: [],
      lix: 22.5,
      relativeLix: 42.5,
    });
  });

  it("measures the text with the municipality's facts filled in", () => {
    const fill = (s: string) => s.replace('{{name}}', 'Sundhedsforvaltningen');
    // "Ring til Sundhedsforvaltningen.": 3 words, 1 sentence, 1 long: 3 + 100/3.
    expect(check(text('Ring til {{name}}.'), 'da', fill).lix).toBeCloseTo(3 + 100 / 3, 10);
  });

  it('measures the text without glossary marks, as the page shows it', () => {
    // "Ring nu. Genoptræningsplanen kommer.": 4 words, 2 sentences, 1 long: 2 + 25 = 27.
    expect(check(text('Ring nu. [[Genoptræningsplanen]] kommer.')).lix).toBe(27);
  });

  it('reports a LIX over 40 with one decimal, and not one of exactly 40', () => {
    // "Kommunen behandler ansøgningen.": 3 words, 1 sentence, 3 long: 3 + 100 = 103.
    expect(check(text('Kommunen behandler ansøgningen.')).problems).toEqual([
      'LIX 103.0 is over 40: use shorter sentences and shorter words',
    ]);
    // 10 words, 1 sentence, 3 long ("Kommunen", "behandler", "ansøgningen"): 10 + 30 = 40.
    const forty = 'Kommunen behandler ansøgningen i dag og ringer så til os.';
    expect(check(text(forty)).lix).toBe(40);
    expect(check(text(forty)).problems).toEqual([]);
  });

  it('gives no LIX for an English text', () => {
    expect(check(text('Kommunen behandler ansøgningen.'), 'en')).toEqual({
      problems: [],
      lix: undefined,
      relativeLix: undefined,
    });
  });

  it('reports a brace that is neither a variant nor a fact, in the title or the text', () => {
    const t = text('{Du kan ringe.', { frontMatter: { title: 'Kontakt {os', sources: ['law'] } });
    expect(check(t, 'en').problems).toEqual([
      '"Kontakt {os" has a brace that is neither a {self|relative} variant nor a {{fact}}',
      '"{Du kan ringe." has a brace that is neither a {self|relative} variant nor a {{fact}}',
    ]);
  });

  it('reports a caveat in the main text once, and a broken caveats marker', () => {
    expect(check(text('Pjecen siger ikke hvornår. Pjecen siger ikke hvor.')).problems).toEqual([
      '"Pjecen siger ikke …" is a caveat; move it after a "::: caveats" line (shown under "Kilder og forbehold")',
    ]);
    expect(check(text('Ring til os.\n\n::: caveats\nPjecen siger ikke hvornår.')).problems).toEqual([]);
    expect(check(text('Ring til os.\n\n::: caveats\n')).problems).toEqual([
      'has a "::: caveats" line with nothing after it',
    ]);
  });

  it('reads a marked caveat as the page shows it', () => {
    expect(check(text('[[Kvalitetsstandarden]] siger ikke hvor. Ring til os.')).problems).toEqual([
      '"Kvalitetsstandarden siger ikke …" is a caveat; move it after a "::: caveats" line (shown under "Kilder og forbehold")',
    ]);
  });

  it('reports an unmarked glossary term once, though both voices have it', () => {
    expect(check(text('{Du|Personen} får en genoptræningsplan.')).problems).toEqual([
      '"genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]',
    ]);
  });

  it('checks both voices of variants and of a whole relative text for glossary marks', () => {
    expect(check(text('{Du får en [[genoptræningsplan]]|Personen får en genoptræningsplan}.')).problems).toEqual([
      '"genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]',
    ]);
    expect(check(text('{Du får en genoptræningsplan|Personen får en [[genoptræningsplan]]}.')).problems).toEqual([
      '"genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]',
    ]);
    const relative = text('Personen får en genoptræningsplan.', { file: 'rel' });
    expect(check(text('Du får en [[genoptræningsplan]].', { relative })).problems).toEqual([
      '"genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]',
    ]);
    const brokenRelative = text('Personen {får en plan.', { file: 'rel' });
    expect(check(text('Du får en plan.', { relative: brokenRelative })).problems).toEqual([
      '"Personen {får en plan." has a brace that is neither a {self|relative} variant nor a {{fact}}',
    ]);
  });

  it('names each word that speaks to the reader once, in the title and the text, and the file to add', () => {
    const t = text('Du kan ringe, når du vil. Vi ringer til dig.', {
      frontMatter: { title: 'Kontakt dig', sources: ['law'] },
    });
    expect(check(t).problems).toEqual([
      'speaks to the reader ("dig", "Du", "du") with no relative variant: write {dig|personen}-style variants or add content/municipalities/alpha/texts/contact.relative.da.md',
    ]);
  });

  it('leaves the words of a text with a whole relative text alone', () => {
    const relative = text('Personen kan ringe.', { file: 'rel' });
    expect(check(text('Du kan ringe.', { relative }), 'en').problems).toEqual([]);
  });
});
