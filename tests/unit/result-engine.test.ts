/**
 * The engine's parts of a result a person can act on: planned dates, assumed dates,
 * conclusions drawn from content, and deadlines that count from the first known event.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, holds, validateAnswer, type Evaluation } from '../../src/engine/evaluate';
import { timeline } from '../../src/engine/timeline';
import type { Deadline } from '../../src/engine/model/deadline';
import type { DateNode, Flow, OutcomeNode } from '../../src/engine/model/flow';

// Tiny made-up flows: a change to real content never breaks these tests.
const TODAY = '2026-03-10';
const p = (text: string) => ({ da: text, en: text });
const municipality = { offers: ['f'], describes: [], facts: [] };

const dateNode = (range: DateNode['range'], extra: Partial<DateNode> = {}): DateNode => ({
  kind: 'date',
  question: p('When?'),
  range,
  events: [],
  next: 'done',
  unknown: 'done',
  ...extra,
});

const outcome: OutcomeNode = {
  kind: 'outcome',
  type: 'offer',
  title: p('Outcome'),
  summary: p('Summary'),
  sections: [
    { text: 'a' },
    { text: 'complaints', print: true },
    { text: 'programme', afterwards: true, when: { test: 'answer', node: 'travel', in: ['yes'] } },
  ],
  deadlines: [{ deadline: 'start' }],
  parameters: [],
  nextStep: [{ actor: 'person', action: 'nothing' }],
  conclusions: ['transport'],
};

const flow: Flow = {
  id: 'f',
  law: p('Law'),
  title: p('Title'),
  start: 'discharge',
  nodes: {
    discharge: dateNode('pastOrPlanned', { events: ['discharge'], next: 'received', unknown: 'received' }),
    received: dateNode('pastOrPlanned', {
      events: ['planReceived'],
      next: 'travel',
      unknown: 'travel',
      assume: { from: 'discharge', note: p('Assumed the discharge day') },
    }),
    travel: { kind: 'yesNo', question: p('Can you travel?'), next: { yes: 'done', no: 'done' } },
    done: outcome,
  },
  conclusions: {
    transport: {
      title: p('Transport'),
      options: [{ when: { test: 'answer', node: 'travel', in: ['no'] }, verdict: 'yes', text: p('You get it') }],
      otherwise: { verdict: 'no', text: p('You do not, because you can travel') },
    },
  },
};

const run = (answers: Record<string, string>) =>
  evaluate({ f: flow }, 'f', { municipality, answers: { f: answers }, today: TODAY }) as Extract<
    Evaluation,
    { status: 'outcome' }
  >;

describe('validateAnswer for planned dates', () => {
  it('accepts a date up to six months ahead and today', () => {
    expect(validateAnswer(dateNode('pastOrPlanned'), '2026-03-12', TODAY)).toBeNull();
    expect(validateAnswer(dateNode('pastOrPlanned'), '2026-09-10', TODAY)).toBeNull();
    expect(validateAnswer(dateNode('pastOrPlanned'), '2025-03-10', TODAY)).toBeNull();
  });
  it('rejects a date more than six months ahead', () => {
    expect(validateAnswer(dateNode('pastOrPlanned'), '2026-09-11', TODAY)).toBe('dateTooFarAhead');
  });
  it('still rejects a future date where the event has happened (a letter received)', () => {
    expect(validateAnswer(dateNode('past'), '2026-03-11', TODAY)).toBe('dateInFuture');
  });
});

describe('evaluate: assumptions and conclusions', () => {
  it('counts an unknown date from the event it assumes, and says so', () => {
    const r = run({ discharge: '2026-03-12', received: 'unknown', travel: 'yes' });
    expect(r.events).toEqual({ discharge: '2026-03-12', planReceived: '2026-03-12' });
    expect(r.assumptions.map((a) => a.note.da)).toEqual(['Assumed the discharge day']);
  });
  it('assumes nothing when the date is given', () => {
    const r = run({ discharge: '2026-03-01', received: '2026-03-03', travel: 'yes' });
    expect(r.events.planReceived).toBe('2026-03-03');
    expect(r.assumptions).toEqual([]);
  });
  it('assumes nothing when the date it would count from is unknown too', () => {
    const r = run({ discharge: 'unknown', received: 'unknown', travel: 'yes' });
    expect(r.events).toEqual({});
    expect(r.assumptions).toEqual([]);
  });
  it('draws the conclusion whose condition holds, else the otherwise', () => {
    expect(run({ discharge: 'unknown', received: 'unknown', travel: 'no' }).conclusions).toEqual([
      { id: 'transport', title: p('Transport'), verdict: 'yes', text: p('You get it') },
    ]);
    expect(run({ discharge: 'unknown', received: 'unknown', travel: 'yes' }).conclusions[0]?.verdict).toBe('no');
  });
  it('lists the texts printed even when closed', () => {
    expect(run({ discharge: 'unknown', received: 'unknown', travel: 'yes' }).printed).toEqual(['complaints']);
  });
  it('lists a second need that comes afterwards, after its condition', () => {
    expect(run({ discharge: 'unknown', received: 'unknown', travel: 'yes' }).afterwards).toEqual(['programme']);
    expect(run({ discharge: 'unknown', received: 'unknown', travel: 'no' }).afterwards).toEqual([]);
  });
});

describe('holds: daysAfter', () => {
  const ctx = (answers: Record<string, string>) => ({ municipality, answers, today: TODAY });
  const c = { test: 'daysAfter' as const, node: 'offered', after: ['plan-start', 'discharge'], days: 7 };
  it('compares with the first of `after` that has a date', () => {
    expect(holds(c, ctx({ offered: '2026-03-09', discharge: '2026-03-01' }))).toBe(true);
    expect(holds(c, ctx({ offered: '2026-03-08', discharge: '2026-03-01' }))).toBe(false);
    expect(holds(c, ctx({ offered: '2026-03-09', 'plan-start': '2026-03-05', discharge: '2026-03-01' }))).toBe(false);
    expect(holds(c, ctx({ offered: '2026-03-09', 'plan-start': 'unknown', discharge: '2026-03-01' }))).toBe(true);
  });
  it('does not hold without dates', () => {
    expect(holds(c, ctx({ offered: 'unknown', discharge: '2026-03-01' }))).toBe(false);
    expect(holds(c, ctx({ offered: '2026-03-09' }))).toBe(false);
  });
});

describe('timeline', () => {
  const d = (from: Deadline['from'], amount: number, bound: Deadline['bound'] = 'latest'): Deadline => ({
    label: p('Label'),
    from,
    amount,
    unit: 'calendarDays',
    kind: 'legal',
    bound,
    rollForward: false,
    rule: p('Rule'),
    whenPassed: p('Do this now'),
    source: 's',
  });
  it('counts from the first event the citizen gave', () => {
    const deadlines = { free: d(['planStart', 'discharge'], 7) };
    expect(timeline(['free'], deadlines, { discharge: '2026-03-01' }, TODAY)[0]?.date).toBe('2026-03-08');
    const later = timeline(['free'], deadlines, { discharge: '2026-03-01', planStart: '2026-03-20' }, TODAY)[0];
    expect(later).toMatchObject({ date: '2026-03-27', fromEvent: 'planStart', planned: true });
  });
  it('marks dates counted from a day still ahead as planned', () => {
    const [e] = timeline(['c'], { c: d('discharge', 4) }, { discharge: '2026-03-12' }, TODAY);
    expect(e).toMatchObject({ planned: true, date: '2026-03-16', passed: false });
  });
  it('puts passed deadlines first, then dated ones earliest first, then undated', () => {
    const deadlines = { undated: d('decisionReceived', 28), late: d('discharge', 20), passed: d('discharge', 2) };
    const ids = timeline(['undated', 'late', 'passed'], deadlines, { discharge: '2026-03-01' }, TODAY).map((e) => e.id);
    expect(ids).toEqual(['passed', 'late', 'undated']);
  });
});

describe('longestPath', () => {
  it('counts the questions on the longest path, deciding routes on facts and following every answer', async () => {
    const { longestPath } = await import('../../src/engine/longest-path');
    const f: Flow = {
      id: 'f',
      law: p('Law'),
      title: p('Title'),
      start: 'a',
      nodes: {
        a: { kind: 'yesNo', question: p('A?'), next: { yes: 'by-fact', no: 'done' } },
        'by-fact': {
          kind: 'route',
          routes: [{ when: { test: 'fact', fact: 'short' }, next: 'done' }],
          otherwise: 'b',
        },
        b: dateNode('past', { next: 'c', unknown: 'done' }),
        c: { kind: 'yesNo', question: p('C?'), next: { yes: 'done', no: 'done' } },
        done: outcome,
      },
    };
    const ctx = (facts: string[]) => ({
      municipality: { offers: ['f'], describes: [], facts },
      answers: {},
      today: TODAY,
    });
    expect(longestPath(f, ctx([]))).toEqual({ questions: 3, path: ['a', 'b', 'c'] });
    expect(longestPath(f, ctx(['short']))).toEqual({ questions: 1, path: ['a'] });
  });
});
