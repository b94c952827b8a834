import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, compileNational, loadContent, splitBundle } from '../../scripts/content/load.ts';
import { scaffoldMunicipality } from '../../scripts/content/scaffold.ts';
import { forMunicipality, verify, withName } from '../../src/engine/index.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const loaded = loadContent(CONTENT);
const { source } = loaded;

/** A throw-away copy of the real content, changed by `edit`. */
function loadChanged(edit: (root: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  const root = join(dir, 'content');
  cpSync(CONTENT, root, { recursive: true });
  try {
    edit(root);
    return loadContent(root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The verifier's budget (DESIGN.md). A mutation run has every mutant compiled into the engine and sets
 * VERIFY_BUDGET_MS to Infinity: there the timing says nothing about the product.
 */
const VERIFY_BUDGET_MS = Number(process.env.VERIFY_BUDGET_MS ?? 10_000);

describe('all of Denmark', { timeout: 60_000 }, () => {
  it('lists the 98 municipalities by kommunekode, five regions, and verifies them all without problems', () => {
    const entries = Object.values(source.register?.entries ?? {});
    expect(entries).toHaveLength(98);
    expect(new Set(entries.map((e) => e.code)).size).toBe(98);
    const byRegion: Record<string, number> = {};
    for (const e of entries) byRegion[e.region] = (byRegion[e.region] ?? 0) + 1;
    expect(byRegion).toEqual({
      Hovedstaden: 29,
      Sjælland: 17,
      Syddanmark: 22,
      Midtjylland: 19,
      Nordjylland: 11,
    });
    // The budget is the verifier's own work: CPU time, which other processes on a shared machine do not inflate.
    const started = process.cpuUsage();
    const report = verify(source, '2026-03-02');
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(VERIFY_BUDGET_MS);
    expect([...loaded.problems, ...report.problems]).toEqual([]);
    expect(report.municipalities).toHaveLength(98);
  });

  it('serves the three municipalities with their own documents from their folders, the other 95 from the national base', () => {
    const own = Object.values(source.municipalities).filter((m) => m.overlay !== false);
    expect(own.map((m) => m.municipality.id).sort()).toEqual(['ishoj', 'naestved', 'vallensbaek']);
    const brondby = source.municipalities.brondby;
    expect(brondby?.overlay).toBe(false);
    expect(brondby?.municipality.name.da).toBe('Brøndby Kommune');
    expect(brondby?.municipality.offers[0]).toBe('guide');
  });

  it('compiles the national base once; filled in for Brøndby it equals Brøndby compiled on its own', () => {
    const national = compileNational(source);
    if (!national) throw new Error('no national base');
    const brondby = source.municipalities.brondby?.municipality;
    if (!brondby) throw new Error('no Brøndby');
    expect(forMunicipality(national, { id: 'brondby', name: brondby.name })).toEqual(
      compileMunicipality(source, 'brondby'),
    );
  });

  it('splits a bundle into the content the questions need and the texts; each part of the national base filled in for Brøndby equals Brøndby compiled on its own', () => {
    const national = compileNational(source);
    const brondby = source.municipalities.brondby?.municipality;
    if (!national || !brondby) throw new Error('no national base or no Brøndby');
    const own = splitBundle(compileMunicipality(source, 'brondby'));
    const base = splitBundle(national);
    expect(Object.keys(base.content).sort()).toEqual(['deadlines', 'flows', 'municipality', 'parameters']);
    expect(Object.keys(base.texts).sort()).toEqual(['glossary', 'sources', 'texts']);
    expect(forMunicipality(base.content, { id: 'brondby', name: brondby.name })).toEqual(own.content);
    expect(withName(base.texts, brondby.name)).toEqual(own.texts);
    expect(JSON.stringify(own.texts)).toContain('Brøndby Kommune');
    expect(JSON.stringify(base.texts)).not.toContain('Brøndby');
  });

  it('puts no fact of Ishøj, Vallensbæk or Næstved into the national base', () => {
    const json = JSON.stringify(compileNational(source));
    for (const fact of ['Ishøj', 'Vallensbæk', 'Næstved', '61 14 60 40', 'Vejlebrovej', 'Træningscenter']) {
      expect(json, fact).not.toContain(fact);
    }
  });
});

/** Verifier problems for a changed copy of the content (load problems first). */
function problemsOf(edit: (root: string) => void) {
  const changed = loadChanged(edit);
  return [...changed.problems, ...verify(changed.source, '2026-03-02').problems];
}
const replaceIn = (root: string, file: string, from: string | RegExp, to: string) => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`nothing to replace in ${file}`);
  writeFileSync(path, after);
};

describe('overlays', { timeout: 60_000 }, () => {
  it('fills the roles of the one § 140 offer from each municipality, and leaves them out of the national base', () => {
    const offer = (id: string) => {
      const node = compileMunicipality(source, id).flows.sl140?.nodes.offer;
      if (node?.kind !== 'outcome') throw new Error('no sl140 offer');
      return { sections: node.sections.map((s) => s.text), deadlines: node.deadlines.map((d) => d.deadline) };
    };
    expect(offer('ishoj').deadlines).toEqual([
      'sl140-contact',
      'sl140-first-meeting',
      'sl140-free-choice-law',
      'sl140-tell-private-choice',
      'complaint-patient-rights',
    ]);
    expect(offer('vallensbaek').deadlines).toEqual([
      'sl140-invitation',
      'sl140-start',
      'sl140-free-choice-law',
      'complaint-patient-rights',
    ]);
    expect(offer('naestved').deadlines).toEqual(['sl140-start', 'sl140-free-choice-law', 'complaint-patient-rights']);
    expect(offer('brondby').deadlines).toEqual(['sl140-free-choice-law', 'complaint-patient-rights']);
    expect(offer('brondby').sections).not.toContain('sl140-contact');
    expect(offer('ishoj').sections).toContain('sl140-contact');
  });

  it("lays each municipality's own § 119 nodes over the one national flow, and no municipality gets another's", () => {
    const sl119 = (id: string) => {
      const flow = compileMunicipality(source, id).flows.sl119;
      if (!flow) throw new Error(`no sl119 for ${id}`);
      return flow;
    };
    expect(source.flows.sl119?.file).toBe('content/flows/sl119.yaml');
    expect(sl119('brondby').start).toBe('referral');
    expect(Object.keys(sl119('brondby').nodes).sort()).toEqual(['get-referral', 'offer', 'referral']);
    expect(sl119('ishoj').start).toBe('disease');
    expect(sl119('naestved').start).toBe('diagnosis');
    // Ishøj replaces the national get-referral with its own; national nodes it no longer reaches are left out.
    const ishojGetReferral = sl119('ishoj').nodes['get-referral'];
    expect(ishojGetReferral?.kind === 'outcome' && ishojGetReferral.sections.map((s) => s.text)).toContain(
      'sl119-smoking',
    );
    expect(sl119('ishoj').nodes.offer).toBeUndefined();
    expect(sl119('ishoj').nodes.diagnosis).toBeUndefined();
    expect(sl119('naestved').nodes.disease).toBeUndefined();
    expect(sl119('brondby').nodes.disease).toBeUndefined();
  });

  it("asks the Ældreloven's questions of § 86 stk. 2 once, for all; Ishøj's own criteria come in where the flow leaves room", () => {
    const ishoj = compileMunicipality(source, 'ishoj').flows['sl86-2'];
    const brondby = compileMunicipality(source, 'brondby').flows['sl86-2'];
    expect(ishoj?.nodes['pension-age']).toEqual(brondby?.nodes['pension-age']);
    expect(ishoj?.nodes['younger-elderly-care']).toEqual(brondby?.nodes['younger-elderly-care']);
    expect(ishoj?.nodes['local-criteria']).toEqual({ kind: 'route', routes: [], otherwise: 'cannot-maintain' });
    expect(brondby?.nodes['local-criteria']).toEqual({ kind: 'route', routes: [], otherwise: 'which-offer' });
    expect(brondby?.nodes['cannot-maintain']).toBeUndefined();
    // The start page's municipality is where the person lives: no one is asked again.
    expect(ishoj?.nodes.resident).toBeUndefined();
  });

  it('gives a section its own documents do not describe from the national base, with its own contact, and none of its own rules there', () => {
    const bundle = (id: string) => compileMunicipality(source, id);
    const nodes = (id: string, flow: string) => Object.keys(bundle(id).flows[flow]?.nodes ?? {}).sort();
    // Every municipality offers every section.
    for (const id of ['ishoj', 'vallensbaek', 'naestved', 'brondby']) {
      expect(Object.keys(bundle(id).flows).sort(), id).toEqual(['guide', 'sl119', 'sl140', 'sl86-1', 'sl86-2']);
    }
    expect(source.municipalities.vallensbaek?.municipality.describes).toEqual(['sl140', 'sl86-1']);
    expect(source.municipalities.naestved?.municipality.describes).toEqual(['sl140', 'sl119']);
    expect(nodes('vallensbaek', 'sl119')).toEqual(nodes('brondby', 'sl119'));
    expect(nodes('vallensbaek', 'sl86-2')).toEqual(nodes('brondby', 'sl86-2'));
    expect(nodes('naestved', 'sl86-1')).toEqual(nodes('brondby', 'sl86-1'));
    expect(nodes('naestved', 'sl86-2')).toEqual(nodes('brondby', 'sl86-2'));
    // Its own text on what its documents cover replaces the national one; the law's texts stay the law's.
    const html = (id: string, text: string) => bundle(id).texts[text]?.da.html ?? '';
    expect(html('vallensbaek', 'national-quality-standard')).toContain('Dette tilbud står ikke i pjecen');
    expect(html('vallensbaek', 'national-quality-standard')).toContain('61 14 60 40');
    expect(html('naestved', 'national-quality-standard')).toContain('Dette tilbud står ikke i kvalitetsstandarden');
    expect(html('vallensbaek', 'sl86-complaints')).toBe(
      html('brondby', 'sl86-complaints').replaceAll('Brøndby', 'Vallensbæk'),
    );
    expect(html('vallensbaek', 'sl86-1-complaints')).toContain('Ishøj Store Torv 20');
    // No overlay's contact reaches another.
    expect(JSON.stringify(bundle('naestved'))).not.toContain('61 14 60 40');
    expect(JSON.stringify(bundle('vallensbaek'))).not.toContain('Sundhedscenter');
  });

  it('reports an overlay that lists offers, a section it describes that the guide does not have, and its own text where its documents are silent', () => {
    const vallensbaek = 'content/municipalities/vallensbaek/municipality.yaml';
    const problems = problemsOf((root) => {
      replaceIn(
        root,
        'municipalities/vallensbaek/municipality.yaml',
        'describes: [sl140, sl86-1]',
        'offers: [guide]\ndescribes: [sl140, sl86-1, sl86-3]',
      );
      replaceIn(root, 'flows/sl86-2.yaml', '        when: { test: describes, flow: sl86-2 }\n', '');
      replaceIn(root, 'municipalities/naestved/municipality.yaml', 'describes: [sl140, sl119]', 'describes: [sl140]');
    });
    expect(problems).toContainEqual({
      file: vallensbaek,
      message:
        'offers: every municipality offers the sections of content/national.yaml; list the sections its own documents describe under describes',
    });
    expect(problems).toContainEqual({
      file: vallensbaek,
      message: 'describes: the guide has no section "sl86-3"; did you mean "sl86-1"?',
    });
    expect(problems).toContainEqual({
      file: vallensbaek,
      message:
        'sl86-2/elderly-act: shows its own text "sl86-contact" in "sl86-2", which its documents do not describe; give the section when: { test: describes, flow: sl86-2 } or use a text only its own nodes name',
    });
    expect(problems).toContainEqual({
      file: 'content/municipalities/naestved/flows/sl119.yaml',
      message: `changes the flow "sl119", which naestved's documents do not describe; add it to describes in municipality.yaml`,
    });
  });

  it('reports an overlay node that replaces a node the flow does not have, adds one it has, or cannot be reached', () => {
    const file = 'content/municipalities/ishoj/flows/sl119.yaml';
    const problems = problemsOf((root) => {
      replaceIn(root, 'municipalities/ishoj/flows/sl119.yaml', /^ {2}get-referral:$/m, '  get-referal:');
      replaceIn(root, 'municipalities/ishoj/flows/sl119.yaml', /^ {2}programme:$/m, '  offer:');
    });
    expect(problems).toContainEqual({
      file,
      message:
        'replace.get-referal: the flow "sl119" has no node "get-referal"; did you mean "get-referral"?; a node only this municipality has goes under add',
    });
    expect(problems).toContainEqual({
      file,
      message: 'add.offer: the flow "sl119" already has this node; list it under replace',
    });
    expect(problems).toContainEqual({ file, message: 'replace.get-referal: cannot be reached from the start' });
  });

  it('reports an overlay flow file named after no flow, with the nearest flow', () => {
    const problems = problemsOf((root) =>
      cpSync(join(root, 'municipalities/ishoj/flows/sl119.yaml'), join(root, 'municipalities/ishoj/flows/sl19.yaml')),
    );
    expect(problems).toContainEqual({
      file: 'content/municipalities/ishoj/flows/sl19.yaml',
      message: 'is named after no flow in content/flows; did you mean "sl119"?; name it <flow>.yaml',
    });
  });

  it('reports a fact an overlay declares that no flow reads, with the nearest one', () => {
    const problems = problemsOf((root) =>
      replaceIn(
        root,
        'municipalities/ishoj/municipality.yaml',
        '  - sl140-one-offer-rule\n',
        '  - sl140-one-offer-rul\n',
      ),
    );
    expect(problems).toContainEqual({
      file: 'content/municipalities/ishoj/municipality.yaml',
      message: 'facts: "sl140-one-offer-rul" is never read by a flow; did you mean "sl140-one-offer-rule"?',
    });
  });

  it('reports a service target for a role no outcome names, with the nearest role', () => {
    const problems = problemsOf((root) =>
      replaceIn(root, 'municipalities/vallensbaek/deadlines/sl140.yaml', /^sl140-start:/m, 'sl140-starts:'),
    );
    expect(problems).toContainEqual({
      file: 'content/municipalities/vallensbaek/municipality.yaml',
      message: 'deadlines.sl140-starts: no outcome names this deadline or role; did you mean "sl140-start"?',
    });
  });

  it('reports an unknown named condition and a law date written as a literal', () => {
    const problems = problemsOf((root) => {
      replaceIn(
        root,
        'flows/sl140.yaml',
        '{ test: condition, name: level-explained }',
        '{ test: condition, name: level-explaned }',
      );
      replaceIn(
        root,
        'flows/sl86-1.yaml',
        '{ test: inForce, since: elderly-act }',
        "{ test: inForce, from: '2025-07-01' }",
      );
    });
    expect(problems).toContainEqual({
      file: 'content/flows/sl140.yaml',
      message:
        'nodes.offer: the condition "level-explaned" is not in this flow\'s conditions; did you mean "level-explained"?',
    });
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('write the date as a law date with its source'),
    );
  });
});

describe('npm run new-municipality', { timeout: 60_000 }, () => {
  it('writes a minimal overlay for a listed municipality that passes the verifier', () => {
    let written = '';
    const changed = loadChanged((root) => {
      written = readFileSync(scaffoldMunicipality(root, 'brondby'), 'utf8');
    });
    expect(written).toContain('id: brondby');
    expect(changed.source.municipalities.brondby?.overlay).toBe(true);
    expect([...changed.problems, ...verify(changed.source, '2026-03-02').problems]).toEqual([]);
  });

  it('refuses an id that is not in the national list, suggesting the nearest', () => {
    expect(() => loadChanged((root) => scaffoldMunicipality(root, 'brondbi'))).toThrow(
      '"brondbi" is not in content/municipalities.yaml; did you mean "brondby"?',
    );
  });
});

describe('strict content files', { timeout: 60_000 }, () => {
  it('fails on an unknown key appended to Ishøj municipality.yaml, naming file, key and a suggestion', () => {
    const changed = loadChanged((root) =>
      appendFileSync(join(root, 'municipalities/ishoj/municipality.yaml'), '\nfatcs: [sl140-one-offer-rule]\n'),
    );
    expect(changed.problems).toEqual([
      {
        file: 'content/municipalities/ishoj/municipality.yaml',
        message: 'fatcs: unknown key "fatcs"; did you mean "facts"?',
      },
    ]);
  });

  it('names a misspelt key inside a contact with the keys a contact may have', () => {
    const changed = loadChanged((root) => {
      const file = join(root, 'municipalities/vallensbaek/municipality.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+)phone:/m, '$1phnoe:'));
    });
    expect(changed.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^contacts\.[a-z-]+\.phnoe: unknown key "phnoe"; did you mean "phone"\?$/),
    );
  });

  it('rejects a municipality folder that is not in the national list, suggesting the nearest id', () => {
    const changed = loadChanged((root) =>
      cpSync(join(root, 'municipalities/ishoj'), join(root, 'municipalities/brondbi'), { recursive: true }),
    );
    expect(changed.problems).toContainEqual({
      file: 'content/municipalities/brondbi/municipality.yaml',
      message: 'id: "ishoj" must match the folder name "brondbi"',
    });
  });
});
