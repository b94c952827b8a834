import { describe, expect, it } from 'vitest';
import {
  evaluate,
  FlowError,
  holds,
  validateAnswer,
  type Answers,
  type Evaluation,
  type EvaluationContext,
  type JourneyContext,
} from '../../src/engine/evaluate';
import type { Condition } from '../../src/engine/model/condition';
import type {
  ChoiceNode,
  DateNode,
  Flow,
  FlowNode,
  NumberNode,
  OutcomeNode,
  YesNoNode,
} from '../../src/engine/model/flow';

// Tiny made-up flows: a change to real content never breaks these tests.

const TODAY = '2026-03-10';

const p = (text: string) => ({ da: text, en: text });

const outcome = (...sections: OutcomeNode['sections']): OutcomeNode => ({
  kind: 'outcome',
  type: 'offer',
  title: p('Outcome'),
  summary: p('Summary'),
  sections: sections.length ? sections : [{ text: 'some-text' }],
  deadlines: [],
  parameters: [],
  nextStep: [{ actor: 'person', action: 'nothing' }],
});

const choice = (options: Record<string, string>): ChoiceNode => ({
  kind: 'choice',
  question: p('Which?'),
  options: Object.entries(options).map(([value, next]) => ({ value, label: p(value), next })),
});

const yesNo = (next: YesNoNode['next']): YesNoNode => ({ kind: 'yesNo', question: p('Yes or no?'), next });

const date = (range: DateNode['range'], next: string, unknown?: string): DateNode => ({
  kind: 'date',
  question: p('When?'),
  range,
  events: [],
  next,
  ...(unknown ? { unknown } : {}),
});

const number = (options: Partial<NumberNode> & { next: string }): NumberNode => ({
  kind: 'number',
  question: p('How many?'),
  min: 0,
  max: 100,
  integer: true,
  ...options,
});

const flowOf = (start: string, nodes: Record<string, FlowNode>): Flow => ({
  id: 'test-flow',
  law: p('Law'),
  title: p('Title'),
  start,
  nodes,
});

type More = Partial<Pick<JourneyContext, 'municipality' | 'today'>>;

/** A journey context with the answers to the one flow under test. */
const ctx = (answers: Answers, more: More = {}): JourneyContext => ({
  municipality: { offers: ['test-flow'], describes: [], facts: [] },
  answers: { 'test-flow': answers },
  today: TODAY,
  ...more,
});

/** Evaluates a single flow, entered at its start. */
const run = (flow: Flow, context: JourneyContext): Evaluation => evaluate({ [flow.id]: flow }, flow.id, context);

/** A step in the flow under test. */
const step = (nodeId: string, answer: string, flowId = 'test-flow') => ({ flowId, nodeId, answer });

/** The node the citizen is at: the next question or the outcome. */
const at = (e: Evaluation) => e.nodeId;

/**
 * kind ─a→ has-plan ─yes→ when ─(date)→ count ─(number)→ check ┬ count ≥ 18 → adult
 *      │             ├no→ no-plan                                └ otherwise  → child
 *      │             └dontKnow→ plan-unknown
 *      └b→ elsewhere
 * "Ved ikke" on the date or the number goes to `not-sure`.
 */
const questions = flowOf('kind', {
  kind: choice({ a: 'has-plan', b: 'elsewhere' }),
  'has-plan': yesNo({ yes: 'when', no: 'no-plan', dontKnow: 'plan-unknown' }),
  when: date('past', 'count', 'not-sure'),
  count: number({ next: 'check', unknown: 'not-sure' }),
  check: {
    kind: 'route',
    routes: [{ when: { test: 'numberAtLeast', node: 'count', value: 18 }, next: 'adult' }],
    otherwise: 'child',
  },
  adult: outcome(),
  child: outcome(),
  elsewhere: outcome(),
  'no-plan': outcome(),
  'plan-unknown': outcome(),
  'not-sure': outcome(),
});

describe('evaluate', () => {
  describe('questions and answers', () => {
    it('asks the start question when nothing is answered', () => {
      const e = run(questions, ctx({}));
      expect(e).toMatchObject({ status: 'question', nodeId: 'kind', path: [] });
      expect(e.node.kind).toBe('choice');
      expect(e).not.toHaveProperty('rejected');
    });

    it('follows a choice answer to the option it names', () => {
      expect(at(run(questions, ctx({ kind: 'a' })))).toBe('has-plan');
      expect(at(run(questions, ctx({ kind: 'b' })))).toBe('elsewhere');
    });

    it('follows a yes/no answer to yes, no and dontKnow', () => {
      expect(at(run(questions, ctx({ kind: 'a', 'has-plan': 'yes' })))).toBe('when');
      expect(at(run(questions, ctx({ kind: 'a', 'has-plan': 'no' })))).toBe('no-plan');
      expect(at(run(questions, ctx({ kind: 'a', 'has-plan': 'dontKnow' })))).toBe('plan-unknown');
    });

    it('follows a date answer to the next question', () => {
      const e = run(questions, ctx({ kind: 'a', 'has-plan': 'yes', when: '2026-03-01' }));
      expect(e).toMatchObject({ status: 'question', nodeId: 'count' });
    });

    it('follows "unknown" on a date to its unknown branch', () => {
      expect(at(run(questions, ctx({ kind: 'a', 'has-plan': 'yes', when: 'unknown' })))).toBe('not-sure');
    });

    it('follows a number answer through the route to the outcome', () => {
      const base = { kind: 'a', 'has-plan': 'yes', when: '2026-03-01' };
      expect(at(run(questions, ctx({ ...base, count: '18' })))).toBe('adult');
      expect(at(run(questions, ctx({ ...base, count: '17' })))).toBe('child');
    });

    it('follows "unknown" on a number to its unknown branch', () => {
      const e = run(questions, ctx({ kind: 'a', 'has-plan': 'yes', when: '2026-03-01', count: 'unknown' }));
      expect(at(e)).toBe('not-sure');
    });

    it('returns the outcome node and its status at the end of a path', () => {
      const e = run(questions, ctx({ kind: 'b' }));
      expect(e.status).toBe('outcome');
      expect(e.node.kind).toBe('outcome');
    });

    it('lists the answered steps in order in path, without route nodes', () => {
      const e = run(questions, ctx({ count: '40', when: '2026-03-01', 'has-plan': 'yes', kind: 'a' }));
      expect(e.path).toEqual([
        step('kind', 'a'),
        step('has-plan', 'yes'),
        step('when', '2026-03-01'),
        step('count', '40'),
      ]);
    });

    it('records answers in path with surrounding whitespace trimmed', () => {
      const e = run(questions, ctx({ kind: ' a ', 'has-plan': 'yes\n' }));
      expect(e).toMatchObject({
        nodeId: 'when',
        path: [step('kind', 'a'), step('has-plan', 'yes')],
      });
    });

    it('leaves answers to questions off the path out of path', () => {
      const e = run(questions, ctx({ kind: 'b', 'has-plan': 'yes', when: '2026-03-01' }));
      expect(e).toMatchObject({ nodeId: 'elsewhere', path: [step('kind', 'b')] });
    });

    it('ignores answers to questions the flow does not have', () => {
      expect(at(run(questions, ctx({ kind: 'a', 'no-such-question': 'yes' })))).toBe('has-plan');
    });
  });

  describe('stored answers that are not valid', () => {
    const cases: Array<{ name: string; flow: Flow; answer: string; rejected: string }> = [
      {
        name: 'a choice value that is not an option',
        flow: flowOf('q', { q: choice({ a: 'o', b: 'o' }), o: outcome() }),
        answer: 'c',
        rejected: 'notAnOption',
      },
      {
        name: 'a yes/no answer that is neither',
        flow: flowOf('q', { q: yesNo({ yes: 'o', no: 'o' }), o: outcome() }),
        answer: 'maybe',
        rejected: 'notAnOption',
      },
      {
        name: 'dontKnow where the question has no "Ved ikke"',
        flow: flowOf('q', { q: yesNo({ yes: 'o', no: 'o' }), o: outcome() }),
        answer: 'dontKnow',
        rejected: 'notAnOption',
      },
      {
        name: 'a date that does not exist',
        flow: flowOf('q', { q: date('any', 'o'), o: outcome() }),
        answer: '2026-02-30',
        rejected: 'invalidDate',
      },
      {
        name: 'a date in the wrong format',
        flow: flowOf('q', { q: date('any', 'o'), o: outcome() }),
        answer: '10-03-2026',
        rejected: 'invalidDate',
      },
      {
        name: 'a future date where the range is past',
        flow: flowOf('q', { q: date('past', 'o'), o: outcome() }),
        answer: '2026-03-11',
        rejected: 'dateInFuture',
      },
      {
        name: 'a past date where the range is future',
        flow: flowOf('q', { q: date('future', 'o'), o: outcome() }),
        answer: '2026-03-09',
        rejected: 'dateInPast',
      },
      {
        name: 'a number below min',
        flow: flowOf('q', { q: number({ min: 1, next: 'o' }), o: outcome() }),
        answer: '0',
        rejected: 'tooSmall',
      },
      {
        name: 'a number above max',
        flow: flowOf('q', { q: number({ max: 10, next: 'o' }), o: outcome() }),
        answer: '11',
        rejected: 'tooLarge',
      },
      {
        name: 'a fraction where a whole number is asked for',
        flow: flowOf('q', { q: number({ next: 'o' }), o: outcome() }),
        answer: '2.5',
        rejected: 'notWholeNumber',
      },
      {
        name: 'text where a number is asked for',
        flow: flowOf('q', { q: number({ next: 'o' }), o: outcome() }),
        answer: 'ten',
        rejected: 'notANumber',
      },
      {
        name: 'an empty answer',
        flow: flowOf('q', { q: yesNo({ yes: 'o', no: 'o' }), o: outcome() }),
        answer: '  ',
        rejected: 'required',
      },
    ];

    it.each(cases)('returns the question with rejected $rejected for $name', ({ flow, answer, rejected }) => {
      const e = run(flow, ctx({ q: answer }));
      expect(e).toMatchObject({ status: 'question', nodeId: 'q', rejected, path: [] });
    });

    it('keeps the valid steps before the rejected question in path', () => {
      const e = run(questions, ctx({ kind: 'a', 'has-plan': 'yes', when: '2026-13-01', count: '40' }));
      expect(e).toMatchObject({
        status: 'question',
        nodeId: 'when',
        rejected: 'invalidDate',
        path: [step('kind', 'a'), step('has-plan', 'yes')],
      });
    });

    it('accepts today both where the range is past and where it is future', () => {
      expect(at(run(flowOf('q', { q: date('past', 'o'), o: outcome() }), ctx({ q: TODAY })))).toBe('o');
      expect(at(run(flowOf('q', { q: date('future', 'o'), o: outcome() }), ctx({ q: TODAY })))).toBe('o');
    });
  });

  describe('broken flows', () => {
    it('throws a FlowError naming the flow and the node when a node leads nowhere', () => {
      const flow = flowOf('q', { q: yesNo({ yes: 'gone', no: 'o' }), o: outcome() });
      expect(() => run(flow, ctx({ q: 'yes' }))).toThrow(FlowError);
      expect(() => run(flow, ctx({ q: 'yes' }))).toThrow('Flow "test-flow": node "gone" does not exist');
    });

    it('throws a FlowError when the start node does not exist', () => {
      const flow = flowOf('missing', { o: outcome() });
      expect(() => run(flow, ctx({}))).toThrow(FlowError);
    });

    it('does not throw for a missing node on a branch the answers do not take', () => {
      const flow = flowOf('q', { q: yesNo({ yes: 'gone', no: 'o' }), o: outcome() });
      expect(at(run(flow, ctx({ q: 'no' })))).toBe('o');
    });

    it('throws a FlowError instead of looping when route nodes form a cycle', () => {
      const flow = flowOf('r1', {
        r1: { kind: 'route', routes: [{ when: { test: 'fact', fact: 'never' }, next: 'o' }], otherwise: 'r2' },
        r2: { kind: 'route', routes: [{ when: { test: 'fact', fact: 'never' }, next: 'o' }], otherwise: 'r1' },
        o: outcome(),
      });
      expect(() => run(flow, ctx({}))).toThrow(/cycle/);
    });

    it('carries the flow id on the FlowError', () => {
      const flow = flowOf('missing', { o: outcome() });
      try {
        run(flow, ctx({}));
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FlowError);
        expect((e as FlowError).flowId).toBe('test-flow');
        expect((e as FlowError).name).toBe('FlowError');
      }
    });
  });
});

/**
 * pick (a|b|c) → amount (number, may be unknown) → since (any date, may be unknown)
 * → gate: the condition under test → matched, otherwise → unmatched.
 */
function gated(condition: Condition): Flow {
  return flowOf('pick', {
    pick: choice({ a: 'amount', b: 'amount', c: 'amount' }),
    amount: number({ integer: false, next: 'since', unknown: 'since' }),
    since: date('any', 'gate', 'gate'),
    gate: { kind: 'route', routes: [{ when: condition, next: 'matched' }], otherwise: 'unmatched' },
    matched: outcome(),
    unmatched: outcome(),
  });
}

const answered = (more: Record<string, string> = {}): Answers => ({ pick: 'a', amount: '10', since: TODAY, ...more });

function routeTo(condition: Condition, answers: Answers = answered(), more: More = {}): string {
  return run(gated(condition), ctx(answers, more)).nodeId;
}

describe('route conditions', () => {
  it('takes the first route whose condition holds, not a later one', () => {
    const flow = flowOf('gate', {
      gate: {
        kind: 'route',
        routes: [
          { when: { test: 'fact', fact: 'first' }, next: 'one' },
          { when: { test: 'fact', fact: 'second' }, next: 'two' },
        ],
        otherwise: 'three',
      },
      one: outcome(),
      two: outcome(),
      three: outcome(),
    });
    const facts = (f: string[]) => ctx({}, { municipality: { offers: [], describes: [], facts: f } });
    expect(at(run(flow, facts(['first', 'second'])))).toBe('one');
    expect(at(run(flow, facts(['second'])))).toBe('two');
    expect(at(run(flow, facts([])))).toBe('three');
  });

  describe('answer', () => {
    const cond: Condition = { test: 'answer', node: 'pick', in: ['a', 'b'] };
    it('routes to the match when the answer is one of the listed values', () => {
      expect(routeTo(cond, answered({ pick: 'b' }))).toBe('matched');
    });
    it('routes to otherwise when the answer is not listed', () => {
      expect(routeTo(cond, answered({ pick: 'c' }))).toBe('unmatched');
    });
    it('compares the trimmed answer', () => {
      expect(routeTo(cond, answered({ pick: ' a ' }))).toBe('matched');
    });
  });

  describe('numberAtLeast', () => {
    const cond: Condition = { test: 'numberAtLeast', node: 'amount', value: 18 };
    it('holds when the number equals the threshold', () => {
      expect(routeTo(cond, answered({ amount: '18' }))).toBe('matched');
    });
    it('does not hold just below the threshold', () => {
      expect(routeTo(cond, answered({ amount: '17.9' }))).toBe('unmatched');
    });
    it('reads a decimal comma', () => {
      expect(routeTo(cond, answered({ amount: '18,5' }))).toBe('matched');
      expect(routeTo(cond, answered({ amount: '17,5' }))).toBe('unmatched');
    });
    it('does not hold when the number is unknown', () => {
      expect(routeTo(cond, answered({ amount: 'unknown' }))).toBe('unmatched');
    });
  });

  describe('daysSinceAtMost', () => {
    const cond: Condition = { test: 'daysSinceAtMost', node: 'since', days: 7 };
    it('holds on the last day of the period', () => {
      expect(routeTo(cond, answered({ since: '2026-03-03' }))).toBe('matched');
    });
    it('does not hold the day after the period', () => {
      expect(routeTo(cond, answered({ since: '2026-03-02' }))).toBe('unmatched');
    });
    it('holds on the day itself', () => {
      expect(routeTo(cond, answered({ since: TODAY }))).toBe('matched');
    });
    it('counts across a month end', () => {
      const flow = gated(cond);
      const e = run(flow, ctx(answered({ since: '2026-02-24' }), { today: '2026-03-03' }));
      expect(at(e)).toBe('matched');
    });
    it('does not hold when the date is unknown', () => {
      expect(routeTo(cond, answered({ since: 'unknown' }))).toBe('unmatched');
    });
  });

  describe('monthsSinceLessThan', () => {
    const cond: Condition = { test: 'monthsSinceLessThan', node: 'since', months: 6 };
    it('holds the day before the months have passed', () => {
      expect(routeTo(cond, answered({ since: '2025-09-11' }))).toBe('matched');
    });
    it('does not hold on the day the months have passed', () => {
      expect(routeTo(cond, answered({ since: '2025-09-10' }))).toBe('unmatched');
    });
    it('clamps a month end: one month after 31 January is 28 February', () => {
      const oneMonth: Condition = { test: 'monthsSinceLessThan', node: 'since', months: 1 };
      const flow = gated(oneMonth);
      expect(at(run(flow, ctx(answered({ since: '2026-01-31' }), { today: '2026-02-27' })))).toBe('matched');
      expect(at(run(flow, ctx(answered({ since: '2026-01-31' }), { today: '2026-02-28' })))).toBe('unmatched');
    });
    it('does not hold when the date is unknown', () => {
      expect(routeTo(cond, answered({ since: 'unknown' }))).toBe('unmatched');
    });
  });

  describe('describes', () => {
    const cond: Condition = { test: 'describes', flow: 'other-flow' };
    const offers = ['test-flow', 'other-flow'];
    it("holds when the municipality's own documents describe the flow", () => {
      expect(routeTo(cond, answered(), { municipality: { offers, describes: ['other-flow'], facts: [] } })).toBe(
        'matched',
      );
    });
    it('does not hold when the flow is only offered, from the national base', () => {
      expect(routeTo(cond, answered(), { municipality: { offers, describes: ['test-flow'], facts: [] } })).toBe(
        'unmatched',
      );
    });
  });

  describe('fact', () => {
    const cond: Condition = { test: 'fact', fact: 'has-pool' };
    it('holds when the municipality has the fact', () => {
      expect(routeTo(cond, answered(), { municipality: { offers: [], describes: [], facts: ['has-pool'] } })).toBe(
        'matched',
      );
    });
    it('does not hold when the municipality lacks the fact', () => {
      expect(routeTo(cond, answered(), { municipality: { offers: [], describes: [], facts: ['has-gym'] } })).toBe(
        'unmatched',
      );
    });
  });

  describe('inForce', () => {
    const on = (c: Condition, today: string) => routeTo(c, answered({ since: '2026-01-01' }), { today });
    it('holds from its first day on, inclusive', () => {
      const c: Condition = { test: 'inForce', from: '2026-03-10' };
      expect(on(c, '2026-03-09')).toBe('unmatched');
      expect(on(c, '2026-03-10')).toBe('matched');
      expect(on(c, '2027-01-01')).toBe('matched');
    });
    it('holds up to and including its last day', () => {
      const c: Condition = { test: 'inForce', to: '2026-03-10' };
      expect(on(c, '2026-01-01')).toBe('matched');
      expect(on(c, '2026-03-10')).toBe('matched');
      expect(on(c, '2026-03-11')).toBe('unmatched');
    });
    it('holds only inside a window with both bounds', () => {
      const c: Condition = { test: 'inForce', from: '2026-03-01', to: '2026-03-31' };
      expect(on(c, '2026-02-28')).toBe('unmatched');
      expect(on(c, '2026-03-01')).toBe('matched');
      expect(on(c, '2026-03-31')).toBe('matched');
      expect(on(c, '2026-04-01')).toBe('unmatched');
    });
    it('holds on a single day when from equals to', () => {
      const c: Condition = { test: 'inForce', from: '2026-03-10', to: '2026-03-10' };
      expect(on(c, '2026-03-10')).toBe('matched');
      expect(on(c, '2026-03-11')).toBe('unmatched');
    });
  });

  describe('all, any and not', () => {
    const isA: Condition = { test: 'answer', node: 'pick', in: ['a'] };
    const big: Condition = { test: 'numberAtLeast', node: 'amount', value: 50 };
    it('all holds only when every condition holds', () => {
      const c: Condition = { test: 'all', of: [isA, big] };
      expect(routeTo(c, answered({ pick: 'a', amount: '50' }))).toBe('matched');
      expect(routeTo(c, answered({ pick: 'a', amount: '49' }))).toBe('unmatched');
      expect(routeTo(c, answered({ pick: 'b', amount: '50' }))).toBe('unmatched');
    });
    it('any holds when at least one condition holds', () => {
      const c: Condition = { test: 'any', of: [isA, big] };
      expect(routeTo(c, answered({ pick: 'b', amount: '50' }))).toBe('matched');
      expect(routeTo(c, answered({ pick: 'a', amount: '1' }))).toBe('matched');
      expect(routeTo(c, answered({ pick: 'b', amount: '1' }))).toBe('unmatched');
    });
    it('not inverts its condition', () => {
      const c: Condition = { test: 'not', condition: isA };
      expect(routeTo(c, answered({ pick: 'b' }))).toBe('matched');
      expect(routeTo(c, answered({ pick: 'a' }))).toBe('unmatched');
    });
    it('nests: not(any(all(...), ...))', () => {
      const c: Condition = {
        test: 'not',
        condition: {
          test: 'any',
          of: [
            { test: 'all', of: [isA, big] },
            { test: 'fact', fact: 'x' },
          ],
        },
      };
      expect(routeTo(c, answered({ pick: 'a', amount: '60' }))).toBe('unmatched');
      expect(routeTo(c, answered({ pick: 'a', amount: '10' }))).toBe('matched');
      expect(
        routeTo(c, answered({ pick: 'a', amount: '10' }), {
          municipality: { offers: [], describes: [], facts: ['x'] },
        }),
      ).toBe('unmatched');
    });
  });
});

describe('holds', () => {
  const on = (answers: Answers): EvaluationContext => ({
    municipality: { offers: [], describes: [], facts: [] },
    answers,
    today: TODAY,
  });
  const none = on({});
  it('treats a missing answer as not matching every answer test', () => {
    expect(holds({ test: 'answer', node: 'q', in: ['yes'] }, none)).toBe(false);
    expect(holds({ test: 'numberAtLeast', node: 'q', value: 0 }, none)).toBe(false);
    expect(holds({ test: 'daysSinceAtMost', node: 'q', days: 1000 }, none)).toBe(false);
    expect(holds({ test: 'monthsSinceLessThan', node: 'q', months: 1000 }, none)).toBe(false);
  });
  it('does not treat text as a date in date tests', () => {
    expect(holds({ test: 'daysSinceAtMost', node: 'q', days: 7 }, on({ q: 'yes' }))).toBe(false);
    expect(holds({ test: 'monthsSinceLessThan', node: 'q', months: 7 }, on({ q: '2026-02-30' }))).toBe(false);
  });
  it('does not treat text as a number in numberAtLeast', () => {
    expect(holds({ test: 'numberAtLeast', node: 'q', value: 0 }, on({ q: 'many' }))).toBe(false);
  });
});

describe('answers on an abandoned branch', () => {
  /** pick a → extra (yes/no) → gate; pick b → gate. The gate and the outcome read `extra`. */
  const flow = flowOf('pick', {
    pick: choice({ a: 'extra', b: 'gate' }),
    extra: yesNo({ yes: 'gate', no: 'gate' }),
    gate: {
      kind: 'route',
      routes: [{ when: { test: 'answer', node: 'extra', in: ['yes'] }, next: 'extra-yes' }],
      otherwise: 'done',
    },
    'extra-yes': outcome(),
    done: outcome({ text: 'always' }, { text: 'only-extra', when: { test: 'answer', node: 'extra', in: ['no'] } }),
  });

  it('counts an answer given on the current path', () => {
    expect(at(run(flow, ctx({ pick: 'a', extra: 'yes' })))).toBe('extra-yes');
  });

  it('ignores an answer left behind when the citizen changed an earlier answer', () => {
    const e = run(flow, ctx({ pick: 'b', extra: 'yes' }));
    expect(e).toMatchObject({ status: 'outcome', nodeId: 'done', path: [step('pick', 'b')] });
  });

  it('ignores an abandoned answer in outcome section conditions too', () => {
    const e = run(flow, ctx({ pick: 'b', extra: 'no' }));
    expect(e).toMatchObject({ status: 'outcome', nodeId: 'done', sections: ['always'] });
  });
});

describe('outcome sections', () => {
  const flow = flowOf('q', {
    q: yesNo({ yes: 'o', no: 'o', dontKnow: 'o' }),
    o: outcome(
      { text: 'first' },
      { text: 'on-yes', when: { test: 'answer', node: 'q', in: ['yes'] } },
      { text: 'with-fact', when: { test: 'fact', fact: 'pool' } },
      { text: 'not-no', when: { test: 'not', condition: { test: 'answer', node: 'q', in: ['no'] } } },
      { text: 'last' },
    ),
  });

  it('keeps sections without when, and those whose when holds, in declared order', () => {
    const e = run(flow, ctx({ q: 'yes' }));
    expect(e.status === 'outcome' && e.sections).toEqual(['first', 'on-yes', 'not-no', 'last']);
  });

  it('drops sections whose when does not hold', () => {
    const e = run(flow, ctx({ q: 'no' }));
    expect(e.status === 'outcome' && e.sections).toEqual(['first', 'last']);
  });

  it('reads municipality facts in section conditions', () => {
    const e = run(flow, ctx({ q: 'dontKnow' }, { municipality: { offers: [], describes: [], facts: ['pool'] } }));
    expect(e.status === 'outcome' && e.sections).toEqual(['first', 'with-fact', 'not-no', 'last']);
  });
});

describe('validateAnswer', () => {
  const anyDate = date('any', 'o');
  const pastDate = date('past', 'o');
  const maybeDate = date('past', 'o', 'u');
  const whole = number({ min: 0, max: 100, next: 'o' });
  const decimal = number({ min: -5, max: 5, integer: false, next: 'o' });

  it('accepts 29 February in a leap year and rejects it in another year', () => {
    expect(validateAnswer(anyDate, '2028-02-29', TODAY)).toBeNull();
    expect(validateAnswer(anyDate, '2026-02-29', TODAY)).toBe('invalidDate');
  });

  it('rejects days and months that do not exist', () => {
    expect(validateAnswer(anyDate, '2026-04-31', TODAY)).toBe('invalidDate');
    expect(validateAnswer(anyDate, '2026-13-01', TODAY)).toBe('invalidDate');
    expect(validateAnswer(anyDate, '2026-00-10', TODAY)).toBe('invalidDate');
  });

  it('rejects dates outside 2000–2099 and dates not written YYYY-MM-DD', () => {
    expect(validateAnswer(anyDate, '1999-12-31', TODAY)).toBe('invalidDate');
    expect(validateAnswer(anyDate, '2100-01-01', TODAY)).toBe('invalidDate');
    expect(validateAnswer(anyDate, '2026-3-1', TODAY)).toBe('invalidDate');
    expect(validateAnswer(anyDate, '1/3/2026', TODAY)).toBe('invalidDate');
  });

  it('trims whitespace before checking', () => {
    expect(validateAnswer(anyDate, '  2026-03-01 \n', TODAY)).toBeNull();
    expect(validateAnswer(whole, ' 42 ', TODAY)).toBeNull();
    expect(validateAnswer(yesNo({ yes: 'o', no: 'o' }), '\tyes ', TODAY)).toBeNull();
  });

  it('returns required for an empty or blank answer on every kind', () => {
    for (const node of [choice({ a: 'o', b: 'o' }), yesNo({ yes: 'o', no: 'o' }), anyDate, whole]) {
      expect(validateAnswer(node, '', TODAY)).toBe('required');
      expect(validateAnswer(node, '   ', TODAY)).toBe('required');
    }
  });

  it('accepts "unknown" only where the question has an unknown branch', () => {
    expect(validateAnswer(maybeDate, 'unknown', TODAY)).toBeNull();
    expect(validateAnswer(pastDate, 'unknown', TODAY)).toBe('required');
    expect(validateAnswer(number({ next: 'o', unknown: 'u' }), 'unknown', TODAY)).toBeNull();
    expect(validateAnswer(whole, 'unknown', TODAY)).toBe('required');
  });

  it('accepts dontKnow only on a yes/no question that offers it', () => {
    expect(validateAnswer(yesNo({ yes: 'o', no: 'o', dontKnow: 'd' }), 'dontKnow', TODAY)).toBeNull();
    expect(validateAnswer(yesNo({ yes: 'o', no: 'o' }), 'dontKnow', TODAY)).toBe('notAnOption');
  });

  it('is case-sensitive for option values', () => {
    expect(validateAnswer(yesNo({ yes: 'o', no: 'o' }), 'Yes', TODAY)).toBe('notAnOption');
    expect(validateAnswer(choice({ a: 'o', b: 'o' }), 'A', TODAY)).toBe('notAnOption');
  });

  it('accepts a decimal comma and a decimal point where fractions are allowed', () => {
    expect(validateAnswer(decimal, '2,5', TODAY)).toBeNull();
    expect(validateAnswer(decimal, '2.5', TODAY)).toBeNull();
    expect(validateAnswer(decimal, '-4,75', TODAY)).toBeNull();
  });

  it('rejects a decimal comma fraction where a whole number is asked for', () => {
    expect(validateAnswer(whole, '2,5', TODAY)).toBe('notWholeNumber');
  });

  it('rejects number forms other than digits with one optional decimal separator', () => {
    for (const raw of ['abc', '1e3', '1.000,5', '1 000', '+5', '.5', '5.', '0x10', 'Infinity', 'NaN']) {
      expect(validateAnswer(decimal, raw, TODAY), raw).toBe('notANumber');
    }
  });

  it('accepts min and max themselves and rejects just outside them', () => {
    expect(validateAnswer(decimal, '-5', TODAY)).toBeNull();
    expect(validateAnswer(decimal, '5', TODAY)).toBeNull();
    expect(validateAnswer(decimal, '-5,01', TODAY)).toBe('tooSmall');
    expect(validateAnswer(decimal, '5.01', TODAY)).toBe('tooLarge');
  });

  it('checks a whole number before the range', () => {
    expect(validateAnswer(whole, '200.5', TODAY)).toBe('notWholeNumber');
  });

  it('rejects a past-range date after today and accepts any date on range any', () => {
    expect(validateAnswer(pastDate, '2026-03-11', TODAY)).toBe('dateInFuture');
    expect(validateAnswer(anyDate, '2099-12-31', TODAY)).toBeNull();
    expect(validateAnswer(anyDate, '2000-01-01', TODAY)).toBeNull();
  });

  it('rejects a future-range date before today', () => {
    expect(validateAnswer(date('future', 'o'), '2026-03-09', TODAY)).toBe('dateInPast');
    expect(validateAnswer(date('future', 'o'), '2026-03-10', TODAY)).toBeNull();
  });
});

describe('journeys across flows', () => {
  /** triage: q yes → on (goes on in "second"), no → stay. second: gate reads q → seen, else its own q. */
  const triage: Flow = {
    ...flowOf('q', {
      q: yesNo({ yes: 'on', no: 'stay' }),
      on: { kind: 'flow', flow: 'second' },
      stay: outcome(),
    }),
    id: 'triage',
  };
  const second: Flow = {
    ...flowOf('gate', {
      gate: {
        kind: 'route',
        routes: [{ when: { test: 'answer', node: 'q', in: ['yes'] }, next: 'seen' }],
        otherwise: 'q',
      },
      q: yesNo({ yes: 'done', no: 'done' }),
      seen: outcome(),
      done: outcome(),
    }),
    id: 'second',
  };
  const flows = { triage, second };
  const journey = (answers: JourneyContext['answers']): JourneyContext => ({
    municipality: { offers: ['triage', 'second'], describes: [], facts: [] },
    answers,
    today: TODAY,
  });

  it('goes on at the start of the flow a flow node names', () => {
    const e = evaluate(flows, 'triage', journey({ triage: { q: 'yes' } }));
    expect(e).toMatchObject({ status: 'question', flowId: 'second', nodeId: 'q', path: [step('q', 'yes', 'triage')] });
  });

  it('keeps answers per flow, so the same node id in two flows does not collide', () => {
    const e = evaluate(flows, 'triage', journey({ triage: { q: 'yes' }, second: { q: 'no' } }));
    expect(e).toMatchObject({
      status: 'outcome',
      flowId: 'second',
      nodeId: 'done',
      path: [step('q', 'yes', 'triage'), step('q', 'no', 'second')],
    });
  });

  it('lets conditions read only the answers of the flow they are in', () => {
    // triage's q is "yes", but second's gate reads second's own (unanswered) q.
    const e = evaluate(flows, 'triage', journey({ triage: { q: 'yes' } }));
    expect(e).toMatchObject({ status: 'question', flowId: 'second', nodeId: 'q' });
  });

  it('can start in any flow it is given as entry', () => {
    const e = evaluate(flows, 'second', journey({ second: { q: 'yes' } }));
    expect(e).toMatchObject({
      status: 'outcome',
      flowId: 'second',
      nodeId: 'done',
      path: [step('q', 'yes', 'second')],
    });
  });

  it('throws a FlowError when a flow node names a flow that does not exist', () => {
    const broken = {
      triage: { ...triage, nodes: { ...triage.nodes, on: { kind: 'flow' as const, flow: 'missing' } } },
    };
    expect(() => evaluate(broken, 'triage', journey({ triage: { q: 'yes' } }))).toThrow(
      'Flow "missing": the flow does not exist',
    );
  });

  it('throws a FlowError when the entry flow does not exist', () => {
    expect(() => evaluate(flows, 'nope', journey({}))).toThrow(FlowError);
  });

  it('throws a FlowError instead of looping when flows lead into each other', () => {
    const a: Flow = { ...flowOf('go', { go: { kind: 'flow', flow: 'b' } }), id: 'a' };
    const b: Flow = { ...flowOf('go', { go: { kind: 'flow', flow: 'a' } }), id: 'b' };
    expect(() => evaluate({ a, b }, 'a', journey({}))).toThrow(/cycle/);
  });
});

describe('outcome deadlines, parameters and events', () => {
  /** discharge (date, unknown allowed) → plan (yes/no) → o, with deadlines and parameters. */
  const flow = flowOf('discharged', {
    discharged: { ...date('past', 'plan', 'plan'), events: ['discharge', 'planReceived'] },
    plan: yesNo({ yes: 'o', no: 'o' }),
    o: {
      ...outcome(),
      deadlines: [
        { deadline: 'always' },
        { deadline: 'with-plan', when: { test: 'answer', node: 'plan', in: ['yes'] } },
      ],
      parameters: ['transport-threshold'],
    },
  });

  it('keeps deadlines without when, and those whose when holds', () => {
    const e = run(flow, ctx({ discharged: '2026-03-02', plan: 'yes' }));
    expect(e).toMatchObject({ status: 'outcome', deadlines: ['always', 'with-plan'] });
    const without = run(flow, ctx({ discharged: '2026-03-02', plan: 'no' }));
    expect(without).toMatchObject({ status: 'outcome', deadlines: ['always'] });
  });

  it('passes the outcome parameters through', () => {
    expect(run(flow, ctx({ discharged: '2026-03-02', plan: 'no' }))).toMatchObject({
      parameters: ['transport-threshold'],
    });
  });

  it('records a given date under every event the question stands for', () => {
    const e = run(flow, ctx({ discharged: ' 2026-03-02 ', plan: 'no' }));
    expect(e.status === 'outcome' && e.events).toEqual({ discharge: '2026-03-02', planReceived: '2026-03-02' });
  });

  it('records no event for a date answered "unknown"', () => {
    const e = run(flow, ctx({ discharged: 'unknown', plan: 'no' }));
    expect(e.status === 'outcome' && e.events).toEqual({});
  });
});
