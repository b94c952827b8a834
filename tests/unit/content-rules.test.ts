import { describe, expect, it } from 'vitest';
import { decideForMunicipality, openRoutes } from '../../src/engine/condition-refs';
import { entryFlow, resolveDeadline, resolveText } from '../../src/engine/content-rules';
import { candidateAnswers } from '../../src/engine/explore';
import type { Condition } from '../../src/engine/model/condition';
import type { Deadline } from '../../src/engine/model/deadline';
import type { Flow, FlowNode } from '../../src/engine/model/flow';

const p = (text: string) => ({ da: text, en: text });
const municipality = { offers: ['guide', 'sl140', 'sl119'], describes: ['sl140'], facts: ['ownTeam'] };

describe('entryFlow', () => {
  it('is the first flow the municipality offers', () => {
    expect(entryFlow({ offers: ['guide', 'sl140'] })).toBe('guide');
    expect(entryFlow({ offers: ['sl86-1'] })).toBe('sl86-1');
  });
});

describe('resolveText and resolveDeadline: the municipality’s own wins', () => {
  const own = { complaints: { da: 'own-da' } };
  const shared = { complaints: { da: 'shared-da', en: 'shared-en' }, other: { en: 'other-en' } };

  it('takes the own text, falls back to the shared one per locale, and else nothing', () => {
    expect(resolveText(own, shared, 'complaints', 'da')).toBe('own-da');
    expect(resolveText(own, shared, 'complaints', 'en')).toBe('shared-en');
    expect(resolveText(own, shared, 'other', 'en')).toBe('other-en');
    expect(resolveText(own, shared, 'other', 'da')).toBeUndefined();
    expect(resolveText(own, shared, 'missing', 'da')).toBeUndefined();
  });

  const deadline = (label: string) => ({ label: p(label) }) as unknown as Deadline;
  it('takes the own deadline and says so, else the shared one, else nothing', () => {
    const m = { deadlines: { contact: deadline('own') } };
    const law = { contact: deadline('law'), complaint: deadline('complaint') };
    expect(resolveDeadline(m, law, 'contact')).toEqual({ deadline: deadline('own'), own: true });
    expect(resolveDeadline(m, law, 'complaint')).toEqual({ deadline: deadline('complaint'), own: false });
    expect(resolveDeadline(m, law, 'missing')).toBeUndefined();
  });
});

describe('decideForMunicipality', () => {
  const answer: Condition = { test: 'answer', node: 'q', in: ['yes'] };
  const offers: Condition = { test: 'describes', flow: 'sl140' };
  const notOffered: Condition = { test: 'describes', flow: 'sl119' };
  const fact: Condition = { test: 'fact', fact: 'ownTeam' };
  const noFact: Condition = { test: 'fact', fact: 'other' };
  const dated: Condition = { test: 'inForce', from: '2027-01-01' };

  it('decides the sections its documents describe and facts, and leaves answers open', () => {
    expect(decideForMunicipality(offers, municipality)).toBe(true);
    expect(decideForMunicipality(notOffered, municipality)).toBe(false);
    expect(decideForMunicipality(fact, municipality)).toBe(true);
    expect(decideForMunicipality(noFact, municipality)).toBe(false);
    expect(decideForMunicipality(answer, municipality)).toBeUndefined();
    expect(decideForMunicipality({ test: 'numberAtLeast', node: 'age', value: 18 }, municipality)).toBeUndefined();
  });

  it('decides dates only when given one', () => {
    expect(decideForMunicipality(dated, municipality)).toBeUndefined();
    expect(decideForMunicipality(dated, municipality, '2026-12-31')).toBe(false);
    expect(decideForMunicipality(dated, municipality, '2027-01-01')).toBe(true);
  });

  it('settles all, any and not whenever the known parts settle them', () => {
    expect(decideForMunicipality({ test: 'all', of: [notOffered, answer] }, municipality)).toBe(false);
    expect(decideForMunicipality({ test: 'all', of: [offers, answer] }, municipality)).toBeUndefined();
    expect(decideForMunicipality({ test: 'all', of: [offers, fact] }, municipality)).toBe(true);
    expect(decideForMunicipality({ test: 'any', of: [offers, answer] }, municipality)).toBe(true);
    expect(decideForMunicipality({ test: 'any', of: [notOffered, answer] }, municipality)).toBeUndefined();
    expect(decideForMunicipality({ test: 'any', of: [notOffered, noFact] }, municipality)).toBe(false);
    expect(decideForMunicipality({ test: 'not', condition: offers }, municipality)).toBe(false);
    expect(decideForMunicipality({ test: 'not', condition: notOffered }, municipality)).toBe(true);
    expect(decideForMunicipality({ test: 'not', condition: answer }, municipality)).toBeUndefined();
  });

  it('opens the undecided routes up to the first that surely holds', () => {
    const route = (...when: Condition[]): Extract<FlowNode, { kind: 'route' }> => ({
      kind: 'route',
      routes: when.map((w, i) => ({ when: w, next: `r${i}` })),
      otherwise: 'else',
    });
    expect(openRoutes(route(answer, notOffered, offers, answer), municipality).map((r) => r.next)).toEqual([
      'r0',
      'r2',
    ]);
    expect(openRoutes(route(notOffered, answer), municipality).map((r) => r.next)).toEqual(['r1', 'else']);
    expect(openRoutes(route(notOffered), municipality)).toEqual([{ next: 'else' }]);
    expect(openRoutes(route(dated), municipality).map((r) => r.next)).toEqual(['r0', 'else']);
    expect(openRoutes(route(dated), municipality, '2027-02-01').map((r) => r.next)).toEqual(['r0']);
  });
});

describe('candidateAnswers come from the flow’s own conditions', () => {
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
  const flow: Flow = {
    id: 'f',
    title: p('f'),
    law: p('law'),
    start: 'age',
    nodes: {
      age: { kind: 'number', question: p('Age?'), min: 0, max: 120, integer: true, next: 'bmi', unknown: 'bmi' },
      bmi: { kind: 'number', question: p('BMI?'), min: 10, max: 60, integer: false, next: 'when' },
      when: { kind: 'date', question: p('When?'), range: 'past', events: [], next: 'planned' },
      planned: { kind: 'date', question: p('Planned?'), range: 'future', events: [], next: 'pick' },
      pick: { kind: 'yesNo', question: p('Pick?'), next: { yes: 'r', no: 'r', dontKnow: 'r' } },
      r: {
        kind: 'route',
        routes: [
          { when: { test: 'numberAtLeast', node: 'age', value: 67 }, next: 'o' },
          { when: { test: 'numberAtLeast', node: 'bmi', value: 30 }, next: 'o' },
          { when: { test: 'daysSinceAtMost', node: 'when', days: 4 }, next: 'o' },
          { when: { test: 'monthsSinceLessThan', node: 'when', months: 5 }, next: 'o' },
        ],
        otherwise: 'o',
      },
      o: outcome,
    },
  } as unknown as Flow;
  const today = '2026-03-31';

  it('crosses each number threshold from both sides, within the range, with "unknown" where allowed', () => {
    expect(candidateAnswers(flow, 'age', today)).toEqual(['0', '120', '67', '66', 'unknown']);
    expect(candidateAnswers(flow, 'bmi', today)).toEqual(['10', '60', '30', '29.5']);
  });

  it('crosses each date threshold from both sides, keeping only dates the question accepts', () => {
    expect(candidateAnswers(flow, 'when', today)).toEqual([
      '2026-03-31',
      '2026-03-27',
      '2026-03-26',
      '2025-10-31',
      '2025-11-01',
    ]);
    expect(candidateAnswers(flow, 'planned', today)).toEqual(['2026-03-31']);
  });

  it('gives every option of a choice or yes/no question, and nothing for other nodes', () => {
    expect(candidateAnswers(flow, 'pick', today)).toEqual(['yes', 'no', 'dontKnow']);
    expect(candidateAnswers(flow, 'r', today)).toEqual([]);
    expect(candidateAnswers(flow, 'missing', today)).toEqual([]);
  });
});
