/**
 * The verifier warns when a municipality's flow may ask more than ten questions; the path it prints is
 * the longest one a person can be led along. Small made-up flows, so a change to content never breaks these.
 */
import { describe, expect, it } from 'vitest';
import { longestPath, longestPaths } from '../../src/engine/longest-path';
import type { Condition } from '../../src/engine/model/condition';
import type { Flow, FlowNode } from '../../src/engine/model/flow';

const p = (text: string) => ({ da: text, en: text });
const TODAY = '2026-03-10';
const done: FlowNode = {
  kind: 'outcome',
  type: 'offer',
  title: p('Done'),
  summary: p('Done'),
  sections: [],
  deadlines: [],
  parameters: [],
  nextStep: [{ actor: 'person', action: 'nothing' }],
};
const yesNo = (yes: string, no = 'done'): FlowNode => ({ kind: 'yesNo', question: p('?'), next: { yes, no } });
const flow = (nodes: Record<string, FlowNode>, start = 'start'): Flow => ({
  id: 'f',
  law: p('Law'),
  title: p('Title'),
  start,
  nodes: { done, ...nodes },
});
/** Two questions in a row before the outcome: the long branch. */
const long = { l1: yesNo('l2'), l2: yesNo('done') };
/** A route whose first route leads to the short branch (one question) and otherwise to the long one. */
const routeOn = (when: Condition) =>
  flow({
    start: { kind: 'route', routes: [{ when, next: 'short' }], otherwise: 'l1' },
    short: yesNo('done'),
    ...long,
  });
const ctx = (facts: string[] = [], describes: string[] = [], today = TODAY) => ({
  municipality: { offers: ['f', ...describes], describes, facts },
  answers: {},
  today,
});
const questions = (f: Flow, c = ctx()) => longestPath(f, c).questions;

describe('longestPath', () => {
  it('counts questions only, not routes, outcomes or a jump to another flow', () => {
    const f = flow({
      start: yesNo('route'),
      route: {
        kind: 'route',
        routes: [{ when: { test: 'answer', node: 'start', in: ['yes'] }, next: 'jump' }],
        otherwise: 'done',
      },
      jump: { kind: 'flow', flow: 'other' },
    });
    expect(longestPath(f, ctx())).toEqual({ questions: 1, path: ['start'] });
  });

  it('follows every answer of a choice, a yes/no, a date and a number to the longest branch', () => {
    const f = flow({
      start: {
        kind: 'choice',
        question: p('Which?'),
        options: [
          { value: 'a', label: p('A'), next: 'done' },
          { value: 'b', label: p('B'), next: 'when' },
        ],
      },
      when: { kind: 'date', question: p('When?'), range: 'past', events: [], next: 'done', unknown: 'howMuch' },
      howMuch: {
        kind: 'number',
        question: p('How much?'),
        min: 0,
        max: 9,
        integer: true,
        next: 'done',
        unknown: 'sure',
      },
      sure: { kind: 'yesNo', question: p('Sure?'), next: { yes: 'done', no: 'done', dontKnow: 'last' } },
      last: yesNo('done'),
    });
    expect(longestPath(f, ctx())).toEqual({ questions: 5, path: ['start', 'when', 'howMuch', 'sure', 'last'] });
  });

  it('of two branches as long as each other, shows the first', () => {
    const f = flow({ start: yesNo('a', 'b'), a: yesNo('done'), b: yesNo('done') });
    expect(longestPath(f, ctx()).path).toEqual(['start', 'a']);
  });

  it("decides a route on what the municipality's own documents describe", () => {
    const f = routeOn({ test: 'describes', flow: 'sl86-2' });
    expect(questions(f, ctx([], ['sl86-2']))).toBe(1);
    expect(questions(f, ctx([], []))).toBe(2);
  });

  it('decides a route on a fact of the municipality', () => {
    const f = routeOn({ test: 'fact', fact: 'own-transport' });
    expect(questions(f, ctx(['own-transport']))).toBe(1);
    expect(questions(f, ctx())).toBe(2);
  });

  it('decides a route on the date a law comes into force', () => {
    // The Ældreloven from 1 July 2025: before it, the branch for it is never taken.
    const f = routeOn({ test: 'inForce', from: '2025-07-01' });
    expect(questions(f, ctx([], [], '2025-07-01'))).toBe(1);
    expect(questions(f, ctx([], [], '2025-06-30'))).toBe(2);
  });

  it('decides all, any and not when every part is about the municipality or the date', () => {
    const a: Condition = { test: 'fact', fact: 'a' };
    const b: Condition = { test: 'fact', fact: 'b' };
    expect(questions(routeOn({ test: 'all', of: [a, b] }), ctx(['a']))).toBe(2);
    expect(questions(routeOn({ test: 'all', of: [a, b] }), ctx(['a', 'b']))).toBe(1);
    expect(questions(routeOn({ test: 'any', of: [a, b] }), ctx(['b']))).toBe(1);
    expect(questions(routeOn({ test: 'any', of: [a, b] }), ctx())).toBe(2);
    expect(questions(routeOn({ test: 'not', condition: a }), ctx(['a']))).toBe(2);
    expect(questions(routeOn({ test: 'not', condition: a }), ctx())).toBe(1);
  });

  it('follows both ways of a route on an answer, even inside all, any or not', () => {
    const answer: Condition = { test: 'answer', node: 'x', in: ['yes'] };
    const fact: Condition = { test: 'fact', fact: 'a' };
    // Reversed: the answer's branch is the long one, otherwise the short one.
    const reversed = (when: Condition) =>
      flow({
        start: { kind: 'route', routes: [{ when, next: 'l1' }], otherwise: 'short' },
        short: yesNo('done'),
        ...long,
      });
    for (const when of [
      answer,
      { test: 'all', of: [fact, answer] },
      { test: 'any', of: [fact, answer] },
      { test: 'not', condition: answer },
      { test: 'numberAtLeast', node: 'x', value: 3 },
    ] as Condition[]) {
      expect(questions(reversed(when)), JSON.stringify(when)).toBe(2);
      expect(questions(routeOn(when)), JSON.stringify(when)).toBe(2);
    }
  });

  it('after a route on an answer, a route decided for the municipality still ends the choice', () => {
    const f = flow({
      start: {
        kind: 'route',
        routes: [
          { when: { test: 'answer', node: 'x', in: ['yes'] }, next: 'short' },
          { when: { test: 'fact', fact: 'a' }, next: 'short' },
          { when: { test: 'answer', node: 'y', in: ['yes'] }, next: 'l1' },
        ],
        otherwise: 'l1',
      },
      short: yesNo('done'),
      ...long,
    });
    // With the fact, neither the later route nor otherwise can be reached.
    expect(questions(f, ctx(['a']))).toBe(1);
    expect(questions(f, ctx())).toBe(2);
  });

  it('counts a question reached on several branches once per path', () => {
    const f = flow({ start: yesNo('mid', 'mid'), mid: yesNo('end', 'end'), end: yesNo('done') });
    expect(longestPath(f, ctx())).toEqual({ questions: 3, path: ['start', 'mid', 'end'] });
  });

  it('stops at a node the flow does not have', () => {
    expect(longestPath(flow({ start: yesNo('missing') }), ctx())).toEqual({ questions: 1, path: ['start'] });
  });

  it('ends on a flow that loops back instead of running for ever', () => {
    const f = flow({ start: yesNo('again'), again: yesNo('start') });
    expect(longestPath(f, ctx()).questions).toBeGreaterThan(0);
  });
});

describe('longestPaths', () => {
  it('lists every offered flow for every municipality, longest first, then by municipality', () => {
    const short = { ...flow({ start: yesNo('done') }), id: 'short' };
    const longer = { ...flow({ start: yesNo('l1'), ...long }), id: 'longer' };
    const result = longestPaths(
      { short, longer },
      [
        { id: 'ishoj', offers: ['short', 'unknown-flow'], describes: [], facts: [] },
        { id: 'brondby', offers: ['short', 'longer'], describes: [], facts: [] },
        { id: 'aarhus', offers: ['short'], describes: [], facts: [] },
      ],
      TODAY,
    );
    expect(result).toEqual([
      { municipality: 'brondby', flow: 'longer', questions: 3, path: ['start', 'l1', 'l2'] },
      { municipality: 'aarhus', flow: 'short', questions: 1, path: ['start'] },
      { municipality: 'brondby', flow: 'short', questions: 1, path: ['start'] },
      { municipality: 'ishoj', flow: 'short', questions: 1, path: ['start'] },
    ]);
  });

  it('decides each municipality on its own facts', () => {
    const f = routeOn({ test: 'fact', fact: 'a' });
    const result = longestPaths(
      { f },
      [
        { id: 'b', offers: ['f'], describes: [], facts: [] },
        { id: 'a', offers: ['f'], describes: [], facts: ['a'] },
      ],
      TODAY,
    );
    expect(result.map((r) => [r.municipality, r.questions])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
  });
});
