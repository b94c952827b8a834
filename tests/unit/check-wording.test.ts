/**
 * The verifier's wording checks over the content: flow phrases and glossary explanations that would
 * speak to a relative as if they were the person, glossary sources, and each text's LIX, where a text
 * shared by several municipalities counts with the hardest reading any of them gets.
 */
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/engine/model/bundle';
import type { ContentSource, TextFile } from '../../src/engine/model/content-source';
import type { FlowNode } from '../../src/engine/model/flow';
import type { Municipality } from '../../src/engine/model/municipality';
import { checkGlossary, checkPhraseVoices, checkTextWording } from '../../src/engine/verify/check-wording';

const p = (da: string, en = da) => ({ da, en });
const FLOW_FILE = 'content/flows/demo.yaml';
const GLOSSARY_FILE = 'content/glossary.yaml';

const source = (nodes: Record<string, FlowNode> = {}, glossary: ContentSource['glossary']['glossary'] = {}) =>
  ({
    flows: { demo: { file: FLOW_FILE, flow: { id: 'demo', law: p('Law'), title: p('T'), start: 'q', nodes } } },
    municipalities: {},
    sharedTexts: {},
    sources: {
      file: 'content/sources.yaml',
      sources: { law: { title: p('Law'), publisher: 'F', document: 'L', covers: [] } },
    },
    deadlines: { file: 'content/deadlines.yaml', deadlines: {} },
    parameters: { file: 'content/parameters.yaml', parameters: {} },
    glossary: { file: GLOSSARY_FILE, glossary },
  }) as ContentSource;

const municipality = (name: string): Municipality => ({
  id: name.toLowerCase(),
  name: p(name),
  offers: ['demo'],
  describes: ['demo'],
  facts: [],
  mainContact: 'desk',
  contacts: { desk: { name: p('Desk'), phone: '12 34 56 78' } },
  links: {},
  deadlines: {},
});

describe('checkPhraseVoices', () => {
  it('reports a question that says "du" with no relative wording, naming the node and the word', () => {
    const problems = checkPhraseVoices(
      source({
        q: { kind: 'yesNo', question: p('Har du en plan?', 'Do you have a plan?'), next: { yes: 'o', no: 'o' } },
        ok: {
          kind: 'yesNo',
          question: { ...p('Har du en plan?'), relative: p('Har personen en plan?') },
          next: { yes: 'o', no: 'o' },
        },
        neutral: { kind: 'yesNo', question: p('Er planen sendt?'), next: { yes: 'o', no: 'o' } },
      }),
    );
    expect(problems).toEqual([
      {
        file: FLOW_FILE,
        message:
          'nodes.q: "Har du en plan?" speaks to the reader ("du") but has no relative wording for someone helping',
      },
    ]);
  });

  it('reads the English wording too', () => {
    const problems = checkPhraseVoices(
      source({ q: { kind: 'yesNo', question: p('Er planen sendt?', 'Did you get it?'), next: { yes: 'o', no: 'o' } } }),
    );
    expect(problems.map((x) => x.message)).toEqual([
      'nodes.q: "Er planen sendt?" speaks to the reader ("you") but has no relative wording for someone helping',
    ]);
  });
});

describe('checkGlossary', () => {
  it('reports a source the glossary cites that sources.yaml does not have', () => {
    const problems = checkGlossary(
      source(
        {},
        {
          plan: {
            da: { term: 'plan', explanation: 'En plan.' },
            en: { term: 'plan', explanation: 'A plan.' },
            sources: ['law', 'pjece'],
          },
        },
      ),
    );
    expect(problems).toEqual([
      { file: GLOSSARY_FILE, message: 'plan.sources: the source "pjece" is not in content/sources.yaml' },
    ]);
  });

  it('reports an explanation that speaks to the reader, in each language', () => {
    const problems = checkGlossary(
      source(
        {},
        {
          plan: {
            da: { term: 'plan', explanation: 'En plan, du får.' },
            en: { term: 'plan', explanation: 'A plan you get.' },
            sources: ['law'],
          },
        },
      ),
    );
    expect(problems.map((x) => x.message)).toEqual([
      'plan.da.explanation: says "du"; explanations are read by the citizen and by relatives, so they speak of "a patient", "a person"',
      'plan.en.explanation: says "you"; explanations are read by the citizen and by relatives, so they speak of "a patient", "a person"',
    ]);
  });

  it('accepts a glossary that cites known sources and speaks of "a person"', () => {
    const entry = { term: 'plan', explanation: 'En plan til en person.' };
    expect(checkGlossary(source({}, { plan: { da: entry, en: entry, sources: ['law'] } }))).toEqual([]);
  });
});

describe('checkTextWording', () => {
  const FILE = 'content/texts/contact.da.md';
  const text = (markdown: string): TextFile => ({
    file: FILE,
    frontMatter: { title: 'Kontakt', sources: ['law'] },
    markdown,
  });

  it('reports a problem of a shared text once, though several municipalities read it', () => {
    const lix = new Map<string, { lix: number; relativeLix?: number }>();
    // Another text with the same problem is reported on its own.
    const wording: ContentProblem[] = [
      { file: 'other.da.md', message: 'LIX 103.0 is over 40: use shorter sentences and shorter words' },
    ];
    const t = text('Kommunen behandler ansøgningen.');
    checkTextWording(t, municipality('Ishøj'), source(), 'da', lix, wording);
    checkTextWording(t, municipality('Brøndby'), source(), 'da', lix, wording);
    expect(wording).toEqual([
      { file: 'other.da.md', message: 'LIX 103.0 is over 40: use shorter sentences and shorter words' },
      { file: FILE, message: 'LIX 103.0 is over 40: use shorter sentences and shorter words' },
    ]);
  });

  it("keeps the hardest LIX of a shared text, with each municipality's name filled in", () => {
    const lix = new Map<string, { lix: number; relativeLix?: number }>();
    const wording: ContentProblem[] = [];
    const t = text('{Du|Personen} kan ringe til {{name.da}}.');
    // Self: "Du kan ringe til Ishøj.": 5 words, 1 sentence, no long word: 5.
    checkTextWording(t, municipality('Ishøj'), source(), 'da', lix, wording);
    expect(lix.get(FILE)).toEqual({ lix: 5, relativeLix: 25 });
    // "Du kan ringe til Frederikssund.": 5 + 20 = 25; relative with "Personen" too: 5 + 40 = 45.
    checkTextWording(t, municipality('Frederikssund'), source(), 'da', lix, wording);
    expect(lix.get(FILE)).toEqual({ lix: 25, relativeLix: 45 });
    // Back to a short name: the hardest stays.
    checkTextWording(t, municipality('Ishøj'), source(), 'da', lix, wording);
    expect(lix.get(FILE)).toEqual({ lix: 25, relativeLix: 45 });
    expect(wording).toEqual([]);
  });

  it('records no relative LIX for a text that reads the same in both voices', () => {
    const lix = new Map<string, { lix: number; relativeLix?: number }>();
    checkTextWording(text('Kommunen svarer.'), municipality('Ishøj'), source(), 'da', lix, []);
    // 2 words, 1 sentence, 1 long: 2 + 50.
    expect(lix.get(FILE)).toEqual({ lix: 52 });
  });

  it('records no LIX for an English text', () => {
    const lix = new Map<string, { lix: number; relativeLix?: number }>();
    checkTextWording(
      { ...text('The municipality answers.'), file: 'content/texts/contact.en.md' },
      municipality('Ishøj'),
      source(),
      'en',
      lix,
      [],
    );
    expect(lix.size).toBe(0);
  });
});
