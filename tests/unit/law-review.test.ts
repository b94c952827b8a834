/**
 * Content checks from the legal review of the guide (pensioners' transport, one English name per
 * rehabilitation level, the English relative voice, the 2027 reform): each pins a reading of the
 * law or the seeds that a rewrite could otherwise lose without any scenario noticing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import { entryFlow, evaluate, type MunicipalityBundle } from '../../src/engine/index.ts';
import { inVoice } from '../../src/engine/voice.ts';

const contentDir = resolve(import.meta.dirname, '../../content');
const { source } = loadContent(contentDir);
const bundles = new Map<string, MunicipalityBundle>();
const bundle = (id: string) => {
  let b = bundles.get(id);
  if (!b) bundles.set(id, (b = compileMunicipality(source, id)));
  return b;
};
/** Every content file (flows, texts, deadlines, facts) with its raw text. */
const contentFiles = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(ya?ml|md)$/.test(f))
  .map((f) => ({ file: `content/${f}`, text: readFileSync(join(contentDir, f), 'utf8') }));

/** The question the guide asks next after these § 140 answers. */
function nextSl140Question(municipality: string, sl140: Record<string, string>): string {
  const b = bundle(municipality);
  const result = evaluate(b.flows, entryFlow(b.municipality), {
    municipality: b.municipality,
    answers: { guide: { situation: 'after-hospital' }, sl140 },
    today: '2026-12-06',
  });
  return result.status === 'question' ? `${result.flowId}/${result.nodeId}` : `outcome ${result.nodeId}`;
}

describe('pensioners’ transport (BEK 816/2018 ch. 3-5, the Vejledning ch. 10)', () => {
  const upToTransport = { 'has-plan': 'yes', 'discharge-date': 'unknown', 'plan-level': 'basal' };

  it('asks about the pension before whether the person can take the bus, on the national base and in every overlay', () => {
    expect(nextSl140Question('brondby', { ...upToTransport, 'plan-start-date': 'unknown' })).toBe('sl140/pension');
    expect(
      nextSl140Question('naestved', {
        ...upToTransport,
        'private-hospital': 'public',
        'plan-start-date': 'unknown',
      }),
    ).toBe('sl140/pension');
    for (const id of ['ishoj', 'vallensbaek']) {
      expect(
        nextSl140Question(id, {
          ...upToTransport,
          'plan-received-date': 'unknown',
          'plan-start-date': 'unknown',
          'same-problem-elsewhere': 'no',
        }),
        id,
      ).toBe('sl140/pension');
    }
  });

  it('never asks a pensioner whether their health rules out the bus: the right does not depend on it', () => {
    const answers = { ...upToTransport, 'plan-start-date': 'unknown', pension: 'yes', 'can-travel': 'no' };
    expect(nextSl140Question('brondby', answers)).toBe('outcome offer');
  });

  it('no text or conclusion gives the pensioners’ right only to those who cannot get there on their own', () => {
    // The narrower wording is Ishøj's standard (003), shown as the document's wording, never as the law.
    const offending = contentFiles.filter(({ text }) =>
      /førtidspension (og|,) kan ikke selv komme|pension and cannot get to the training/.test(text),
    );
    expect(offending.map((f) => f.file)).toEqual([]);
  });

  it('calls førtidspension a disability pension in English, never an early retirement pension', () => {
    const offending = contentFiles.filter(({ text }) => /early retirement pension/i.test(text));
    expect(offending.map((f) => f.file)).toEqual([]);
  });
});

/** Every English sentence in the content: Markdown texts and the `en:` values of the YAML files. */
const englishSentences = contentFiles.flatMap(({ file, text }) => {
  const english = file.endsWith('.en.md')
    ? text
    : [...text.matchAll(/^\s*en:\s*(.+)$/gm)].map((m) => m[1] ?? '').join('\n');
  return english
    .split(/(?<=[.!?])\s+|\n/)
    .filter(Boolean)
    .map((sentence) => ({ file, sentence }));
});

describe('one English name per specialised level (003 "Niveauer"; health-act-140)', () => {
  it('names the hospital’s level "specialised rehabilitation training" and the municipality’s "rehabilitation at specialised level", never the bare "specialised rehabilitation"', () => {
    const bare = englishSentences.filter(({ sentence }) => /specialised rehabilitation(?! training)/i.test(sentence));
    expect(bare).toEqual([]);
  });

  it('never puts the municipality’s level at the hospital', () => {
    const swapped = englishSentences.filter(
      ({ sentence }) => /rehabilitation at specialised level/i.test(sentence) && /hospital/i.test(sentence),
    );
    expect(swapped).toEqual([]);
  });

  it('the hospital-level result uses only the hospital level’s name, for every overlay and the national base', () => {
    for (const id of ['brondby', 'ishoj', 'vallensbaek', 'naestved']) {
      const b = bundle(id);
      const node = b.flows.sl140?.nodes['specialised-training'];
      if (node?.kind !== 'outcome') throw new Error('no specialised-training outcome');
      const english = [
        node.title.en,
        node.summary.en,
        ...node.sections.map((s) => b.texts[s.text]?.en.html ?? ''),
      ].join('\n');
      expect(english, id).toContain('specialised rehabilitation training');
      expect(english, id).not.toMatch(/at specialised level/i);
    }
  });
});

/**
 * The English text a relative reads: each Markdown text in its relative voice, and the YAML's English
 * values (where a relative wording is written out in full under `relative:`).
 */
const relativeEnglish = contentFiles.flatMap(({ file, text }) => {
  if (file.endsWith('.en.md')) return [{ file, text: inVoice(text, 'relative') }];
  if (file.endsWith('.yaml'))
    return [{ file, text: [...text.matchAll(/^\s*en:\s*(.+)$/gm)].map((m) => m[1]).join('\n') }];
  return [];
});

/**
 * Where "you" becomes "they" or "them" in a relative's voice, the case must follow the word's place in
 * the sentence: "stops them", "referred them", "after they last finished". And "the person" stays lower
 * case inside a sentence.
 */
const RELATIVE_VOICE_SLIPS: Array<[string, RegExp]> = [
  [
    '"they" as an object',
    /\b(stops?|prevents?|tells?|helps?|gives?|sends?|asks?|lets?|contacts?|invites?|calls?|refers?|referred|treated|discharged|for|to|with|about|from|of|by|than|without)\s+they\b/i,
  ],
  [
    '"them" as a subject',
    /\b(after|before|when|if|because|until|since|whether|once|while|unless)\s+them\s+(?!and\b|or\b)[a-z]/i,
  ],
  ['"The person" inside a sentence', /[a-z,;:][ \t]+The person\b/],
];

describe('the English relative voice (lint)', () => {
  it('finds each slip it is meant to find', () => {
    const slips = (text: string) => RELATIVE_VOICE_SLIPS.filter(([, re]) => re.test(text)).map(([name]) => name);
    expect(slips(inVoice('If something else stops {you|they}, cancel.', 'relative'))).toEqual(['"they" as an object']);
    expect(slips('ask the doctor that referred they whether')).toEqual(['"they" as an object']);
    expect(slips(inVoice('at the earliest 5 months after {you|them} last finished', 'relative'))).toEqual([
      '"them" as a subject',
    ]);
    expect(slips('Call the centre, and The person gets a time.')).toEqual(['"The person" inside a sentence']);
    expect(
      slips(inVoice('The municipality lets {you|them} choose. If {you|they} cannot come, call.', 'relative')),
    ).toEqual([]);
  });

  it('no content file makes one', () => {
    const found = relativeEnglish.flatMap(({ file, text }) =>
      RELATIVE_VOICE_SLIPS.flatMap(([name, re]) => {
        const m = new RegExp(re.source, re.flags.replace('g', '') + 'g');
        return [...text.matchAll(m)].map((x) => `${file}: ${name}: "${x[0]}"`);
      }),
    );
    expect(found).toEqual([]);
  });
});

describe('rewrites as firm as their seed', () => {
  it('Næstved’s chronic back disorders are never told as plain back pain (004 "Kroniske ryglidelser")', () => {
    const naestved = contentFiles.filter(({ file }) => file.startsWith('content/municipalities/naestved/'));
    expect(naestved.filter(({ text }) => /ondt i ryggen/i.test(text)).map((f) => f.file)).toEqual([]);
  });
});

/**
 * Whether a section's condition holds only before the date `id` in law-dates.yaml (alone or inside an
 * `all`): `before: <id>` as written, or the day before it as the compiled bundle has it (`to`).
 */
function onlyBefore(when: unknown, id: string): boolean {
  if (!when || typeof when !== 'object') return false;
  const c = when as { test?: string; before?: string; to?: string; of?: unknown[] };
  const date = source.lawDates?.dates[id]?.date ?? '';
  if (c.test === 'inForce') return c.before === id || (c.to !== undefined && c.to < date);
  if (c.test === 'all') return (c.of ?? []).some((x) => onlyBefore(x, id));
  return false;
}

describe('the 1 January 2027 reform as a dated rule (regions-2027: L 42, region-east-2027: lov nr. 699/2025)', () => {
  const FUTURE_MOVE = /vil flytte|kan flytte|would move|will move|may move/i;

  it('every text that says the move is still to come is shown only before 1 January 2027, in every flow and overlay', () => {
    const offending: string[] = [];
    for (const id of ['brondby', 'ishoj', 'vallensbaek', 'naestved']) {
      const b = bundle(id);
      for (const flow of Object.values(b.flows)) {
        for (const [nodeId, node] of Object.entries(flow.nodes)) {
          if (node.kind !== 'outcome') continue;
          for (const section of node.sections) {
            const text = b.texts[section.text];
            const words = text ? [text.da.html, text.da.caveats ?? '', text.en.html, text.en.caveats ?? ''] : [];
            if (words.some((w) => FUTURE_MOVE.test(w)) && !onlyBefore(section.when, 'regions-2027')) {
              offending.push(`${id} ${flow.id}/${nodeId}: ${section.text}`);
            }
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('the bill is a pending source whose status is said, the merger a passed law, both switching on the law date', () => {
    const regions = source.sources.sources['regions-2027'];
    const east = source.sources.sources['region-east-2027'];
    expect(regions?.note?.da).toContain('ikke kunnet bekræfte');
    expect(east?.note?.da).toContain('Vedtaget');
    expect(source.lawDates?.dates['regions-2027']?.date).toBe('2027-01-01');
  });
});
