import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/engine/model/condition';
import type { ContentSource, TextFile, TextSet } from '../../src/engine/model/content-source';
import type { Flow, FlowNode, OutcomeNode } from '../../src/engine/model/flow';
import type { Municipality } from '../../src/engine/model/municipality';
import type { Source } from '../../src/engine/model/source';
import { verify } from '../../src/engine/verify';

// Tiny made-up content: a change to real content never breaks these tests.

const AS_OF = '2026-11-24';
const FLOW_FILE = 'content/flows/demo.yaml';
const ALPHA_FILE = 'content/municipalities/alpha/municipality.yaml';
const SOURCES_FILE = 'content/sources.yaml';

const p = (text: string) => ({ da: text, en: text });

const outcome = (...texts: string[]): OutcomeNode => ({
  kind: 'outcome',
  type: 'offer',
  title: p('Outcome'),
  summary: p('Summary'),
  sections: texts.map((text) => ({ text })),
  deadlines: [],
  parameters: [],
  nextStep: [{ actor: 'person', action: 'nothing' }],
});

const flowOf = (nodes: Record<string, FlowNode>, id = 'demo', start = 'q'): Flow => ({
  id,
  law: p('Law'),
  title: p('Title'),
  start,
  nodes,
});

/** q: yes → yes-out (text t-yes), no → no-out (text t-no). */
const demoFlow = (): Flow =>
  flowOf({
    q: { kind: 'yesNo', question: p('Q?'), next: { yes: 'yes-out', no: 'no-out' } },
    'yes-out': outcome('t-yes'),
    'no-out': outcome('t-no'),
  });

const municipality = (id: string, more: Partial<Municipality> = {}): Municipality => ({
  id,
  name: p(id),
  offers: ['demo'],
  facts: [],
  mainContact: 'desk',
  contacts: { desk: { name: p('Desk'), phone: '12 34 56 78' } },
  links: {},
  deadlines: {},
  ...more,
  // Its own texts speak for the flows it offers unless a test says otherwise.
  describes: more.describes ?? more.offers ?? ['demo'],
});

const textFile = (file: string, markdown = 'Some text.', sources = ['law']): TextFile => ({
  file,
  frontMatter: { title: 'Title', sources },
  markdown,
});

/** Both locales of each text id, in the municipality's texts folder. */
const textsFor = (muni: string, ...ids: string[]): TextSet =>
  Object.fromEntries(
    ids.map((id) => [
      id,
      {
        da: textFile(`content/municipalities/${muni}/texts/${id}.da.md`),
        en: textFile(`content/municipalities/${muni}/texts/${id}.en.md`),
      },
    ]),
  );

const law: Source = { title: p('A national law'), publisher: 'Folketinget', document: 'LOV 1', covers: [] };
const alphaStandard: Source = { title: p('Alpha standard'), publisher: 'Alpha', document: 'a.txt', covers: ['alpha'] };
const betaStandard: Source = { title: p('Beta standard'), publisher: 'Beta', document: 'b.txt', covers: ['beta'] };

const noDeadlines: Pick<ContentSource, 'deadlines' | 'parameters' | 'glossary'> = {
  deadlines: { file: 'content/deadlines.yaml', deadlines: {} },
  parameters: { file: 'content/parameters.yaml', parameters: {} },
  glossary: { file: 'content/glossary.yaml', glossary: {} },
};

/** One flow, one municipality, both texts in both locales: no problems. */
function clean(): ContentSource {
  return {
    flows: { demo: { file: FLOW_FILE, flow: demoFlow() } },
    municipalities: {
      alpha: { file: ALPHA_FILE, municipality: municipality('alpha'), texts: textsFor('alpha', 't-yes', 't-no') },
    },
    sharedTexts: {},
    sources: { file: SOURCES_FILE, sources: { law, 'alpha-standard': alphaStandard, 'beta-standard': betaStandard } },
    ...noDeadlines,
  };
}

/** The clean source with the demo flow replaced. */
function withFlow(flow: Flow): ContentSource {
  const source = clean();
  source.flows.demo = { file: FLOW_FILE, flow };
  return source;
}

const alphaOf = (source: ContentSource) => {
  const entry = source.municipalities.alpha;
  if (!entry) throw new Error('fixture has no alpha');
  return entry;
};

describe('verify', () => {
  describe('clean content', () => {
    it('reports no problems', () => {
      expect(verify(clean(), AS_OF).problems).toEqual([]);
    });

    it('counts paths and outcomes per municipality and flow', () => {
      const report = verify(clean(), AS_OF);
      expect(report).toMatchObject({
        municipalities: ['alpha'],
        flows: ['demo'],
        locales: ['da', 'en'],
        paths: 2,
        outcomes: 2,
        asOf: AS_OF,
        detail: [{ municipality: 'alpha', flow: 'demo', paths: 2, outcomes: ['demo/no-out', 'demo/yes-out'] }],
      });
    });

    it('counts each answer to a question as its own path, even when answers share a next node', () => {
      const flow = flowOf({
        q: { kind: 'yesNo', question: p('Q?'), next: { yes: 'r', no: 'r', dontKnow: 'yes-out' } },
        r: {
          kind: 'choice',
          question: p('R?'),
          options: [
            { value: 'a', label: p('A'), next: 'yes-out' },
            { value: 'b', label: p('B'), next: 'no-out' },
          ],
        },
        'yes-out': outcome('t-yes'),
        'no-out': outcome('t-no'),
      });
      const report = verify(withFlow(flow), AS_OF);
      expect(report.problems).toEqual([]);
      // yes→a, yes→b, no→a, no→b, dontKnow
      expect(report.paths).toBe(5);
    });

    it('sums paths and outcomes over municipalities', () => {
      const source = clean();
      source.municipalities.beta = {
        file: 'content/municipalities/beta/municipality.yaml',
        municipality: municipality('beta'),
        texts: textsFor('beta', 't-yes', 't-no'),
      };
      const report = verify(source, AS_OF);
      expect(report.problems).toEqual([]);
      expect(report).toMatchObject({ municipalities: ['alpha', 'beta'], paths: 4, outcomes: 4 });
    });

    it('accepts a shared text where the municipality has none of its own', () => {
      const source = clean();
      alphaOf(source).texts = textsFor('alpha', 't-yes');
      source.sharedTexts = {
        't-no': { da: textFile('content/texts/t-no.da.md'), en: textFile('content/texts/t-no.en.md') },
      };
      expect(verify(source, AS_OF).problems).toEqual([]);
    });

    it('accepts a text citing its own municipality’s document', () => {
      const source = clean();
      alphaOf(source).texts = {
        ...textsFor('alpha', 't-no'),
        't-yes': {
          da: textFile('content/municipalities/alpha/texts/t-yes.da.md', 'Tekst.', ['alpha-standard', 'law']),
          en: textFile('content/municipalities/alpha/texts/t-yes.en.md', 'Text.', ['alpha-standard']),
        },
      };
      expect(verify(source, AS_OF).problems).toEqual([]);
    });

    it('accepts placeholders that name facts the municipality has', () => {
      const source = clean();
      const flow = demoFlow();
      flow.nodes.q = {
        kind: 'yesNo',
        question: { da: 'Ring {{contacts.desk.phone}}?', en: 'Call {{ name }}?' },
        next: { yes: 'yes-out', no: 'no-out' },
      };
      source.flows.demo = { file: FLOW_FILE, flow };
      alphaOf(source).texts = {
        ...textsFor('alpha', 't-no'),
        't-yes': {
          da: textFile(
            'content/municipalities/alpha/texts/t-yes.da.md',
            'Ring på {{contacts.desk.phone}} til {{contacts.desk.name}}.',
          ),
          en: textFile('content/municipalities/alpha/texts/t-yes.en.md', 'Call {{contacts.desk.phone}}.'),
        },
      };
      expect(verify(source, AS_OF).problems).toEqual([]);
    });
  });

  describe('flow structure', () => {
    it('reports a next that leads to a node that does not exist, in the flow file', () => {
      const flow = demoFlow();
      flow.nodes.q = { kind: 'yesNo', question: p('Q?'), next: { yes: 'yes-out', no: 'no-out', dontKnow: 'nowhere' } };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([{ file: FLOW_FILE, message: 'nodes.q: leads to "nowhere", which does not exist' }]);
    });

    it('reports a start node that does not exist', () => {
      const flow = { ...demoFlow(), start: 'begin' };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toContainEqual({ file: FLOW_FILE, message: 'start: node "begin" does not exist' });
    });

    it('reports a node no path reaches, in the flow file', () => {
      const flow = demoFlow();
      flow.nodes.orphan = { kind: 'yesNo', question: p('Orphan?'), next: { yes: 'yes-out', no: 'no-out' } };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([{ file: FLOW_FILE, message: 'nodes.orphan: cannot be reached from the start' }]);
    });

    it('reports a cycle, naming the loop', () => {
      const flow = flowOf({
        q: { kind: 'yesNo', question: p('Q?'), next: { yes: 'yes-out', no: 'r' } },
        r: { kind: 'yesNo', question: p('R?'), next: { yes: 'q', no: 'no-out' } },
        'yes-out': outcome('t-yes'),
        'no-out': outcome('t-no'),
      });
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.file).toBe(FLOW_FILE);
      expect(problems[0]?.message).toMatch(/^nodes\.q: the flow loops back here \(q → r → q\)/);
    });

    it('reports a route condition that tests an answer value the node does not have', () => {
      const flow = demoFlow();
      flow.nodes.q = { kind: 'yesNo', question: p('Q?'), next: { yes: 'gate', no: 'no-out' } };
      flow.nodes.gate = {
        kind: 'route',
        routes: [{ when: { test: 'answer', node: 'q', in: ['yes', 'dontKnow'] }, next: 'yes-out' }],
        otherwise: 'no-out',
      };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([
        {
          file: FLOW_FILE,
          message: 'nodes.gate: a condition tests "q" for "dontKnow", which is not one of its answers',
        },
      ]);
    });

    it('reports a choice value tested in an outcome section that the choice does not offer', () => {
      const flow = flowOf({
        q: {
          kind: 'choice',
          question: p('Q?'),
          options: [
            { value: 'a', label: p('A'), next: 'yes-out' },
            { value: 'b', label: p('B'), next: 'no-out' },
          ],
        },
        'yes-out': outcome('t-yes'),
        'no-out': {
          ...outcome('t-no'),
          sections: [
            { text: 't-no' },
            { text: 't-yes', when: { test: 'not', condition: { test: 'answer', node: 'q', in: ['c'] } } },
          ],
        },
      });
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([
        { file: FLOW_FILE, message: 'nodes.no-out: a condition tests "q" for "c", which is not one of its answers' },
      ]);
    });

    it('reports a condition that reads the answer to a node that does not exist', () => {
      const flow = demoFlow();
      flow.nodes.q = { kind: 'yesNo', question: p('Q?'), next: { yes: 'gate', no: 'no-out' } };
      flow.nodes.gate = {
        kind: 'route',
        routes: [{ when: { test: 'numberAtLeast', node: 'age', value: 18 }, next: 'yes-out' }],
        otherwise: 'no-out',
      };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([
        { file: FLOW_FILE, message: 'nodes.gate: a condition reads the answer to "age", which does not exist' },
      ]);
    });

    it('reports a describes condition naming a flow that does not exist', () => {
      const flow = demoFlow();
      flow.nodes.q = { kind: 'yesNo', question: p('Q?'), next: { yes: 'gate', no: 'no-out' } };
      flow.nodes.gate = {
        kind: 'route',
        routes: [{ when: { test: 'all', of: [{ test: 'describes', flow: 'sl999' }] }, next: 'no-out' }],
        otherwise: 'yes-out',
      };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([
        { file: FLOW_FILE, message: 'nodes.gate: a condition names the flow "sl999", which does not exist' },
      ]);
    });
  });

  describe('texts', () => {
    it('reports an outcome text missing in one locale, in the municipality file', () => {
      const source = clean();
      const alpha = alphaOf(source);
      alpha.texts = { ...alpha.texts, 't-no': { da: textFile('content/municipalities/alpha/texts/t-no.da.md') } };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        {
          file: ALPHA_FILE,
          message: 'demo/no-out: no en text "t-no" (add content/municipalities/alpha/texts/t-no.en.md or a shared one)',
        },
      ]);
    });

    it('reports an outcome text missing in both locales once per locale', () => {
      const source = clean();
      alphaOf(source).texts = textsFor('alpha', 't-yes');
      const { problems } = verify(source, AS_OF);
      expect(problems.map((x) => x.message)).toEqual([
        expect.stringContaining('no da text "t-no"'),
        expect.stringContaining('no en text "t-no"'),
      ]);
    });

    it('reports a placeholder naming a fact the municipality lacks, in the text file', () => {
      const source = clean();
      const alpha = alphaOf(source);
      const file = 'content/municipalities/alpha/texts/t-yes.en.md';
      alpha.texts = {
        ...alpha.texts,
        't-yes': { ...alpha.texts['t-yes'], en: textFile(file, 'Call {{contacts.desk.email}}.') },
      };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([{ file, message: '{{contacts.desk.email}} names a fact that alpha does not have' }]);
    });

    it('reports a placeholder naming a fact the municipality lacks, in the flow file', () => {
      const flow = demoFlow();
      flow.nodes.q = {
        kind: 'yesNo',
        question: p('Q?'),
        hint: { da: 'Ring til {{contacts.pool.phone}}', en: 'Call us' },
        next: { yes: 'yes-out', no: 'no-out' },
      };
      const { problems } = verify(withFlow(flow), AS_OF);
      expect(problems).toEqual([
        { file: FLOW_FILE, message: '{{contacts.pool.phone}} names a fact that alpha does not have' },
      ]);
    });

    it('checks placeholders in relative wording, option labels and outcome titles', () => {
      const flow = flowOf({
        q: {
          kind: 'choice',
          question: { ...p('Q?'), relative: { da: '{{a}}', en: 'R?' } },
          options: [
            { value: 'a', label: p('{{b}}'), next: 'yes-out' },
            { value: 'b', label: p('B'), hint: { da: 'H', en: '{{c}}' }, next: 'no-out' },
          ],
        },
        'yes-out': { ...outcome('t-yes'), title: { da: 'T', en: '{{d}}' } },
        'no-out': outcome('t-no'),
      });
      const missing = verify(withFlow(flow), AS_OF).problems.map((x) => x.message.split(' ')[0]);
      expect(missing.sort()).toEqual(['{{a}}', '{{b}}', '{{b}}', '{{c}}', '{{d}}']);
    });

    it('reports a text citing a source that does not exist, in the text file', () => {
      const source = clean();
      const alpha = alphaOf(source);
      const file = 'content/municipalities/alpha/texts/t-no.da.md';
      alpha.texts = {
        ...alpha.texts,
        't-no': { ...alpha.texts['t-no'], da: textFile(file, 'Tekst.', ['law', 'nope']) },
      };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([{ file, message: 'sources: the source "nope" is not in content/sources.yaml' }]);
    });

    it('reports a text citing another municipality’s document, in the text file', () => {
      const source = clean();
      const alpha = alphaOf(source);
      const file = 'content/municipalities/alpha/texts/t-no.en.md';
      alpha.texts = {
        ...alpha.texts,
        't-no': { ...alpha.texts['t-no'], en: textFile(file, 'Text.', ['beta-standard']) },
      };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        {
          file,
          message:
            'sources: the source "beta-standard" does not cover alpha; a municipality may cite only its own documents or national law',
        },
      ]);
    });

    it('checks a shared text against each municipality that uses it', () => {
      const source = clean();
      alphaOf(source).texts = textsFor('alpha', 't-yes');
      source.municipalities.beta = {
        file: 'content/municipalities/beta/municipality.yaml',
        municipality: municipality('beta'),
        texts: textsFor('beta', 't-yes'),
      };
      source.sharedTexts = {
        't-no': {
          da: textFile('content/texts/t-no.da.md', 'Tekst.', ['alpha-standard']),
          en: textFile('content/texts/t-no.en.md', 'Text.', ['law']),
        },
      };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        {
          file: 'content/texts/t-no.da.md',
          message: expect.stringContaining('the source "alpha-standard" does not cover beta'),
        },
      ]);
    });

    it('reports a municipality text no reachable outcome uses, in the text file', () => {
      const source = clean();
      const alpha = alphaOf(source);
      alpha.texts = { ...alpha.texts, ...textsFor('alpha', 'leftover') };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        {
          file: 'content/municipalities/alpha/texts/leftover.da.md',
          message: 'the text "leftover" is not used by any outcome alpha can reach',
        },
      ]);
    });

    it('reports a shared text no reachable outcome uses', () => {
      const source = clean();
      source.sharedTexts = { spare: { en: textFile('content/texts/spare.en.md') } };
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        { file: 'content/texts/spare.en.md', message: 'the text "spare" is not used by any reachable outcome' },
      ]);
    });
  });

  describe('municipalities', () => {
    it('reports an offers entry naming a flow that does not exist, in the municipality file', () => {
      const source = clean();
      alphaOf(source).municipality = municipality('alpha', { offers: ['demo', 'sl999'], describes: ['demo'] });
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([{ file: ALPHA_FILE, message: 'offers: the flow "sl999" does not exist' }]);
    });

    it('reports a mainContact that is not one of the contacts, in the municipality file', () => {
      const source = clean();
      alphaOf(source).municipality = municipality('alpha', { mainContact: 'reception' });
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([{ file: ALPHA_FILE, message: 'mainContact: "reception" is not one of its contacts' }]);
    });

    it('does not walk flows a municipality does not offer', () => {
      const source = clean();
      source.flows.other = { file: 'content/flows/other.yaml', flow: { ...demoFlow(), id: 'other' } };
      const report = verify(source, AS_OF);
      expect(report.problems).toEqual([]);
      expect(report.flows).toEqual(['demo', 'other']);
      expect(report.detail.map((d) => d.flow)).toEqual(['demo']);
    });
  });

  describe('static conditions', () => {
    /**
     * gate: the first route (by default: describes "extra", going on in that flow);
     * inForce from 2027-01-01 → via-date; fact "pool" → via-fact; otherwise → fallback.
     * Each outcome has its own text, so what is pruned shows as unused texts.
     */
    const gatedFlow = (first: Condition = { test: 'describes', flow: 'extra' }): Flow =>
      flowOf(
        {
          gate: {
            kind: 'route',
            routes: [
              { when: first, next: 'via-first' },
              { when: { test: 'inForce', from: '2027-01-01' }, next: 'via-date' },
              { when: { test: 'fact', fact: 'pool' }, next: 'via-fact' },
            ],
            otherwise: 'fallback',
          },
          'via-first': outcome('t-first'),
          'via-date': outcome('t-date'),
          'via-fact': outcome('t-fact'),
          fallback: outcome('t-fallback'),
        },
        'demo',
        'gate',
      );

    const all = ['t-first', 't-date', 't-fact', 't-fallback'];

    function staticSource(first?: Condition): ContentSource {
      return {
        flows: { demo: { file: FLOW_FILE, flow: gatedFlow(first) } },
        municipalities: {
          alpha: { file: ALPHA_FILE, municipality: municipality('alpha'), texts: textsFor('alpha', ...all) },
          beta: {
            file: 'content/municipalities/beta/municipality.yaml',
            municipality: municipality('beta', { facts: ['pool'] }),
            texts: textsFor('beta', ...all),
          },
        },
        sharedTexts: {},
        sources: { file: SOURCES_FILE, sources: { law } },
        ...noDeadlines,
      };
    }

    const demoDetail = (source: ContentSource, asOf: string) =>
      verify(source, asOf)
        .detail.filter((d) => d.flow === 'demo')
        .map(({ municipality: m, paths, outcomes }) => ({ m, paths, outcomes }));

    it('decides a fact per municipality, leaving one path each', () => {
      expect(demoDetail(staticSource({ test: 'fact', fact: 'never' }), '2026-12-31')).toEqual([
        { m: 'alpha', paths: 1, outcomes: ['demo/fallback'] },
        { m: 'beta', paths: 1, outcomes: ['demo/via-fact'] },
      ]);
    });

    it('decides inForce by the as-of date, from its first day', () => {
      expect(demoDetail(staticSource({ test: 'fact', fact: 'never' }), '2027-01-01')).toEqual([
        { m: 'alpha', paths: 1, outcomes: ['demo/via-date'] },
        { m: 'beta', paths: 1, outcomes: ['demo/via-date'] },
      ]);
    });

    it('decides per municipality which sections its documents describe', () => {
      const source = staticSource({ test: 'describes', flow: 'extra' });
      source.flows.extra = { file: 'content/flows/extra.yaml', flow: { ...demoFlow(), id: 'extra' } };
      const alpha = alphaOf(source);
      // alpha's documents describe "extra" too; the demo flow must lead there, or the verifier complains.
      alpha.municipality = municipality('alpha', { offers: ['demo', 'extra'] });
      const demo = source.flows.demo?.flow;
      if (!demo) throw new Error('fixture has no demo flow');
      demo.nodes['via-first'] = { kind: 'flow', flow: 'extra' };
      // beta: the dated branch opens in 2027 and its text is required already now.
      alpha.texts = textsFor('alpha', 't-yes', 't-no');
      const beta = source.municipalities.beta;
      if (!beta) throw new Error('fixture has no beta');
      beta.texts = textsFor('beta', 't-fact', 't-date');
      const report = verify(source, '2026-12-31');
      expect(report.problems).toEqual([]);
      expect(demoDetail(source, '2026-12-31')).toEqual([
        { m: 'alpha', paths: 2, outcomes: ['extra/no-out', 'extra/yes-out'] },
        { m: 'beta', paths: 1, outcomes: ['demo/via-fact'] },
      ]);
    });

    it('reports the texts of outcomes a municipality cannot reach as unused', () => {
      const unused = verify(staticSource({ test: 'fact', fact: 'never' }), '2026-12-31')
        .problems.filter((x) => x.file.includes('/beta/'))
        .map((x) => x.message);
      expect(unused).toEqual([
        'the text "t-first" is not used by any outcome beta can reach',
        'the text "t-fallback" is not used by any outcome beta can reach',
      ]);
    });

    it('requires the texts of outcomes that open on another date than the as-of date', () => {
      const source = staticSource({ test: 'fact', fact: 'never' });
      alphaOf(source).texts = textsFor('alpha', 't-fallback');
      expect(verify(source, '2026-12-31').problems.map((x) => x.message)).toContain(
        'demo/via-date: no da text "t-date" (add content/municipalities/alpha/texts/t-date.da.md or a shared one)',
      );
    });

    it('does not require texts for outcomes a municipality cannot reach', () => {
      const source = staticSource({ test: 'fact', fact: 'never' });
      alphaOf(source).texts = textsFor('alpha', 't-fallback', 't-date');
      expect(verify(source, '2026-12-31').problems.filter((x) => x.file.includes('/alpha/'))).toEqual([]);
    });

    it('decides not, all and any of static conditions', () => {
      const noPoolOrOld: Condition = {
        test: 'all',
        of: [
          { test: 'not', condition: { test: 'fact', fact: 'pool' } },
          {
            test: 'any',
            of: [
              { test: 'fact', fact: 'gym' },
              { test: 'inForce', to: '2026-12-31' },
            ],
          },
        ],
      };
      const source = staticSource(noPoolOrOld);
      expect(demoDetail(source, '2026-12-31')).toEqual([
        { m: 'alpha', paths: 1, outcomes: ['demo/via-first'] },
        { m: 'beta', paths: 1, outcomes: ['demo/via-fact'] },
      ]);
      expect(demoDetail(source, '2027-01-01')).toEqual([
        { m: 'alpha', paths: 1, outcomes: ['demo/via-date'] },
        { m: 'beta', paths: 1, outcomes: ['demo/via-date'] },
      ]);
    });

    it('keeps every branch of a route whose condition reads answers', () => {
      const source = staticSource();
      const flow = gatedFlow({ test: 'answer', node: 'q', in: ['yes'] });
      flow.start = 'q';
      flow.nodes.q = { kind: 'yesNo', question: p('Q?'), next: { yes: 'gate', no: 'gate' } };
      source.flows.demo = { file: FLOW_FILE, flow };
      // Per answer to q: the answer route, plus the first static route that holds.
      expect(demoDetail(source, '2026-12-31')).toEqual([
        { m: 'alpha', paths: 4, outcomes: ['demo/fallback', 'demo/via-first'] },
        { m: 'beta', paths: 4, outcomes: ['demo/via-fact', 'demo/via-first'] },
      ]);
    });
  });

  describe('journeys across flows', () => {
    /** triage: q yes → goes on in "demo", no → stay (text t-stay). */
    const triage = (target = 'demo'): Flow =>
      flowOf(
        {
          q: { kind: 'yesNo', question: p('Q?'), next: { yes: 'on', no: 'stay' } },
          on: { kind: 'flow', flow: target },
          stay: outcome('t-stay'),
        },
        'triage',
      );

    function journeySource(): ContentSource {
      const source = clean();
      source.flows.triage = { file: 'content/flows/triage.yaml', flow: triage() };
      const alpha = alphaOf(source);
      alpha.municipality = municipality('alpha', { offers: ['triage', 'demo'] });
      alpha.texts = textsFor('alpha', 't-yes', 't-no', 't-stay');
      return source;
    }

    it('follows a flow node into the other flow, counting its paths and outcomes', () => {
      const report = verify(journeySource(), AS_OF);
      expect(report.problems).toEqual([]);
      // From the guide's start (the first offered flow): yes→yes, yes→no, no.
      expect(report.paths).toBe(3);
      expect(report.outcomes).toBe(3);
      expect(report.detail).toEqual([
        { municipality: 'alpha', flow: 'triage', paths: 3, outcomes: ['demo/no-out', 'demo/yes-out', 'triage/stay'] },
        { municipality: 'alpha', flow: 'demo', paths: 2, outcomes: ['demo/no-out', 'demo/yes-out'] },
      ]);
    });

    it('reports a flow node naming a flow that does not exist, in the flow file', () => {
      const source = journeySource();
      source.flows.triage = { file: 'content/flows/triage.yaml', flow: triage('sl999') };
      const { problems } = verify(source, AS_OF);
      expect(problems).toContainEqual({
        file: 'content/flows/triage.yaml',
        message: 'nodes.on: goes on in the flow "sl999", which does not exist',
      });
    });

    it('reports a flow node leading into a flow the municipality does not offer, in the municipality file', () => {
      const source = journeySource();
      alphaOf(source).municipality = municipality('alpha', { offers: ['triage'] });
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        { file: ALPHA_FILE, message: 'the guide leads into the flow "demo", which alpha does not offer' },
      ]);
    });

    it('reports an offered flow the guide cannot reach from its start, in the municipality file', () => {
      const source = journeySource();
      source.flows.other = { file: 'content/flows/other.yaml', flow: { ...demoFlow(), id: 'other' } };
      alphaOf(source).municipality = municipality('alpha', { offers: ['triage', 'demo', 'other'] });
      const { problems } = verify(source, AS_OF);
      expect(problems).toEqual([
        { file: ALPHA_FILE, message: 'offers: "other" cannot be reached from the start of the guide (triage)' },
      ]);
    });
  });
});

describe('verify: wording', () => {
  /** The clean source with the Danish (and, when given, English) text of t-yes replaced. */
  function withText(da: string, en = 'Some text.', relative?: { da?: string; en?: string }): ContentSource {
    const source = clean();
    const file = (locale: string, r = '') => `content/municipalities/alpha/texts/t-yes${r}.${locale}.md`;
    const texts = source.municipalities.alpha!.texts;
    texts['t-yes'] = {
      da: {
        ...textFile(file('da'), da),
        ...(relative?.da ? { relative: textFile(file('da', '.relative'), relative.da) } : {}),
      },
      en: {
        ...textFile(file('en'), en),
        ...(relative?.en ? { relative: textFile(file('en', '.relative'), relative.en) } : {}),
      },
    };
    source.glossary.glossary = {
      genoptraeningsplan: {
        da: { term: 'genoptræningsplan', explanation: 'En plan fra sygehuset.' },
        en: { term: 'rehabilitation plan', explanation: 'A plan from the hospital.' },
        sources: ['law'],
      },
    };
    return source;
  }
  const wordingOf = (source: ContentSource) =>
    verify(source, AS_OF, { wordingBlocks: true }).problems.map((p) => `${p.file}: ${p.message}`);
  const DA = 'content/municipalities/alpha/texts/t-yes.da.md';

  it('passes a text written in both voices, with marked terms and caveats apart', () => {
    const source = withText(
      '{Du|Personen} får en [[genoptræningsplan]]. Ring{| for personen} til os.\n\n::: caveats\n\nPjecen siger ikke hvornår.',
      '{You|The person} get{|s} a [[rehabilitation plan]].',
    );
    expect(wordingOf(source)).toEqual([]);
  });

  it('reports a text that speaks to the reader with no relative variant, in either language', () => {
    const problems = wordingOf(withText('Vi ringer til dig.', 'We call you.'));
    expect(problems).toEqual([
      `${DA}: speaks to the reader ("dig") with no relative variant: write {dig|personen}-style variants or add content/municipalities/alpha/texts/t-yes.relative.da.md`,
      'content/municipalities/alpha/texts/t-yes.en.md: speaks to the reader ("you") with no relative variant: write {you|personen}-style variants or add content/municipalities/alpha/texts/t-yes.relative.en.md',
    ]);
  });

  it('accepts a whole relative text in place of variants', () => {
    expect(wordingOf(withText('Vi ringer til dig.', 'Some text.', { da: 'Vi ringer til personen.' }))).toEqual([]);
  });

  it('reports a glossary term that is not marked, and a mark with no entry', () => {
    expect(wordingOf(withText('Vi har en genoptræningsplan til ham nu. Se [[palliation]] her.'))).toEqual([
      `${DA}: [[palliation]] is marked as a term, but content/glossary.yaml has no da entry it begins with`,
      `${DA}: "genoptræningsplan" is a glossary term (genoptraeningsplan); mark its first use in the text as [[genoptræningsplan]]`,
    ]);
  });

  it('reports a caveat left in the main text', () => {
    expect(wordingOf(withText('Ring til os. Pjecen siger ikke, hvornår kommunen svarer.'))).toEqual([
      `${DA}: "Pjecen siger ikke …" is a caveat; move it after a "::: caveats" line (shown under "Kilder og forbehold")`,
    ]);
  });

  it('reports a Danish text with a LIX over 40, and lists every LIX with the median', () => {
    const hard =
      'Kvalitetsstandarden beskriver ikke nærmere, hvilke sagsbehandlingsfrister kommunen overholder ved vurdering af ansøgninger om vedligeholdelsestræning.';
    const report = verify(withText(hard), AS_OF, { wordingBlocks: true });
    expect(report.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^LIX \d+\.\d is over 40/));
    expect(report.readability.texts[0]?.file).toBe(DA);
    expect(report.readability.texts[0]?.lix).toBeGreaterThan(40);
    expect(report.readability.texts).toHaveLength(2);
    expect(report.readability.median).toBeGreaterThan(0);
  });

  it('reports a flow phrase that speaks to the reader with no relative wording', () => {
    const source = withText('Some text.');
    const flow = demoFlow();
    flow.nodes.q = {
      kind: 'yesNo',
      question: { da: 'Har du en plan?', en: 'Do you have a plan?' },
      next: { yes: 'yes-out', no: 'no-out' },
    };
    source.flows.demo = { file: FLOW_FILE, flow };
    expect(wordingOf(source)).toEqual([
      `${FLOW_FILE}: nodes.q: "Har du en plan?" speaks to the reader ("du") but has no relative wording for someone helping`,
    ]);
    flow.nodes.q.question.relative = { da: 'Har personen en plan?', en: 'Does the person have a plan?' };
    expect(wordingOf(source)).toEqual([]);
  });

  it('keeps wording problems apart from the problems that fail the build while texts are rewritten', () => {
    const report = verify(withText('Vi ringer til dig.'), AS_OF, { wordingBlocks: false });
    expect(report.problems).toEqual([]);
    expect(report.wording).toHaveLength(1);
  });
});

describe('scenario coverage', () => {
  const scenario = (outcome: string, municipality = 'alpha', nextStep = true) => ({
    file: 'tests/scenarios/demo.yaml',
    name: `reaches ${outcome}`,
    municipality,
    outcome,
    nextStep,
  });

  it('reports a reached outcome whose next step no scenario pins', () => {
    const report = verify(clean(), AS_OF, {
      scenarios: [scenario('demo/yes-out'), scenario('demo/no-out', 'alpha', false)],
    });
    expect(report.coverage).toEqual({ outcomes: 2, covered: 2, uncovered: [] });
    expect(report.problems).toEqual([
      {
        file: 'tests/scenarios',
        message:
          'alpha/demo/no-out: no scenario pins its next step; add nextStep: { actor, action } to a citizen who reaches it',
      },
    ]);
  });

  it('is left out without scenarios', () => {
    expect(verify(clean(), AS_OF).coverage).toBeUndefined();
  });

  it('counts the outcomes a scenario pins and reports none when every one is pinned', () => {
    const report = verify(clean(), AS_OF, {
      scenarios: [scenario('demo/yes-out'), scenario('demo/no-out'), scenario('demo/no-out')],
    });
    expect(report.coverage).toEqual({ outcomes: 2, covered: 2, uncovered: [] });
    expect(report.problems).toEqual([]);
  });

  it('lists every reachable outcome no scenario pins, as municipality/flow/outcome, and reports it', () => {
    const report = verify(clean(), AS_OF, { scenarios: [scenario('demo/yes-out')] });
    expect(report.coverage).toEqual({ outcomes: 2, covered: 1, uncovered: ['alpha/demo/no-out'] });
    expect(report.problems).toEqual([
      {
        file: 'tests/scenarios',
        message:
          'alpha/demo/no-out: no scenario reaches this outcome; add a citizen who does, quoting the seed line it rests on',
      },
    ]);
  });

  it('reports a scenario that expects an outcome its municipality cannot reach', () => {
    const report = verify(clean(), AS_OF, {
      scenarios: [
        scenario('demo/yes-out'),
        scenario('demo/no-out'),
        scenario('demo/elsewhere'),
        scenario('demo/yes-out', 'beta'),
      ],
    });
    expect(report.coverage).toEqual({ outcomes: 2, covered: 2, uncovered: [] });
    expect(report.problems).toEqual([
      {
        file: 'tests/scenarios/demo.yaml',
        message: 'reaches demo/elsewhere: expects demo/elsewhere, which alpha cannot reach',
      },
      {
        file: 'tests/scenarios/demo.yaml',
        message: 'reaches demo/yes-out: expects demo/yes-out, which beta cannot reach',
      },
    ]);
  });

  it('counts an outcome that opens only on another date as reachable', () => {
    const flow = flowOf(
      {
        r: {
          kind: 'route',
          routes: [{ when: { test: 'inForce', from: '2099-01-01' }, next: 'yes-out' }],
          otherwise: 'no-out',
        },
        'yes-out': outcome('t-yes'),
        'no-out': outcome('t-no'),
      },
      'demo',
      'r',
    );
    const report = verify(withFlow(flow), AS_OF, { scenarios: [scenario('demo/no-out')] });
    expect(report.coverage?.uncovered).toEqual(['alpha/demo/yes-out']);
  });
});

describe('deadlines and parameters an outcome names', () => {
  const withOutcome = (more: Partial<OutcomeNode>) => {
    const flow = demoFlow();
    flow.nodes['yes-out'] = { ...outcome('t-yes'), ...more };
    return withFlow(flow);
  };
  const rule = {
    label: p('Contact'),
    from: 'discharge',
    amount: 4,
    unit: 'calendarDays',
    kind: 'legal',
    bound: 'latest',
    rollForward: false,
    rule: p('rule'),
    whenPassed: p('passed'),
  } as const;

  it('reports a deadline that is neither the municipality’s nor shared, and a parameter that does not exist', () => {
    const source = withOutcome({ deadlines: [{ deadline: 'contact' }], parameters: ['transport'] });
    expect(verify(source, AS_OF).problems).toEqual([
      {
        file: ALPHA_FILE,
        message: 'demo/yes-out: the deadline "contact" is neither in alpha\'s deadlines nor in content/deadlines.yaml',
      },
      { file: FLOW_FILE, message: 'demo/yes-out: the parameter "transport" is not in content/parameters.yaml' },
    ]);
  });

  it('checks the source of the municipality’s own deadline in its file, and of a shared one in the shared file', () => {
    const source = withOutcome({ deadlines: [{ deadline: 'contact' }, { deadline: 'meeting' }] });
    alphaOf(source).municipality.deadlines.contact = { ...rule, source: 'beta-standard' };
    source.deadlines.deadlines.meeting = { ...rule, source: 'beta-standard' };
    expect(verify(source, AS_OF).problems).toEqual([
      {
        file: ALPHA_FILE,
        message:
          'deadline contact: the source "beta-standard" does not cover alpha; a municipality may cite only its own documents or national law',
      },
      {
        file: 'content/deadlines.yaml',
        message:
          'deadline meeting: the source "beta-standard" does not cover alpha; a municipality may cite only its own documents or national law',
      },
    ]);
  });

  it('checks the source of a parameter', () => {
    const source = withOutcome({ parameters: ['transport'] });
    source.parameters.parameters.transport = {
      label: p('Transport'),
      source: 'missing-source',
      afterLastPeriod: p('check'),
      periods: [],
    } as unknown as ContentSource['parameters']['parameters'][string];
    expect(verify(source, AS_OF).problems).toEqual([
      {
        file: 'content/parameters.yaml',
        message: 'parameter transport: the source "missing-source" is not in content/sources.yaml',
      },
    ]);
  });
});

describe('conditions on numbers and dates name their node', () => {
  it.each([
    { test: 'numberAtLeast', node: 'gone', value: 18 },
    { test: 'daysSinceAtMost', node: 'gone', days: 4 },
    { test: 'monthsSinceLessThan', node: 'gone', months: 5 },
  ] as Condition[])('reports $test on a node that does not exist', (when) => {
    const flow = flowOf({
      q: { kind: 'yesNo', question: p('Q?'), next: { yes: 'r', no: 'no-out' } },
      r: { kind: 'route', routes: [{ when, next: 'yes-out' }], otherwise: 'no-out' },
      'yes-out': outcome('t-yes'),
      'no-out': outcome('t-no'),
    });
    expect(verify(withFlow(flow), AS_OF).problems).toEqual([
      { file: FLOW_FILE, message: 'nodes.r: a condition reads the answer to "gone", which does not exist' },
    ]);
  });
});
