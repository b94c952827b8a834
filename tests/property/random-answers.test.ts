/**
 * Random answer sequences (fast-check) for every flow and municipality end in an
 * outcome or a question with a validation message; the engine never throws.
 * FUZZ_RUNS sets the number of sequences per flow and municipality (default 100,000).
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import { candidateAnswers, evaluate, type MunicipalityBundle } from '../../src/engine/index.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const { source } = loadContent(resolve(import.meta.dirname, '../../content'));

/** Any string a tampered link or storage could hold, biased towards near-valid answers. */
const answerArb = fc.oneof(
  fc.constantFrom(
    'yes',
    'no',
    'dontKnow',
    'unknown',
    '',
    ' ',
    'YES',
    '2026-02-30',
    '1999-12-31',
    '2100-01-01',
    '-1',
    '1e9',
    '3,5',
  ),
  fc.string({ maxLength: 12 }),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2110-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: -1000, max: 1000 }).map(String),
);

function run(bundle: MunicipalityBundle, entry: string) {
  const today = '2026-11-24';
  // Each step either picks one of the question's own answers or a random string.
  const sequence = fc.array(fc.tuple(fc.boolean(), fc.nat(), answerArb), { minLength: 1, maxLength: 14 });
  let outcomes = 0;
  fc.assert(
    fc.property(sequence, (steps) => {
      const answers: Record<string, Record<string, string>> = {};
      let e = evaluate(bundle.flows, entry, { municipality: bundle.municipality, answers, today });
      for (const [pickValid, index, random] of steps) {
        if (e.status === 'outcome') break;
        const valid = candidateAnswers(e.node, today);
        const value = pickValid ? (valid[index % valid.length] ?? random) : random;
        (answers[e.flowId] ??= {})[e.nodeId] = value;
        e = evaluate(bundle.flows, entry, { municipality: bundle.municipality, answers, today });
        if (e.status === 'question' && e.rejected) expect(typeof e.rejected).toBe('string');
      }
      if (e.status === 'outcome') outcomes++;
      expect(['question', 'outcome']).toContain(e.status);
    }),
    { numRuns: RUNS },
  );
  return outcomes;
}

describe('random answers never break the engine', () => {
  for (const id of Object.keys(source.municipalities).sort()) {
    const bundle = compileMunicipality(source, id);
    for (const flow of bundle.municipality.offers) {
      it(
        `${id} / ${flow}: ${RUNS} random sequences end in an outcome or a validation message`,
        { timeout: 600_000 },
        () => {
          expect(run(bundle, flow)).toBeGreaterThan(0);
        },
      );
    }
  }
});
