import type { EvaluationContext } from '../evaluate.ts';
import type { ContentSource } from '../model/content-source.ts';
import { successors } from '../model/nodes.ts';
import { openRoutes } from '../condition-refs.ts';

export interface Walk {
  paths: number;
  /** Reachable outcomes as `flow/outcome`. */
  outcomes: Set<string>;
  /** Flows entered through a flow node that the municipality does not offer. */
  notOffered: Set<string>;
  flowsReached: Set<string>;
}

/**
 * Counts question paths from a flow's start to an outcome for one municipality,
 * following flow nodes into other flows and deciding static conditions for it.
 */
export function walk(
  flows: ContentSource['flows'],
  entry: string,
  ctx: EvaluationContext,
  /** Decide date conditions (inForce) for the as-of date; off: every dated branch counts, so texts are checked for any date. */
  byDate = true,
): Walk {
  const memo = new Map<string, number>();
  const result: Walk = { paths: 0, outcomes: new Set(), notOffered: new Set(), flowsReached: new Set([entry]) };
  const count = (flowId: string, id: string, depth: number): number => {
    const key = `${flowId}/${id}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const node = flows[flowId]?.flow.nodes[id];
    if (!node || depth > 500) return 0;
    let n = 0;
    if (node.kind === 'outcome') {
      result.outcomes.add(key);
      n = 1;
    } else if (node.kind === 'flow') {
      result.flowsReached.add(node.flow);
      if (!ctx.municipality.offers.includes(node.flow)) result.notOffered.add(node.flow);
      const target = flows[node.flow]?.flow;
      n = target ? count(node.flow, node.at ?? target.start, depth + 1) : 0;
    } else if (node.kind === 'route') {
      for (const r of openRoutes(node, ctx.municipality, byDate ? ctx.today : undefined)) {
        n += count(flowId, r.next, depth + 1);
      }
    } else {
      for (const next of successors(node)) n += count(flowId, next, depth + 1);
    }
    memo.set(key, n);
    return n;
  };
  const start = flows[entry]?.flow.start;
  result.paths = start ? count(entry, start, 0) : 0;
  return result;
}
