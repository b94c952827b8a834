import { addCalendarDays, addMonths, type IsoDate } from './calendar.ts';
import { conditionsOf, leaves } from './condition-refs.ts';
import { evaluate, UNKNOWN, validateAnswer, type Flows, type JourneyContext, type Step } from './evaluate.ts';
import type { Flow } from './model/flow.ts';
import { answerValues, isQuestionNode } from './model/nodes.ts';

/** The answers on both sides of every threshold the flow's own conditions test this node's answer against. */
function thresholdAnswers(flow: Flow, nodeId: string, today: IsoDate, integer: boolean): string[] {
  return Object.values(flow.nodes)
    .flatMap(conditionsOf)
    .flatMap(leaves)
    .flatMap((l) => {
      if (!('node' in l) || l.node !== nodeId) return [];
      switch (l.test) {
        case 'numberAtLeast':
          return [String(l.value), String(integer ? l.value - 1 : l.value - 0.5)];
        case 'daysSinceAtMost':
          return [addCalendarDays(today, -l.days), addCalendarDays(today, -l.days - 1)];
        case 'monthsSinceLessThan': {
          const edge = addMonths(today, -l.months);
          return [edge, addCalendarDays(edge, 1)];
        }
        default:
          return [];
      }
    });
}

/**
 * Representative answers for a question: every option; for dates and numbers, the values on both
 * sides of each threshold its flow's conditions test (ages, BMI, days and months since), plus
 * today or the range's ends, and "unknown" where allowed. Only answers the question accepts.
 * @example candidateAnswers(flows.sl86, 'age', '2026-11-24') // ['0', '120', '67', '66', 'unknown']
 */
export function candidateAnswers(flow: Flow, nodeId: string, today: IsoDate): string[] {
  const node = flow.nodes[nodeId];
  if (!node || !isQuestionNode(node)) return [];
  if (node.kind === 'choice' || node.kind === 'yesNo') return answerValues(node) ?? [];
  const plain =
    node.kind === 'date'
      ? [today, ...thresholdAnswers(flow, nodeId, today, false)]
      : [String(node.min), String(node.max), ...thresholdAnswers(flow, nodeId, today, node.integer)];
  const accepted = plain.filter((a) => validateAnswer(node, a, today) === null);
  return [...new Set(accepted), ...(node.unknown ? [UNKNOWN] : [])];
}

/**
 * One example path per reachable outcome: the answers a citizen gives to get
 * there. Used by the browser tests to reach every outcome and by reviewers.
 * @example examplePaths(bundle.flows, 'guide', ctx).map((p) => p.outcome) // ['sl140/offer', …]
 */
export function examplePaths(
  flows: Flows,
  entry: string,
  ctx: Omit<JourneyContext, 'answers'>,
  limit = 20_000,
): Array<{ outcome: string; steps: Step[] }> {
  const found = new Map<string, Step[]>();
  let visited = 0;
  const walk = (answers: Record<string, Record<string, string>>): void => {
    if (++visited > limit) return;
    const e = evaluate(flows, entry, { ...ctx, answers });
    if (e.status === 'outcome') {
      const key = `${e.flowId}/${e.nodeId}`;
      if (!found.has(key)) found.set(key, e.path);
      return;
    }
    const flow = flows[e.flowId];
    for (const a of flow ? candidateAnswers(flow, e.nodeId, ctx.today) : []) {
      walk({ ...answers, [e.flowId]: { ...answers[e.flowId], [e.nodeId]: a } });
    }
  };
  walk({});
  return [...found].map(([outcome, steps]) => ({ outcome, steps })).sort((a, b) => a.outcome.localeCompare(b.outcome));
}
