import { addCalendarDays, addMonths, type IsoDate } from './calendar.ts';
import { evaluate, UNKNOWN, type Flows, type JourneyContext, type Step } from './evaluate.ts';
import type { QuestionNode } from './model/flow.ts';

/** Representative answers for a question: every option, and dates and numbers that cross typical thresholds. */
export function candidateAnswers(node: QuestionNode, today: IsoDate): string[] {
  switch (node.kind) {
    case 'choice':
      return node.options.map((o) => o.value);
    case 'yesNo':
      return ['yes', 'no', ...(node.next.dontKnow ? ['dontKnow'] : [])];
    case 'date': {
      const past = [
        today,
        addCalendarDays(today, -3),
        addMonths(today, -3),
        addMonths(today, -8),
        addMonths(today, -30),
      ];
      const future = [addCalendarDays(today, 3), addMonths(today, 3)];
      const dates = node.range === 'past' ? past : node.range === 'future' ? [today, ...future] : [...past, ...future];
      return [...dates, ...(node.unknown ? [UNKNOWN] : [])];
    }
    case 'number': {
      const values = [node.min, Math.round((node.min + node.max) / 2), node.max, 17, 18, 29, 30, 65, 67];
      const inRange = values.filter((v) => v >= node.min && v <= node.max);
      return [...new Set(inRange.map(String)), ...(node.unknown ? [UNKNOWN] : [])];
    }
  }
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
    for (const a of candidateAnswers(e.node, ctx.today)) {
      walk({ ...answers, [e.flowId]: { ...answers[e.flowId], [e.nodeId]: a } });
    }
  };
  walk({});
  return [...found].map(([outcome, steps]) => ({ outcome, steps })).sort((a, b) => a.outcome.localeCompare(b.outcome));
}
