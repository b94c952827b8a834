import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, ContentError, loadContent } from '../../scripts/content/load';
import { LOCALES } from '../../src/engine/model/locales';
import { verify } from '../../src/engine/verify';
import { brokenFixture, VALID, type BrokenFixture } from '../fixtures/patches';

const fixture = (name: BrokenFixture | 'content-valid') => (name === 'content-valid' ? VALID : brokenFixture(name));
const REAL_CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

/** Every `<a …>` tag whose href is an http(s) URL. */
const externalLinks = (html: string) => html.match(/<a [^>]*href="https?:[^>]*>/g) ?? [];

describe('loadContent', () => {
  describe('a valid content folder', () => {
    const loaded = loadContent(fixture('content-valid'));

    it('loads with no problems', () => {
      expect(loaded.problems).toEqual([]);
    });

    it('passes the verifier, wording included', () => {
      expect(verify(loaded.source, '2026-11-24', { wordingBlocks: true }).problems).toEqual([]);
    });

    it('reads flows, municipalities, own and shared texts and sources, naming files relative to the content folder', () => {
      const { source } = loaded;
      expect(source.flows.demo?.file).toBe('content-valid/flows/demo.yaml');
      expect(source.flows.demo?.flow.start).toBe('has-plan');
      expect(source.municipalities.alpha?.file).toBe('content-valid/municipalities/alpha/municipality.yaml');
      expect(Object.keys(source.municipalities.alpha?.texts ?? {}).sort()).toEqual(['demo-no-plan', 'demo-offer']);
      expect(source.municipalities.alpha?.texts['demo-offer']?.en?.file).toBe(
        'content-valid/municipalities/alpha/texts/demo-offer.en.md',
      );
      expect(Object.keys(source.sharedTexts)).toEqual(['demo-contact']);
      expect(source.sources.file).toBe('content-valid/sources.yaml');
      expect(Object.keys(source.sources.sources).sort()).toEqual(['alpha-standard', 'made-up-law']);
    });

    it('splits a text into front matter and trimmed Markdown', () => {
      const text = loaded.source.municipalities.alpha?.texts['demo-no-plan']?.da;
      expect(text?.frontMatter).toEqual({ title: 'Uden plan', sources: ['made-up-law'] });
      expect(text?.markdown).toBe(
        'Uden en [[genoptræningsplan]] kan {du|personen} ikke få tilbuddet. Se [borger.dk](https://www.borger.dk/).\n\n::: caveats\n\nLoven siger ikke, hvor lang tid det tager at få en plan.',
      );
    });

    it('fills schema defaults: no facts, and a source that covers no municipality', () => {
      expect(loaded.source.municipalities.alpha?.municipality.facts).toEqual([]);
      expect(loaded.source.sources.sources['made-up-law']?.covers).toEqual([]);
    });

    it('lists every file it read, for the dev server to watch', () => {
      const names = loaded.files.map((f) => f.split(/[\\/]/).slice(-2).join('/'));
      expect(names).toEqual(
        expect.arrayContaining([
          'content-valid/sources.yaml',
          'flows/demo.yaml',
          'alpha/municipality.yaml',
          'texts/demo-offer.da.md',
          'texts/demo-contact.en.md',
        ]),
      );
    });
  });

  describe('broken content', () => {
    const cases: Array<{ name: string; fixture: BrokenFixture; file: string; message: string | RegExp }> = [
      {
        name: 'a flow node of a kind that does not exist',
        fixture: 'content-unknown-node-kind',
        file: 'flows/demo.yaml',
        message: /^nodes\.has-plan\.kind: Invalid discriminator value\. Expected .*'yesNo'/,
      },
      {
        name: 'a phrase without English',
        fixture: 'content-phrase-missing-en',
        file: 'flows/demo.yaml',
        message: /^nodes\.has-plan\.question\.en: .*expected string/,
      },
      {
        name: 'an outcome without a next step',
        fixture: 'content-outcome-without-next-step',
        file: 'flows/demo.yaml',
        message:
          'nodes.no-plan.nextStep: is missing: every outcome needs a next step (actor, action, and the contact or deadline it needs)',
      },
      {
        name: 'a YAML syntax error, naming the line',
        fixture: 'content-yaml-syntax',
        file: 'municipalities/alpha/municipality.yaml',
        message: /^not valid YAML at line 6: /,
      },
      {
        name: 'a municipality whose id is not its folder name',
        fixture: 'content-id-mismatch',
        file: 'municipalities/alpha/municipality.yaml',
        message: 'id: "beta" must match the folder name "alpha"',
      },
      {
        name: 'a flow whose id is not its file name',
        fixture: 'content-flow-id-mismatch',
        file: 'flows/demo.yaml',
        message: 'id: "demo-two" must match the file name "demo"',
      },
      {
        name: 'a phone number not written "12 34 56 78"',
        fixture: 'content-bad-phone',
        file: 'municipalities/alpha/municipality.yaml',
        message: 'contacts.desk.phone: must be a Danish phone number written "12 34 56 78"',
      },
      {
        name: 'a link that is not a full URL',
        fixture: 'content-bad-link-url',
        file: 'municipalities/alpha/municipality.yaml',
        message: 'links.home.url: must be a full http(s) URL',
      },
      {
        name: 'a text without front matter',
        fixture: 'content-text-no-front-matter',
        file: 'municipalities/alpha/texts/demo-no-plan.da.md',
        message: 'must start with front matter between two "---" lines (title, sources)',
      },
      {
        name: 'a text whose front matter names no sources',
        fixture: 'content-text-no-sources',
        file: 'municipalities/alpha/texts/demo-no-plan.en.md',
        message: /^sources: /,
      },
      {
        name: 'a text linking to javascript:',
        fixture: 'content-text-javascript-link',
        file: 'municipalities/alpha/texts/demo-no-plan.da.md',
        message: 'the link "javascript:alert(1)" uses javascript:, which is not allowed',
      },
      {
        name: 'a text file named with a locale that does not exist',
        fixture: 'content-text-bad-name',
        file: 'municipalities/alpha/texts/foo.de.md',
        message:
          "text files are named <text-id>.<da|en>.md (or <text-id>.relative.<locale>.md for a relative's wording)",
      },
      {
        name: "a relative's wording of a text that does not exist",
        fixture: 'content-text-relative-alone',
        file: 'municipalities/alpha/texts/demo-gone.relative.da.md',
        message: 'is a relative\'s wording of "demo-gone", but there is no demo-gone.da.md for the citizen',
      },
    ];

    it.each(cases)('reports $name, naming the file and field', ({ fixture: name, file, message }) => {
      const { problems } = loadContent(fixture(name));
      expect(problems).toEqual([
        { file: `${name}/${file}`, message: typeof message === 'string' ? message : expect.stringMatching(message) },
      ]);
    });

    it('reports each piece of raw HTML in a text, block and inline', () => {
      const { problems } = loadContent(fixture('content-text-raw-html'));
      const file = 'content-text-raw-html/municipalities/alpha/texts/demo-no-plan.en.md';
      expect(problems).toEqual([
        { file, message: 'raw HTML is not allowed in content: <b>' },
        { file, message: 'raw HTML is not allowed in content: </b>' },
        { file, message: expect.stringMatching(/^raw HTML is not allowed in content: <div class="note">/) },
      ]);
    });

    it('leaves an invalid municipality out but keeps loading the other files', () => {
      const { source } = loadContent(fixture('content-bad-phone'));
      expect(source.municipalities).toEqual({});
      expect(Object.keys(source.flows)).toEqual(['demo']);
      expect(Object.keys(source.sharedTexts)).toEqual(['demo-contact']);
    });

    it('leaves a text without front matter out of its text set', () => {
      const { source } = loadContent(fixture('content-text-no-front-matter'));
      const texts = source.municipalities.alpha?.texts['demo-no-plan'];
      expect(texts?.da).toBeUndefined();
      expect(texts?.en).toBeDefined();
    });

    it('reports a missing sources.yaml instead of throwing', () => {
      const { problems, source } = loadContent(fixture('content-missing-sources'));
      expect(problems).toEqual([{ file: 'content-missing-sources/sources.yaml', message: 'is missing' }]);
      expect(source.sources.sources).toEqual({});
      expect(Object.keys(source.municipalities)).toEqual(['alpha']);
    });

    it('sums problems into a ContentError message, one line per file', () => {
      const { problems } = loadContent(fixture('content-bad-phone'));
      const error = new ContentError(problems);
      expect(error.message).toBe(
        'Content has 1 problem(s):\n' +
          '  content-bad-phone/municipalities/alpha/municipality.yaml: contacts.desk.phone: must be a Danish phone number written "12 34 56 78"',
      );
    });
  });
});

describe('compileMunicipality', () => {
  const { source } = loadContent(fixture('content-valid'));
  const bundle = compileMunicipality(source, 'alpha');

  it('renders every text an offered outcome uses, own and shared, in both locales', () => {
    expect(Object.keys(bundle.texts).sort()).toEqual(['demo-contact', 'demo-no-plan', 'demo-offer']);
    for (const byLocale of Object.values(bundle.texts)) {
      for (const locale of LOCALES) expect(byLocale[locale].html.length).toBeGreaterThan(0);
    }
  });

  it('renders a relative voice from {self|relative} variants, and from a whole .relative. file', () => {
    const offer = bundle.texts['demo-offer'];
    expect(offer?.da.html).toContain('ringer til dig inden for 5 hverdage');
    expect(offer?.da.relative?.html).toContain('ringer til personen inden for 5 hverdage');
    expect(offer?.en.html).toContain('calls you within 5 working days');
    expect(offer?.en.relative?.html).toContain(
      'calls the person within 5 working days. You can take the call for them',
    );
    // Texts the same in both voices carry no second copy.
    expect(bundle.texts['demo-contact']?.da.relative).toBeUndefined();
  });

  it('takes caveats apart and lists the marked glossary terms with their explanations', () => {
    const noPlan = bundle.texts['demo-no-plan'];
    expect(noPlan?.da.html).toContain('Uden en genoptræningsplan kan du ikke');
    expect(noPlan?.da.html).not.toContain('[[');
    expect(noPlan?.da.html).not.toContain('Loven siger ikke');
    expect(noPlan?.da.caveats).toContain('Loven siger ikke, hvor lang tid');
    expect(noPlan?.da.terms).toEqual(['genoptraeningsplan']);
    expect(noPlan?.en.relative?.terms).toEqual(['genoptraeningsplan']);
    expect(bundle.glossary).toEqual({
      genoptraeningsplan: {
        da: {
          term: 'genoptræningsplan',
          explanation: 'En plan fra sygehuset om den genoptræning, en patient har brug for.',
        },
        en: {
          term: 'rehabilitation plan',
          explanation: 'A plan from the hospital about the rehabilitation a patient needs.',
        },
      },
    });
  });

  it('fills placeholders in the Markdown and in the title', () => {
    const contact = bundle.texts['demo-contact'];
    expect(contact?.da.title).toBe('Kontakt Alpha Kommune');
    expect(contact?.en.title).toBe('Contact Alpha Municipality');
    expect(contact?.da.html).toContain('Telefon: 12 34 56 78');
    expect(contact?.en.html).toContain('Weekdays 9 am to 12 noon');
    expect(contact?.da.html).toContain('Alpha Kommune, Torvet 1, 9999 Alpha');
    expect(bundle.texts['demo-offer']?.da.html).toContain('<strong>Borgerservice</strong>');
    expect(bundle.texts['demo-offer']?.en.html).toContain('<strong>Citizen service</strong>');
  });

  it('opens http(s) links in a new tab without an opener or referrer', () => {
    expect(bundle.texts['demo-offer']?.da.html).toContain(
      '<a href="https://www.alpha.example.dk/traening" rel="noopener noreferrer" target="_blank">Alphas hjemmeside</a>',
    );
  });

  it('leaves mailto links in the same tab', () => {
    expect(bundle.texts['demo-contact']?.da.html).toContain(
      '<a href="mailto:desk@alpha.example.dk">desk@alpha.example.dk</a>',
    );
  });

  it('keeps the sources each text cites, and only those', () => {
    expect(bundle.texts['demo-offer']?.en.sources).toEqual(['alpha-standard']);
    expect(Object.keys(bundle.sources).sort()).toEqual(['alpha-standard', 'made-up-law']);
  });

  it('fills placeholders in flow phrases for each locale, leaving ids alone', () => {
    const node = bundle.flows.demo?.nodes['has-plan'];
    expect(node?.kind === 'yesNo' && node.hint).toEqual({
      da: 'Ring på 12 34 56 78, hvis du er i tvivl.',
      en: 'Call 12 34 56 78 if you are unsure.',
      relative: {
        da: 'Ring på 12 34 56 78, hvis du er i tvivl om personens plan.',
        en: "Call 12 34 56 78 if you are unsure about the person's plan.",
      },
    });
    expect(node?.kind === 'yesNo' && node.next).toEqual({ yes: 'offer', no: 'no-plan' });
    const offer = bundle.flows.demo?.nodes.offer;
    expect(offer?.kind === 'outcome' && offer.summary.en).toBe('Contact Citizen service.');
  });

  it('does not change the loaded source', () => {
    const node = source.flows.demo?.flow.nodes['has-plan'];
    expect(node?.kind === 'yesNo' && node.hint?.da).toBe('Ring på {{contacts.desk.phone}}, hvis du er i tvivl.');
  });

  it('throws a ContentError for a municipality that does not exist', () => {
    expect(() => compileMunicipality(source, 'nowhere')).toThrow(ContentError);
    expect(() => compileMunicipality(source, 'nowhere')).toThrow('no municipality "nowhere"');
  });
});

describe('the real content folder', { timeout: 60_000 }, () => {
  const loaded = loadContent(REAL_CONTENT);

  it('loads with no problems', () => {
    expect(loaded.problems).toEqual([]);
  });

  // The whole content: the verifier's budget is 10 s (DESIGN.md), more than the default 5 s on a busy machine.
  it('passes the verifier as of 2026-11-24', { timeout: 30_000 }, () => {
    expect(verify(loaded.source, '2026-11-24').problems).toEqual([]);
  });

  describe('compiled for Ishøj', () => {
    const bundle = compileMunicipality(loaded.source, 'ishoj');
    // Outcomes a static condition rules out for Ishøj need no texts, so only reachable ones count.
    const reachable = verify(loaded.source, '2026-11-24')
      .detail.filter((d) => d.municipality === 'ishoj')
      .flatMap((d) => d.outcomes);
    const reachableTextIds = new Set(
      reachable.flatMap((key) => {
        const [flowId = '', nodeId = ''] = key.split('/');
        const node = bundle.flows[flowId]?.nodes[nodeId];
        return node?.kind === 'outcome' ? node.sections.map((s) => s.text) : [];
      }),
    );
    const rendered = Object.entries(bundle.texts).flatMap(([id, byLocale]) =>
      LOCALES.map((locale) => ({ id, locale, text: byLocale[locale] })),
    );

    it('has every text of every outcome Ishøj can reach, in both locales', () => {
      expect(reachableTextIds.size).toBeGreaterThan(0);
      for (const id of reachableTextIds) {
        for (const locale of LOCALES) {
          const text = bundle.texts[id]?.[locale];
          expect(text?.title, `${id}.${locale}`).toBeTruthy();
          expect(text?.html, `${id}.${locale}`).toBeTruthy();
        }
      }
    });

    it('leaves no placeholder unfilled in any text, flow or deadline', () => {
      for (const { id, locale, text } of rendered) {
        expect(text.html, `${id}.${locale}`).not.toContain('{{');
        expect(text.title, `${id}.${locale}`).not.toContain('{{');
      }
      expect(JSON.stringify(bundle.flows)).not.toContain('{{');
      expect(JSON.stringify(bundle.deadlines)).not.toContain('{{');
    });

    it('gives every external link rel="noopener noreferrer"', () => {
      const links = rendered.flatMap(({ text }) => externalLinks(text.html));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toContain('rel="noopener noreferrer"');
    });

    it('carries every source its texts cite', () => {
      const cited = new Set(rendered.flatMap(({ text }) => text.sources));
      expect(cited.size).toBeGreaterThan(0);
      for (const id of cited) expect(bundle.sources[id], id).toBeDefined();
    });
  });
});
