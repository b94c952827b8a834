import { addMonths, compareIsoDates, daysBetween, type IsoDate } from './calendar.ts';
import type { Condition } from './model/condition.ts';
import type { EventId } from './model/deadline.ts';
import type { Conclusion, Flow, FlowNode, NextStep, OutcomeNode, QuestionNode } from './model/flow.ts';
import type { Phrase } from './model/phrase.ts';
import type { Municipality } from './model/municipality.ts';

/** Answers keyed by node id. Every answer is a string: an option value, yes/no/dontKnow, a date, a number or "unknown". */
export type Answers = Readonly<Record<string, string>>;

export const UNKNOWN = 'unknown';

/** What a condition is tested against: the answers of one flow on the current path. */
export interface EvaluationContext {
  municipality: Pick<Municipality, 'offers' | 'describes' | 'facts'>;
  answers: Answers;
  /** The date in Europe/Copenhagen; the engine never reads the clock. */
  today: IsoDate;
}

/** One answered question on the way to where the citizen is now. */
export interface Step {
  flowId: string;
  nodeId: string;
  answer: string;
}

export type Evaluation =
  | {
      status: 'question';
      flowId: string;
      nodeId: string;
      node: QuestionNode;
      path: Step[];
      /** The stored answer for this question was not valid (e.g. a tampered link). */
      rejected?: AnswerError;
    }
  | {
      status: 'outcome';
      flowId: string;
      nodeId: string;
      node: OutcomeNode;
      /** The answers that led here: the reasons for the outcome. */
      path: Step[];
      /** The text ids to show, after their conditions. */
      sections: string[];
      /** Of those, the ones printed even when closed (e.g. how to complain). */
      printed: string[];
      /** Of those, a second need that comes after this one (e.g. a § 119 programme once § 140 ends). */
      afterwards: string[];
      /** The deadline ids for the timeline, after their conditions. */
      deadlines: string[];
      parameters: string[];
      /** Dates the citizen gave, by the event they stand for. */
      events: Partial<Record<EventId, IsoDate>>;
      /** What the guide assumed where the citizen answered "Ved ikke" (e.g. the plan arrived on the discharge day). */
      assumptions: Array<{ events: EventId[]; note: Phrase }>;
      /** The outcome's conclusions drawn from the answers (e.g. transport), in order. */
      conclusions: Array<{ id: string; title: Phrase; verdict: Conclusion['otherwise']['verdict']; text: Phrase }>;
      /** The outcome's next step: the first of its steps whose condition holds. */
      nextStep: NextStep;
    };

export type AnswerError =
  | 'required'
  | 'notAnOption'
  | 'invalidDate'
  | 'dateInFuture'
  | 'dateInPast'
  | 'dateTooFarAhead'
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

/** How far ahead a planned date (`range: pastOrPlanned` or `future`) may lie. */
export const PLANNED_MONTHS = 6;

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
      if (node.range === 'pastOrPlanned' && compareIsoDates(value, addMonths(today, PLANNED_MONTHS)) > 0) {
        return 'dateTooFarAhead';
      }
      if (node.range === 'future' && compareIsoDates(value, today) < 0) return 'dateInPast';
      if (node.range === 'future' && compareIsoDates(value, addMonths(today, PLANNED_MONTHS)) > 0) {
        return 'dateTooFarAhead';
      }
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
      if (a === undefined || !isRealDate(a)) return false;
      try {
        return compareIsoDates(addMonths(a, condition.months), today) > 0;
      } catch {
        return true; // past 2099: certainly later than today
      }
    }
    case 'daysAfter': {
      const a = answers[condition.node];
      const base = condition.after.map((n) => answers[n]).find((v) => v !== undefined && isRealDate(v));
      return a !== undefined && isRealDate(a) && base !== undefined && daysBetween(base, a) > condition.days;
    }
    case 'dated': {
      const a = answers[condition.node];
      return a !== undefined && isRealDate(a);
    }
    case 'describes':
      // The municipality's own documents describe this law section (an overlay's `describes`).
      return municipality.describes.includes(condition.flow);
    case 'fact':
      return municipality.facts.includes(condition.fact);
    case 'condition':
      // The loader has put the named condition in its place; the verifier reports one it could not find.
      return false;
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

/** One flow per id; the journey starts in the entry flow and may go on in others. */
export type Flows = Readonly<Record<string, Flow>>;

export interface JourneyContext {
  municipality: Pick<Municipality, 'offers' | 'describes' | 'facts'>;
  /** Answers per flow id, then node id. */
  answers: Readonly<Record<string, Answers>>;
  today: IsoDate;
}

function nodeOf(flows: Flows, flowId: string, id: string): FlowNode {
  const flow = flows[flowId];
  if (!flow) throw new FlowError(flowId, 'the flow does not exist');
  const node = flow.nodes[id];
  if (!node) throw new FlowError(flowId, `node "${id}" does not exist`);
  return node;
}

/**
 * Given the flows, the entry flow and the answers so far, returns the next
 * question to ask or the outcome, with the answered path that led there.
 * @example evaluate({ sl140 }, 'sl140', { municipality, answers: { sl140: { 'has-plan': 'yes' } }, today: '2026-03-01' })
 */
export function evaluate(flows: Flows, entry: string, ctx: JourneyContext): Evaluation {
  const path: Step[] = [];
  const onPath: Record<string, Record<string, string>> = {};
  const events: Partial<Record<EventId, IsoDate>> = {};
  const assumptions: Array<{ events: EventId[]; note: Phrase }> = [];
  let flowId = entry;
  let id = flows[entry]?.start ?? '';
  const scoped = (): EvaluationContext => ({
    municipality: ctx.municipality,
    today: ctx.today,
    answers: onPath[flowId] ?? {},
  });
  const bound = Object.values(flows).reduce((n, f) => n + Object.keys(f.nodes).length, 1);
  // Flows are DAGs (the verifier proves it); the bound guards against a broken one.
  for (let steps = 0; steps <= bound; steps++) {
    const node = nodeOf(flows, flowId, id);
    switch (node.kind) {
      case 'outcome': {
        const keep = (w: Condition | undefined) => !w || holds(w, scoped());
        return {
          status: 'outcome',
          flowId,
          nodeId: id,
          node,
          path,
          sections: node.sections.filter((s) => keep(s.when)).map((s) => s.text),
          printed: node.sections.filter((s) => s.print && keep(s.when)).map((s) => s.text),
          afterwards: node.sections.filter((s) => s.afterwards && keep(s.when)).map((s) => s.text),
          deadlines: node.deadlines.filter((d) => keep(d.when)).map((d) => d.deadline),
          parameters: node.parameters,
          events,
          assumptions,
          conclusions: (node.conclusions ?? []).flatMap((cid) => {
            const c = flows[flowId]?.conclusions?.[cid];
            if (!c) return [];
            const chosen = c.options.find((o) => holds(o.when, scoped())) ?? c.otherwise;
            return [{ id: cid, title: c.title, verdict: chosen.verdict, text: chosen.text }];
          }),
          // The loader and the verifier make sure the last step holds without a condition.
          nextStep: node.nextStep.find((s) => keep(s.when)) ?? (node.nextStep.at(-1) as NextStep),
        };
      }
      case 'route':
        id = node.routes.find((r) => holds(r.when, scoped()))?.next ?? node.otherwise;
        continue;
      case 'flow':
        flowId = node.flow;
        id = node.at ?? flows[flowId]?.start ?? '';
        continue;
      default: {
        const answer = ctx.answers[flowId]?.[id];
        if (answer === undefined) return { status: 'question', flowId, nodeId: id, node, path };
        const error = validateAnswer(node, answer, ctx.today);
        if (error) return { status: 'question', flowId, nodeId: id, node, path, rejected: error };
        const value = answer.trim();
        path.push({ flowId, nodeId: id, answer: value });
        (onPath[flowId] ??= {})[id] = value;
        if (node.kind === 'date' && value !== UNKNOWN) for (const e of node.events) events[e] = value;
        if (node.kind === 'date' && value === UNKNOWN && node.assume) {
          const assumed = events[node.assume.from];
          if (assumed) {
            for (const e of node.events) events[e] = assumed;
            assumptions.push({ events: node.events, note: node.assume.note });
          }
        }
        id = nextOf(node, value);
      }
    }
  }
  throw new FlowError(flowId, 'the flow has a cycle');
}
