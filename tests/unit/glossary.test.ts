import { describe, expect, it } from 'vitest';
import { entryFor, glossaryProblems, termsIn, unmarkTerms } from '../../src/engine/glossary';
import { GlossaryFileSchema, type Glossary } from '../../src/engine/model/glossary';

const glossary: Glossary = {
  genoptraeningsplan: {
    da: { term: 'genoptræningsplan', explanation: 'En plan fra sygehuset.' },
    en: { term: 'rehabilitation plan', explanation: 'A plan from the hospital.' },
    sources: ['law'],
  },
  kl: {
    da: { term: 'KL', explanation: 'Kommunernes forening.' },
    en: { term: 'KL', explanation: 'Local Government Denmark.' },
    sources: ['law'],
  },
  'frit-valg': {
    da: {
      term: 'udvidet frit sygehusvalg',
      match: ['udvidet frit sygehusvalg', 'udvidede frie sygehusvalg'],
      explanation: 'Ret til et andet sygehus.',
    },
    en: { term: 'extended free choice of hospital', explanation: 'A right to another hospital.' },
    sources: ['law'],
  },
};

describe('entryFor', () => {
  it('matches a marked word that begins with a term, in any case and with an ending', () => {
    expect(entryFor(glossary, 'da', 'Genoptræningsplanen')).toBe('genoptraeningsplan');
    expect(entryFor(glossary, 'da', 'udvidede frie sygehusvalg')).toBe('frit-valg');
    expect(entryFor(glossary, 'en', 'rehabilitation plans')).toBe('genoptraeningsplan');
  });

  it('matches abbreviations in capitals only as whole words', () => {
    expect(entryFor(glossary, 'da', 'KL')).toBe('kl');
    expect(entryFor(glossary, 'da', 'Klage')).toBeUndefined();
  });
});

describe('termsIn and unmarkTerms', () => {
  it('lists marked entries once, in order, and removes the marks', () => {
    const text = 'Se [[KL]] og [[genoptræningsplanen]]. Igen [[KL]].';
    expect(termsIn(glossary, 'da', text)).toEqual(['kl', 'genoptraeningsplan']);
    expect(unmarkTerms(text)).toBe('Se KL og genoptræningsplanen. Igen KL.');
  });
});

describe('glossaryProblems', () => {
  it('accepts a text that marks the first use of each term', () => {
    expect(
      glossaryProblems(glossary, 'da', 'Få en [[genoptræningsplan]]. Planen, genoptræningsplanen, er vigtig.'),
    ).toEqual([]);
  });

  it('reports a marked term with no entry', () => {
    expect(glossaryProblems(glossary, 'da', 'Se [[palliation]].')).toEqual([
      '[[palliation]] is marked as a term, but content/glossary.yaml has no da entry it begins with',
    ]);
  });

  it('reports a term whose first use is not marked', () => {
    expect(glossaryProblems(glossary, 'da', 'En genoptræningsplan. Senere [[genoptræningsplanen]].')).toEqual([
      '"genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]',
    ]);
    expect(glossaryProblems(glossary, 'da', 'Spørg KL.')).toHaveLength(1);
  });

  it('does not read a term in the words of a link', () => {
    expect(
      glossaryProblems(glossary, 'da', '[Søg om en genoptræningsplan](https://x.dk). Din [[genoptræningsplan]].'),
    ).toEqual([]);
  });

  it('does not read link targets, facts or words that only contain a term', () => {
    expect(glossaryProblems(glossary, 'da', 'Se [siden](https://kl.dk/KL) og {{links.KL.url}}. En klage.')).toEqual([]);
  });
});

describe('GlossaryFileSchema', () => {
  it('rejects an explanation of more than one sentence and a term without a source', () => {
    const bad = GlossaryFileSchema.safeParse({
      x: { da: { term: 'x', explanation: 'En. To.' }, en: { term: 'x', explanation: 'One.' }, sources: [] },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'must be one sentence',
      'every term names at least one source',
    ]);
  });
});

describe('terms as content/glossary.yaml has them', () => {
  const real: Glossary = {
    ankestyrelsen: {
      da: { term: 'Ankestyrelsen', explanation: 'Klageinstansen.' },
      en: { term: 'Ankestyrelsen', match: ['Ankestyrelsen', 'National Social Appeals Board'], explanation: 'x.' },
      sources: ['law'],
    },
    kol: {
      da: { term: 'KOL', explanation: 'En lungesygdom.' },
      en: { term: 'COPD', explanation: 'A lung disease.' },
      sources: ['law'],
    },
    'frit-valg': glossary['frit-valg']!,
  };

  it('matches a name with a capital in any case and with an ending, unlike an abbreviation', () => {
    expect(entryFor(real, 'da', 'Ankestyrelsens')).toBe('ankestyrelsen');
    expect(entryFor(real, 'da', 'ankestyrelsen')).toBe('ankestyrelsen');
    expect(entryFor(real, 'en', 'national social appeals board')).toBe('ankestyrelsen');
    expect(entryFor(real, 'da', 'KOL')).toBe('kol');
    expect(entryFor(real, 'da', 'KOLDE')).toBeUndefined();
  });

  it('names an unmarked term with its ending and all its words', () => {
    expect(glossaryProblems(real, 'da', 'Ankestyrelsens afgørelse er endelig.')).toEqual([
      '"Ankestyrelsens" is a glossary term (ankestyrelsen); mark its first use in the text as [[Ankestyrelsens]]',
    ]);
    expect(glossaryProblems(real, 'da', 'Du har ret til udvidet frit sygehusvalg.')).toEqual([
      '"udvidet frit sygehusvalg" is a glossary term (frit-valg); mark its first use in the text as [[udvidet frit sygehusvalg]]',
    ]);
  });

  it('accepts the first use of a term with two forms marked, whichever form comes later', () => {
    expect(glossaryProblems(real, 'da', 'Om [[udvidede frie sygehusvalg]]. Senere: udvidet frit sygehusvalg.')).toEqual(
      [],
    );
    expect(glossaryProblems(real, 'da', 'Om [[udvidet frit sygehusvalg]]. Senere: udvidede frie sygehusvalg.')).toEqual(
      [],
    );
    expect(glossaryProblems(real, 'da', 'Om udvidede frie sygehusvalg. Senere: [[udvidet frit sygehusvalg]].')).toEqual(
      [
        '"udvidede frie sygehusvalg" is a glossary term (frit-valg); mark its first use in the text as [[udvidede frie sygehusvalg]]',
      ],
    );
  });

  it('reports an unmarked term though another term is marked', () => {
    expect(glossaryProblems(real, 'da', 'Ved [[KOL]] kan Ankestyrelsen hjælpe.')).toEqual([
      '"Ankestyrelsen" is a glossary term (ankestyrelsen); mark its first use in the text as [[Ankestyrelsen]]',
    ]);
  });
});

describe('a term that begins with another term', () => {
  // Made up: "genoptræning" and "genoptræningsplan" as two entries, the shorter one listed first.
  const nested: Glossary = {
    genoptraening: {
      da: { term: 'genoptræning', explanation: 'Træning efter sygdom.' },
      en: { term: 'rehabilitation', explanation: 'Training after illness.' },
      sources: ['law'],
    },
    genoptraeningsplan: {
      da: { term: 'genoptræningsplan', explanation: 'En plan fra sygehuset.' },
      en: { term: 'rehabilitation plan', explanation: 'A plan from the hospital.' },
      sources: ['law'],
    },
  };

  it('is the longer term where the longer one fits', () => {
    expect(entryFor(nested, 'da', 'genoptræningsplanen')).toBe('genoptraeningsplan');
    expect(entryFor(nested, 'da', 'genoptræningen')).toBe('genoptraening');
  });

  it('counts the shorter term first where it stands alone', () => {
    expect(glossaryProblems(nested, 'da', 'Få en [[genoptræningsplan]]. Genoptræningen starter senere.')).toEqual([
      '"Genoptræningen" is a glossary term (genoptraening); mark its first use in the text as [[Genoptræningen]]',
    ]);
    expect(glossaryProblems(nested, 'da', 'Få en [[genoptræningsplan]]. [[Genoptræningen]] starter senere.')).toEqual(
      [],
    );
    expect(glossaryProblems(nested, 'da', 'Få en genoptræningsplan.')).toEqual([
      '"genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]',
    ]);
  });
});
