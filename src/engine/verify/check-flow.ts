import type { ContentProblem } from '../model/bundle.ts';
import type { Condition } from '../model/condition.ts';
import type { Flow, FlowNode } from '../model/flow.ts';
import { answerValues, successors } from '../model/nodes.ts';
import type { Phrase } from '../model/phrase.ts';
import { answerRefs, conditionsOf, flowRefs } from '../condition-refs.ts';

export function phrasesOf(node: FlowNode): Phrase[] {
  const list: Array<Phrase | undefined> = [];
  if (node.kind === 'route' || node.kind === 'flow') return [];
  if (node.kind === 'outcome') return [node.title, node.summary];
  list.push(node.question, node.hint);
  if (node.kind === 'choice') for (const o of node.options) list.push(o.label, o.hint);
  if (node.kind === 'number') list.push(node.unit);
  return list.filter((p): p is Phrase => p !== undefined);
}

/** Structural checks of one flow, independent of municipalities. */
export function checkFlow(file: string, flow: Flow, allFlows: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (message: string) => problems.push({ file, message });
  const ids = Object.keys(flow.nodes);
  if (!flow.nodes[flow.start]) add(`start: node "${flow.start}" does not exist`);
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const next of successors(node)) {
      if (!flow.nodes[next]) add(`nodes.${id}: leads to "${next}", which does not exist`);
    }
    if (node.kind === 'flow' && !allFlows.includes(node.flow)) {
      add(`nodes.${id}: goes on in the flow "${node.flow}", which does not exist`);
    }
    const conclusionConditions: Condition[] = [];
    if (node.kind === 'outcome') {
      for (const cid of node.conclusions ?? []) {
        const conclusion = flow.conclusions?.[cid];
        if (!conclusion) add(`nodes.${id}: names the conclusion "${cid}", which is not in the flow's conclusions`);
        else conclusionConditions.push(...conclusion.options.map((o) => o.when));
      }
    }
    for (const c of [...conditionsOf(node), ...conclusionConditions]) {
      for (const ref of answerRefs(c)) {
        const target = flow.nodes[ref.node];
        if (!target) {
          add(`nodes.${id}: a condition reads the answer to "${ref.node}", which does not exist`);
          continue;
        }
        const accepted = answerValues(target);
        for (const v of ref.values ?? []) {
          if (accepted && !accepted.includes(v)) {
            add(`nodes.${id}: a condition tests "${ref.node}" for "${v}", which is not one of its answers`);
          }
        }
      }
      for (const f of flowRefs(c)) {
        if (!allFlows.includes(f)) add(`nodes.${id}: a condition names the flow "${f}", which does not exist`);
      }
    }
  }
  // Reachability and cycles, over every branch.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    const node = flow.nodes[id];
    if (!node) return;
    if (state.get(id) === 'open') {
      add(`nodes.${id}: the flow loops back here (${[...trail, id].join(' → ')}); every path must end in an outcome`);
      return;
    }
    if (state.get(id) === 'done') return;
    state.set(id, 'open');
    for (const next of successors(node)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  if (flow.nodes[flow.start]) visit(flow.start, []);
  for (const entry of flow.entries ?? []) {
    if (flow.nodes[entry]) visit(entry, []);
    else add(`entries: node "${entry}" does not exist`);
  }
  for (const id of ids) if (!state.has(id)) add(`nodes.${id}: cannot be reached from the start`);
  return problems;
}
