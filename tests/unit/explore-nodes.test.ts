import { describe, expect, it } from 'vitest';
import { examplePaths } from '../../src/engine/explore';
import type { Flow, FlowNode } from '../../src/engine/model/flow';
import { answerValues, isQuestionNode, successors } from '../../src/engine/model/nodes';

const p = (text: string) => ({ da: text, en: text });
const outcome: FlowNode = {
  kind: 'outcome',
  type: 'offer',
  title: p('o'),
  summary: p('s'),
  sections: [],
  deadlines: [],
  parameters: [],
  nextStep: [{ actor: 'person', action: 'nothing' }],
};
const yesNo: FlowNode = { kind: 'yesNo', question: p('Q?'), next: { yes: 'a', no: 'b' } };
const yesNoDontKnow: FlowNode = { kind: 'yesNo', question: p('Q?'), next: { yes: 'a', no: 'b', dontKnow: 'c' } };
const choice: FlowNode = {
  kind: 'choice',
  question: p('Which?'),
  options: [
    { value: 'x', label: p('x'), next: 'a' },
    { value: 'y', label: p('y'), next: 'b' },
  ],
};
const date: FlowNode = { kind: 'date', question: p('When?'), range: 'past', events: [], next: 'a', unknown: 'c' };
const number: FlowNode = { kind: 'number', question: p('How many?'), min: 0, max: 9, integer: true, next: 'a' };
const route: FlowNode = { kind: 'route', routes: [{ when: { test: 'fact', fact: 'f' }, next: 'a' }], otherwise: 'b' };
const flowNode: FlowNode = { kind: 'flow', flow: 'other' };

describe('flow nodes', () => {
  it('questions are the nodes the citizen answers', () => {
    expect([yesNo, choice, date, number].every(isQuestionNode)).toBe(true);
    expect([route, outcome, flowNode].some(isQuestionNode)).toBe(false);
  });

  it('lists every node a node can lead to, in order', () => {
    expect(successors(yesNo)).toEqual(['a', 'b']);
    expect(successors(yesNoDontKnow)).toEqual(['a', 'b', 'c']);
    expect(successors(choice)).toEqual(['a', 'b']);
    expect(successors(date)).toEqual(['a', 'c']);
    expect(successors(number)).toEqual(['a']);
    expect(successors(route)).toEqual(['a', 'b']);
    expect(successors(outcome)).toEqual([]);
    expect(successors(flowNode)).toEqual([]);
  });

  it('lists the answers a choice or yes/no question accepts', () => {
    expect(answerValues(yesNo)).toEqual(['yes', 'no']);
    expect(answerValues(yesNoDontKnow)).toEqual(['yes', 'no', 'dontKnow']);
    expect(answerValues(choice)).toEqual(['x', 'y']);
    expect(answerValues(date)).toBeUndefined();
    expect(answerValues(number)).toBeUndefined();
  });
});

describe('examplePaths', () => {
  const flows: Record<string, Flow> = {
    entry: {
      id: 'entry',
      title: p('entry'),
      law: p('law'),
      start: 'q',
      nodes: {
        q: { kind: 'yesNo', question: p('Q?'), next: { yes: 'age', no: 'no-out' } },
        age: { kind: 'number', question: p('Age?'), min: 0, max: 120, integer: true, next: 'r' },
        r: {
          kind: 'route',
          routes: [{ when: { test: 'numberAtLeast', node: 'age', value: 67 }, next: 'old' }],
          otherwise: 'to-other',
        },
        'to-other': { kind: 'flow', flow: 'other' },
        old: outcome,
        'no-out': outcome,
      },
    },
    other: {
      id: 'other',
      title: p('other'),
      law: p('law'),
      start: 'pick',
      nodes: { pick: { ...choice, options: [{ value: 'x', label: p('x'), next: 'end' }] }, end: outcome },
    },
  } as unknown as Record<string, Flow>;
  const ctx = { municipality: { offers: ['entry', 'other'], describes: [], facts: [] }, today: '2026-03-02' };

  it('finds one path per reachable outcome, sorted, with the answers that lead there', () => {
    expect(examplePaths(flows, 'entry', ctx)).toEqual([
      {
        outcome: 'entry/no-out',
        steps: [{ flowId: 'entry', nodeId: 'q', answer: 'no' }],
      },
      {
        outcome: 'entry/old',
        steps: [
          { flowId: 'entry', nodeId: 'q', answer: 'yes' },
          { flowId: 'entry', nodeId: 'age', answer: '120' },
        ],
      },
      {
        outcome: 'other/end',
        steps: [
          { flowId: 'entry', nodeId: 'q', answer: 'yes' },
          { flowId: 'entry', nodeId: 'age', answer: '0' },
          { flowId: 'other', nodeId: 'pick', answer: 'x' },
        ],
      },
    ]);
  });

  it('stops after `limit` evaluations', () => {
    expect(examplePaths(flows, 'entry', ctx, 1)).toEqual([]);
    expect(examplePaths(flows, 'entry', ctx, 2).map((x) => x.outcome)).toEqual([]);
    expect(examplePaths(flows, 'entry', ctx, 4).map((x) => x.outcome)).toEqual(['other/end']);
  });
});
