/**
 * The next step as data: the checks the verifier makes of each outcome's step (every path has
 * one, a waiting step is the municipality's and dated, no waiting date on a result that offers
 * something now, no "apply" under "Du kan få det"), and how the engine resolves it.
 */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/engine/model/deadline';
import type { NextStep, OutcomeNode } from '../../src/engine/model/flow';
import type { Municipality } from '../../src/engine/model/municipality';
import { resolveContact, resolveNextStep } from '../../src/engine/next-step';
import { timeline } from '../../src/engine/timeline';
import { checkNextStep } from '../../src/engine/verify/check-next-step';

const p = (text: string) => ({ da: text, en: text });

const deadline = (more: Partial<Deadline> = {}): Deadline => ({
  label: p('Label'),
  from: 'applicationReceived',
  amount: 10,
  unit: 'workingDays',
  kind: 'serviceTarget',
  bound: 'latest',
  rollForward: false,
  rule: p('Rule'),
  whenPassed: p('Passed'),
  source: 'law',
  ...more,
});

const shared: Record<string, Deadline> = {
  complaint: deadline({ from: 'decisionReceived', amount: 4, unit: 'weeks', kind: 'legal', rollForward: true }),
  'new-course': deadline({ from: 'courseEnded', amount: 5, unit: 'months', kind: 'earliestDate', bound: 'earliest' }),
};

const alpha: Pick<Municipality, 'id' | 'contacts' | 'links' | 'deadlines' | 'mainContact'> = {
  id: 'alpha',
  mainContact: 'centre',
  contacts: { centre: { name: p('Training centre'), phone: '12 34 56 78' } },
  links: { form: { url: 'https://example.dk/form', label: p('Form') } },
  deadlines: { 'first-meeting': deadline() },
};

const outcome = (nextStep: NextStep[], more: Partial<OutcomeNode> = {}): OutcomeNode => ({
  kind: 'outcome',
  type: 'offer',
  title: p('Outcome'),
  summary: p('Summary'),
  sections: [{ text: 'a' }],
  deadlines: [{ deadline: 'first-meeting' }, { deadline: 'complaint' }, { deadline: 'new-course' }],
  parameters: [],
  nextStep,
  ...more,
});

const problems = (node: OutcomeNode) =>
  checkNextStep('demo/out', node, alpha, shared, 'flow.yaml').problems.map((x) => x.message);

describe('checkNextStep', () => {
  it('accepts a dated wait for the municipality and lists it', () => {
    const node = outcome([{ actor: 'municipality', action: 'waitInvitation', deadline: 'first-meeting' }], {
      status: 'decides',
    });
    expect(problems(node)).toEqual([]);
    expect(checkNextStep('demo/out', node, alpha, shared, 'f').steps).toEqual([
      { actor: 'municipality', action: 'waitInvitation', deadline: 'first-meeting' },
    ]);
  });

  it('rejects a wait with no date, or by someone other than the municipality', () => {
    expect(problems(outcome([{ actor: 'municipality', action: 'waitInvitation' }]))).toEqual([
      'demo/out: nextStep "waitInvitation" needs a deadline alpha has, to say by when the municipality acts',
    ]);
    expect(problems(outcome([{ actor: 'person', action: 'waitDecision', deadline: 'first-meeting' }]))).toEqual([
      'demo/out: nextStep "waitDecision" is a wait for the municipality: its actor must be municipality',
    ]);
  });

  it('rejects a wait dated only by a deadline the municipality does not have', () => {
    const node = outcome([{ actor: 'municipality', action: 'waitInvitation', deadline: 'invitation' }], {
      deadlines: [{ deadline: 'invitation', role: true }],
    });
    expect(problems(node)).toContain(
      'demo/out: nextStep "waitInvitation" needs a deadline alpha has, to say by when the municipality acts',
    );
  });

  it('rejects a last step with a condition, so that no path is left without one', () => {
    const when = { test: 'answer' as const, node: 'q', in: ['yes'] };
    expect(problems(outcome([{ when, actor: 'person', action: 'nothing' }]))).toContain(
      'demo/out: nextStep the last step needs no `when`, so that every path has a next step',
    );
  });

  it('rejects a waiting date as the step of a result that offers something now', () => {
    expect(problems(outcome([{ actor: 'person', action: 'nothing', deadline: 'new-course' }]))).toEqual([
      'demo/out: nextStep is dated by the earliest date "new-course": a waiting date is never the next step of a result that offers something now',
    ]);
    // "Ikke nu": the date it changes is the point.
    expect(
      problems(outcome([{ actor: 'person', action: 'nothing', deadline: 'new-course' }], { status: 'notNow' })),
    ).toEqual([]);
  });

  it('rejects "apply" under "Du kan få det"', () => {
    expect(problems(outcome([{ actor: 'person', action: 'apply' }]))).toEqual([
      'demo/out: nextStep asks the person to apply: the status must be canApply or decides, not canGet',
    ]);
    expect(problems(outcome([{ actor: 'person', action: 'apply' }], { status: 'canApply' }))).toEqual([]);
  });

  it('names a contact, link or deadline that is not there', () => {
    expect(
      problems(
        outcome([{ actor: 'person', action: 'call', contact: 'mayor', link: 'leaflet', deadline: 'gone' }], {
          type: 'referral',
        }),
      ),
    ).toEqual([
      'demo/out: nextStep names the contact "mayor", which is neither one of alpha\'s contacts nor main, municipality, hospital, doctor, patient-complaints',
      'demo/out: nextStep names the link "leaflet", which alpha does not have',
      'demo/out: nextStep names the deadline "gone", which is not one of the outcome\'s deadlines',
    ]);
  });
});

describe('resolveContact', () => {
  it('finds the municipality’s own contact, its main contact, and the parties every municipality has', () => {
    expect(resolveContact(alpha, 'centre')).toEqual({ kind: 'contact', contact: alpha.contacts.centre });
    expect(resolveContact(alpha, 'main')).toEqual({ kind: 'contact', contact: alpha.contacts.centre });
    expect(resolveContact({ contacts: {} }, 'main')).toEqual({ kind: 'party', party: 'municipality' });
    expect(resolveContact(alpha, 'doctor')).toEqual({ kind: 'party', party: 'doctor' });
    expect(resolveContact(alpha, 'mayor')).toBeUndefined();
  });
});

describe('resolveNextStep', () => {
  const deadlines = { ...shared, 'first-meeting': deadline() };
  const entries = timeline(['first-meeting', 'complaint'], deadlines, { decisionReceived: '2026-11-29' }, '2026-12-06');

  it('dates the step by the first of its deadlines the outcome has here', () => {
    const step = resolveNextStep(
      { actor: 'person', action: 'complain', contact: 'municipality', deadline: ['first-meeting', 'complaint'] },
      alpha,
      entries,
      {},
    );
    // first-meeting has no start date here but is listed: it is the one that dates the step.
    expect(step.deadline).toBe('first-meeting');
    expect(step.entry?.date).toBeUndefined();
    const complaint = resolveNextStep(
      { actor: 'person', action: 'complain', deadline: ['invitation', 'complaint'] },
      alpha,
      entries,
      {},
    );
    expect(complaint.entry?.date).toBe('2026-12-28');
    expect(complaint.ifNothing).toBeUndefined();
  });

  it('names whom to contact if nothing happens on a waiting step, and shows a date the person gave', () => {
    const wait = resolveNextStep({ actor: 'municipality', action: 'waitInvitation' }, alpha, [], {});
    expect(wait.ifNothing).toEqual({ kind: 'contact', contact: alpha.contacts.centre });
    const start = resolveNextStep({ actor: 'person', action: 'startTraining', on: 'offerStart' }, alpha, [], {
      offerStart: '2026-12-08',
    });
    expect(start.on).toEqual({ event: 'offerStart', date: '2026-12-08' });
    expect(resolveNextStep({ actor: 'person', action: 'apply', link: 'form' }, alpha, [], {}).link?.url).toBe(
      'https://example.dk/form',
    );
  });
});
