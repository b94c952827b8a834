import type { Condition } from './model/condition.ts';

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

/** True when the condition depends only on the municipality and the date, not on answers. */
export const isStatic = (c: Condition) =>
  leaves(c).every((l) => l.test === 'offers' || l.test === 'fact' || l.test === 'inForce');

export const dependsOnDate = (c: Condition) => leaves(c).some((l) => l.test === 'inForce');

export function answerRefs(c: Condition): Array<{ node: string; values?: string[] }> {
  return leaves(c).flatMap((l) => {
    if (l.test === 'answer') return [{ node: l.node, values: l.in }];
    if (l.test === 'numberAtLeast' || l.test === 'daysSinceAtMost' || l.test === 'monthsSinceLessThan') {
      return [{ node: l.node }];
    }
    return [];
  });
}

export const flowRefs = (c: Condition) => leaves(c).flatMap((l) => (l.test === 'offers' ? [l.flow] : []));
