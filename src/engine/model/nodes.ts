// Runtime helpers over flow nodes. Kept apart from the zod schemas so the
// browser bundle gets these functions without zod.
import type { FlowNode, QuestionNode } from './flow.ts';

export function isQuestionNode(node: FlowNode): node is QuestionNode {
  return node.kind !== 'route' && node.kind !== 'outcome' && node.kind !== 'flow';
}

/** Every node id a node can lead to, in declaration order. */
export function successors(node: FlowNode): string[] {
  switch (node.kind) {
    case 'choice':
      return node.options.map((o) => o.next);
    case 'yesNo':
      return [node.next.yes, node.next.no, ...(node.next.dontKnow ? [node.next.dontKnow] : [])];
    case 'date':
    case 'number':
      return [node.next, ...(node.unknown ? [node.unknown] : [])];
    case 'route':
      return [...node.routes.map((r) => r.next), node.otherwise];
    case 'outcome':
    case 'flow':
      return [];
  }
}

/** The answers a choice or yes/no question accepts; undefined for dates and numbers (any valid one). */
export function answerValues(node: FlowNode): string[] | undefined {
  if (node.kind === 'choice') return node.options.map((o) => o.value);
  if (node.kind === 'yesNo') return ['yes', 'no', ...(node.next.dontKnow ? ['dontKnow'] : [])];
  return undefined;
}
