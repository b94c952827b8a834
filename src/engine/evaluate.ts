import { addMonths, compareIsoDates, daysBetween, type IsoDate } from './calendar.ts';
import type { Condition } from './model/condition.ts';
import type { Flow, FlowNode, OutcomeNode, QuestionNode } from './model/flow.ts';
import type { Municipality } from './model/municipality.ts';

/** Answers keyed by node id. Every answer is a string: an option value, yes/no/dontKnow, a date, a number or "unknown". */
export type Answers = Readonly<Record<string, string>>;

export const UNKNOWN = 'unknown';

export interface EvaluationContext {
  municipality: Pick<Municipality, 'offers' | 'facts'>;
  answers: Answers;
  /** The date in Europe/Copenhagen; the engine never reads the clock. */
  today: IsoDate;
}

/** One answered question on the way to where the citizen is now. */
export interface Step {
  nodeId: string;
  answer: string;
}

export type Evaluation =
  | {
      status: 'question';
      nodeId: string;
      node: QuestionNode;
      path: Step[];
      /** The stored answer for this question was not valid (e.g. a tampered link). */
      rejected?: AnswerError;
    }
  | {
      status: 'outcome';
      nodeId: string;
      node: OutcomeNode;
      /** The answers that led here: the reasons for the outcome. */
      path: Step[];
      /** The text ids to show, after their conditions. */
      sections: string[];
    };

export type AnswerError =
  | 'required'
  | 'notAnOption'
  | 'invalidDate'
  | 'dateInFuture'
  | 'dateInPast'
  | 'notANumber'
  | 'notWholeNumber'
  | 'tooSmall'
  | 'tooLarge';

export class FlowError extends Error {
  constructor(
    readonly flowId: string,
    message: string,
  ) {
    super(`Flow "${flowId}": ${message}`);
    this.name = 'FlowError';
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2099) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Checks one raw answer against its question.
 * @example validateAnswer(yesNoNode, 'yes', '2026-03-01') // => null
 */
export function validateAnswer(node: QuestionNode, raw: string, today: IsoDate): AnswerError | null {
  const value = raw.trim();
  if (value === '') return 'required';
  switch (node.kind) {
    case 'choice':
      return node.options.some((o) => o.value === value) ? null : 'notAnOption';
    case 'yesNo':
      if (value === 'yes' || value === 'no') return null;
      return value === 'dontKnow' && node.next.dontKnow ? null : 'notAnOption';
    case 'date':
      if (value === UNKNOWN) return node.unknown ? null : 'required';
      if (!isRealDate(value)) return 'invalidDate';
      if (node.range === 'past' && compareIsoDates(value, today) > 0) return 'dateInFuture';
      if (node.range === 'future' && compareIsoDates(value, today) < 0) return 'dateInPast';
      return null;
    case 'number': {
      if (value === UNKNOWN) return node.unknown ? null : 'required';
      if (!/^-?\d+([.,]\d+)?$/.test(value)) return 'notANumber';
      const n = Number(value.replace(',', '.'));
      if (node.integer && !Number.isInteger(n)) return 'notWholeNumber';
      if (n < node.min) return 'tooSmall';
      if (n > node.max) return 'tooLarge';
      return null;
    }
  }
}

function nextOf(node: QuestionNode, answer: string): string {
  switch (node.kind) {
    case 'choice':
      // validateAnswer has made sure the option exists
      return node.options.find((o) => o.value === answer)?.next ?? '';
    case 'yesNo':
      return answer === 'yes' ? node.next.yes : answer === 'no' ? node.next.no : (node.next.dontKnow ?? '');
    case 'date':
    case 'number':
      return answer === UNKNOWN ? (node.unknown ?? '') : node.next;
  }
}

/**
 * Whether a condition holds. Answer tests read only the answers given on the
 * current path, so an answer left behind on an abandoned branch never counts.
 */
export function holds(condition: Condition, ctx: EvaluationContext): boolean {
  const { answers, municipality, today } = ctx;
  switch (condition.test) {
    case 'answer': {
      const a = answers[condition.node];
      return a !== undefined && condition.in.includes(a);
    }
    case 'numberAtLeast': {
      const a = answers[condition.node];
      return a !== undefined && a !== UNKNOWN && Number(a.replace(',', '.')) >= condition.value;
    }
    case 'daysSinceAtMost': {
      const a = answers[condition.node];
      return a !== undefined && isRealDate(a) && daysBetween(a, today) <= condition.days;
    }
    case 'monthsSinceLessThan': {
      const a = answers[condition.node];
      return a !== undefined && isRealDate(a) && compareIsoDates(addMonths(a, condition.months), today) > 0;
    }
    case 'offers':
      return municipality.offers.includes(condition.flow);
    case 'fact':
      return municipality.facts.includes(condition.fact);
    case 'inForce':
      return (
        (condition.from === undefined || compareIsoDates(condition.from, today) <= 0) &&
        (condition.to === undefined || compareIsoDates(today, condition.to) <= 0)
      );
    case 'all':
      return condition.of.every((c) => holds(c, ctx));
    case 'any':
      return condition.of.some((c) => holds(c, ctx));
    case 'not':
      return !holds(condition.condition, ctx);
  }
}

function nodeOf(flow: Flow, id: string): FlowNode {
  const node = flow.nodes[id];
  if (!node) throw new FlowError(flow.id, `node "${id}" does not exist`);
  return node;
}

/**
 * Given a flow and the answers so far, returns the next question to ask or the
 * outcome, with the answered path that led there.
 * @example evaluate(flow, { municipality, answers: { 'has-plan': 'yes' }, today: '2026-03-01' })
 */
export function evaluate(flow: Flow, ctx: EvaluationContext): Evaluation {
  const path: Step[] = [];
  const onPath: Record<string, string> = {};
  const scoped = (): EvaluationContext => ({ ...ctx, answers: onPath });
  let id = flow.start;
  // A flow is a DAG (the verifier proves it); the bound guards against a broken one.
  for (let steps = 0; steps <= Object.keys(flow.nodes).length; steps++) {
    const node = nodeOf(flow, id);
    if (node.kind === 'outcome') {
      const sections = node.sections.filter((s) => !s.when || holds(s.when, scoped())).map((s) => s.text);
      return { status: 'outcome', nodeId: id, node, path, sections };
    }
    if (node.kind === 'route') {
      id = node.routes.find((r) => holds(r.when, scoped()))?.next ?? node.otherwise;
      continue;
    }
    const answer = ctx.answers[id];
    if (answer === undefined) return { status: 'question', nodeId: id, node, path };
    const error = validateAnswer(node, answer, ctx.today);
    if (error) return { status: 'question', nodeId: id, node, path, rejected: error };
    const value = answer.trim();
    path.push({ nodeId: id, answer: value });
    onPath[id] = value;
    id = nextOf(node, value);
  }
  throw new FlowError(flow.id, 'the flow has a cycle');
}
