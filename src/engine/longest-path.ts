import { holds, type EvaluationContext } from './evaluate.ts';
import type { Condition } from './model/condition.ts';
import type { Flow } from './model/flow.ts';
import { isQuestionNode, successors } from './model/nodes.ts';

/** The most questions a person can be asked in one flow, and the questions on that path. */
export interface LongestPath {
  municipality: string;
  flow: string;
  questions: number;
  path: string[];
}

/** Ask at most this many questions in one flow (issue: "ask only what changes the answer"). */
export const MAX_QUESTIONS_PER_FLOW = 10;

const isStatic = (c: Condition): boolean => {
  switch (c.test) {
    case 'describes':
    case 'fact':
    case 'inForce':
      return true;
    case 'all':
    case 'any':
      return c.of.every(isStatic);
    case 'not':
      return isStatic(c.condition);
    default:
      return false;
  }
};

/**
 * The longest path in questions through one flow for one municipality, staying inside
 * the flow (a jump to another flow ends it). Routes that test only the municipality or
 * the date are decided; routes on answers follow every branch, as the verifier does.
 * @example longestPath(flows.sl140, { municipality, answers: {}, today }).questions // 10
 */
export function longestPath(flow: Flow, ctx: EvaluationContext): { questions: number; path: string[] } {
  const memo = new Map<string, string[]>();
  const visit = (id: string, depth: number): string[] => {
    const cached = memo.get(id);
    if (cached) return cached;
    const node = flow.nodes[id];
    if (!node || depth > 500) return [];
    let nexts: string[];
    if (node.kind === 'route') {
      nexts = [];
      let decided = false;
      for (const r of node.routes) {
        if (!isStatic(r.when)) nexts.push(r.next);
        else if (holds(r.when, ctx)) {
          nexts.push(r.next);
          decided = true;
          break;
        }
      }
      if (!decided) nexts.push(node.otherwise);
    } else nexts = successors(node);
    let best: string[] = [];
    for (const next of nexts) {
      const p = visit(next, depth + 1);
      if (p.length > best.length) best = p;
    }
    const path = isQuestionNode(node) ? [id, ...best] : best;
    memo.set(id, path);
    return path;
  };
  const path = visit(flow.start, 0);
  return { questions: path.length, path };
}

/** Longest paths for every flow every municipality offers, longest first. */
export function longestPaths(
  flows: Readonly<Record<string, Flow>> | ((municipalityId: string) => Readonly<Record<string, Flow>>),
  municipalities: ReadonlyArray<{ id: string } & EvaluationContext['municipality']>,
  today: string,
): LongestPath[] {
  return municipalities
    .flatMap((m) =>
      m.offers.flatMap((flowId) => {
        const flow = (typeof flows === 'function' ? flows(m.id) : flows)[flowId];
        if (!flow) return [];
        const { questions, path } = longestPath(flow, { municipality: m, answers: {}, today });
        return [{ municipality: m.id, flow: flowId, questions, path }];
      }),
    )
    .sort((a, b) => b.questions - a.questions || a.municipality.localeCompare(b.municipality));
}
