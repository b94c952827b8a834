/**
 * A municipality's own part of a flow, laid over the national flow with the same id: its nodes
 * replace national nodes by id or are added; national nodes its flow no longer reaches are left out,
 * so no municipality carries another's nodes and the national ones live once.
 */
import type { ContentProblem } from '../../src/engine/model/bundle.ts';
import type { Flow, FlowOverlay } from '../../src/engine/model/flow.ts';
import type { LawDate } from '../../src/engine/model/law-date.ts';
import { successors } from '../../src/engine/model/nodes.ts';
import { suggestion } from '../../src/engine/suggest.ts';
import { expandFlow } from './expand.ts';

/** Every node reachable from the start, over every branch. */
function reachable(flow: Flow): Set<string> {
  const seen = new Set<string>();
  const stack = [flow.start, ...(flow.entries ?? [])];
  while (stack.length) {
    const id = stack.pop() ?? '';
    if (seen.has(id) || !flow.nodes[id]) continue;
    seen.add(id);
    stack.push(...successors(flow.nodes[id]));
  }
  return seen;
}

export function overlayFlow(
  file: string,
  base: Flow,
  overlay: FlowOverlay,
  lawDates: Record<string, LawDate>,
  lawDatesFile: string,
): { flow: Flow; own: string[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const baseIds = Object.keys(base.nodes);
  for (const id of Object.keys(overlay.replace)) {
    if (!base.nodes[id]) {
      problems.push({
        file,
        message: `replace.${id}: the flow "${base.id}" has no node "${id}"${suggestion(id, baseIds)}; a node only this municipality has goes under add`,
      });
    }
  }
  for (const id of Object.keys(overlay.add)) {
    if (base.nodes[id]) {
      problems.push({ file, message: `add.${id}: the flow "${base.id}" already has this node; list it under replace` });
    }
  }
  const ownNodes = { ...overlay.replace, ...overlay.add };
  // Named conditions and law dates in the municipality's nodes are expanded like a flow's own.
  const own: Flow = { ...base, nodes: ownNodes, conditions: overlay.conditions };
  problems.push(...expandFlow(file, own, lawDates, lawDatesFile));
  const merged: Flow = { ...base, start: overlay.start ?? base.start, nodes: { ...base.nodes, ...ownNodes } };
  if (!merged.nodes[merged.start]) {
    problems.push({
      file,
      message: `start: node "${merged.start}" does not exist${suggestion(merged.start, Object.keys(merged.nodes))}`,
    });
  }
  const reached = reachable(merged);
  for (const [key, nodes] of [
    ['replace', overlay.replace],
    ['add', overlay.add],
  ] as const) {
    for (const id of Object.keys(nodes)) {
      if (!reached.has(id)) problems.push({ file, message: `${key}.${id}: cannot be reached from the start` });
    }
  }
  const nodes = Object.fromEntries(Object.entries(merged.nodes).filter(([id]) => reached.has(id)));
  return {
    flow: { ...merged, nodes },
    own: Object.keys(ownNodes).filter((id) => reached.has(id)),
    problems,
  };
}
