/**
 * Random answer sequences (fast-check) for every flow and municipality: the engine never throws,
 * keeps only answers their question accepts, stops with the validator's own reason, and an outcome
 * shows only texts, deadlines and amounts that exist, with dates on working days where the rule says so.
 * FUZZ_RUNS sets the number of sequences per flow and municipality (default 20,000).
 */
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import {
  candidateAnswers,
  compareIsoDates,
  evaluate,
  isWorkingDay,
  startEvents,
  timeline,
  validateAnswer,
  type Evaluation,
  type MunicipalityBundle,
} from '../../src/engine/index.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20_000);
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

const today = '2026-11-24';

/** What must hold of any evaluation, whatever was answered. */
function check(bundle: MunicipalityBundle, e: Evaluation, answers: Record<string, Record<string, string>>) {
  // Every answer kept on the path is one its question accepts, as given (trimmed).
  for (const step of e.path) {
    const node = bundle.flows[step.flowId]?.nodes[step.nodeId];
    expect(node && node.kind !== 'route' && node.kind !== 'outcome' && node.kind !== 'flow').toBe(true);
    if (node && node.kind !== 'route' && node.kind !== 'outcome' && node.kind !== 'flow') {
      expect(validateAnswer(node, step.answer, today)).toBeNull();
    }
    expect(step.answer).toBe(answers[step.flowId]?.[step.nodeId]?.trim());
  }
  if (e.status === 'question') {
    // Stopped at an unanswered question, or at a rejected answer with the validator's own reason.
    const given = answers[e.flowId]?.[e.nodeId];
    if (given === undefined) expect(e.rejected).toBeUndefined();
    else expect(e.rejected).toBe(validateAnswer(e.node, given, today) ?? 'accepted answer was rejected');
    return;
  }
  // An outcome shows only texts (in both languages), deadlines and amounts that exist.
  for (const id of e.sections) {
    expect(bundle.texts[id]?.da?.html, id).toBeTruthy();
    expect(bundle.texts[id]?.en?.html, id).toBeTruthy();
  }
  for (const id of e.parameters) expect(bundle.parameters[id], id).toBeDefined();
  const entries = timeline(e.deadlines, bundle.deadlines, e.events, today);
  expect(entries.map((t) => t.id).sort()).toEqual([...e.deadlines].sort());
  for (const t of entries) {
    // The count starts from the first of the deadline's events the citizen gave.
    expect(t.from).toBe(t.fromEvent ? e.events[t.fromEvent] : undefined);
    expect(t.fromEvent).toBe(startEvents(t.deadline).find((ev) => e.events[ev] !== undefined));
    if (!t.date || !t.from) continue;
    expect(compareIsoDates(t.date, t.from), t.id).toBe(1);
    if (t.deadline.rollForward || t.deadline.unit === 'workingDays') expect(isWorkingDay(t.date), t.id).toBe(true);
  }
}

function run(bundle: MunicipalityBundle, entry: string) {
  // Each step either picks one of the question's own answers or a random string.
  const sequence = fc.array(fc.tuple(fc.boolean(), fc.nat(), answerArb), { minLength: 1, maxLength: 14 });
  let outcomes = 0;
  fc.assert(
    fc.property(sequence, (steps) => {
      const answers: Record<string, Record<string, string>> = {};
      let e = evaluate(bundle.flows, entry, { municipality: bundle.municipality, answers, today });
      for (const [pickValid, index, random] of steps) {
        if (e.status === 'outcome') break;
        const flow = bundle.flows[e.flowId];
        const valid = flow ? candidateAnswers(flow, e.nodeId, today) : [];
        const value = pickValid ? (valid[index % valid.length] ?? random) : random;
        (answers[e.flowId] ??= {})[e.nodeId] = value;
        e = evaluate(bundle.flows, entry, { municipality: bundle.municipality, answers, today });
      }
      check(bundle, e, answers);
      if (e.status === 'outcome') outcomes++;
    }),
    { numRuns: RUNS },
  );
  return outcomes;
}

describe('random answers never break the engine', () => {
  // The 95 municipalities without their own folder share one national base: Brøndby stands for them.
  const ids = Object.entries(source.municipalities)
    .filter(([id, m]) => m.overlay !== false || id === 'brondby')
    .map(([id]) => id);
  for (const id of ids.sort()) {
    const bundle = compileMunicipality(source, id);
    for (const flow of bundle.municipality.offers) {
      it(`${id} / ${flow}: ${RUNS} random answer sequences`, { timeout: 600_000 }, () => {
        expect(run(bundle, flow)).toBeGreaterThan(0);
      });
    }
  }
});
