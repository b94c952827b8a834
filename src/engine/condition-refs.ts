import type { IsoDate } from './calendar.ts';
import { holds } from './evaluate.ts';
import type { Condition } from './model/condition.ts';
import type { FlowNode } from './model/flow.ts';
import type { Municipality } from './model/municipality.ts';

export type Leaf = Exclude<Condition, { test: 'all' | 'any' | 'not' }>;

/** The simple tests inside a condition, through all, any and not. */
export function leaves(c: Condition): Leaf[] {
  switch (c.test) {
    case 'all':
    case 'any':
      return c.of.flatMap(leaves);
    case 'not':
      return leaves(c.condition);
    default:
      return [c];
  }
}

/**
 * Decides a condition for a municipality before any answer is given: true or false when its
 * documents and facts (and, given `today`, the date) settle it whatever the citizen answers;
 * undefined when answers (or, without `today`, the date) decide.
 * Used by the verifier to walk only the branches a municipality can take, and by the graphs.
 * @example decideForMunicipality({ test: 'describes', flow: 'sl86-1' }, ishoj) // true
 */
export function decideForMunicipality(
  c: Condition,
  municipality: Pick<Municipality, 'offers' | 'describes' | 'facts'>,
  today?: IsoDate,
): boolean | undefined {
  switch (c.test) {
    case 'describes':
    case 'fact':
      // Neither reads the date.
      return holds(c, { municipality, answers: {}, today: today ?? '' });
    case 'inForce':
      return today === undefined ? undefined : holds(c, { municipality, answers: {}, today });
    case 'not': {
      const v = decideForMunicipality(c.condition, municipality, today);
      return v === undefined ? undefined : !v;
    }
    case 'all': {
      const vs = c.of.map((x) => decideForMunicipality(x, municipality, today));
      return vs.includes(false) ? false : vs.every((v) => v === true) ? true : undefined;
    }
    case 'any': {
      const vs = c.of.map((x) => decideForMunicipality(x, municipality, today));
      return vs.includes(true) ? true : vs.every((v) => v === false) ? false : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The branches of a route a municipality can take: every undecided one up to the first that holds
 * whatever the answers (then `otherwise` is out of reach), or else `otherwise` too (without `when`).
 */
export function openRoutes(
  node: Extract<FlowNode, { kind: 'route' }>,
  municipality: Pick<Municipality, 'offers' | 'describes' | 'facts'>,
  today?: IsoDate,
): Array<{ next: string; when?: Condition }> {
  const open: Array<{ next: string; when?: Condition }> = [];
  for (const r of node.routes) {
    const decided = decideForMunicipality(r.when, municipality, today);
    if (decided === true) return [...open, r];
    if (decided === undefined) open.push(r);
  }
  return [...open, { next: node.otherwise }];
}

/** The answers a condition reads: the node, and for answer tests the values it looks for. */
export function answerRefs(c: Condition): Array<{ node: string; values?: string[] }> {
  return leaves(c).flatMap((l) => {
    if (l.test === 'answer') return [{ node: l.node, values: l.in }];
    if (
      l.test === 'numberAtLeast' ||
      l.test === 'daysSinceAtMost' ||
      l.test === 'monthsSinceLessThan' ||
      l.test === 'dated'
    ) {
      return [{ node: l.node }];
    }
    if (l.test === 'daysAfter') return [l.node, ...l.after].map((node) => ({ node }));
    return [];
  });
}

/** The flows a condition names in `describes` tests. */
export const flowRefs = (c: Condition) => leaves(c).flatMap((l) => (l.test === 'describes' ? [l.flow] : []));

/** Every condition a node holds: its routes, and the `when` of its sections and deadlines. */
export function conditionsOf(node: FlowNode): Condition[] {
  if (node.kind === 'route') return node.routes.map((r) => r.when);
  if (node.kind === 'outcome') {
    return [...node.sections, ...node.deadlines, ...node.nextStep].flatMap((s) => (s.when ? [s.when] : []));
  }
  return [];
}
