import { holds, type EvaluationContext } from './evaluate.ts';
import type { Condition } from './model/condition.ts';
import type { ContentProblem } from './model/bundle.ts';
import type { ContentSource, TextFile } from './model/content-source.ts';
import type { Flow, FlowNode } from './model/flow.ts';
import { successors } from './model/nodes.ts';
import type { Municipality } from './model/municipality.ts';
import { LOCALES } from './model/locales.ts';
import type { Phrase } from './model/phrase.ts';
import { interpolate } from './interpolate.ts';

export interface VerifyReport {
  municipalities: string[];
  flows: string[];
  locales: string[];
  /** Distinct (municipality, flow, outcome) triples that can be reached. */
  outcomes: number;
  /** Question paths from start to an outcome, summed over municipalities and flows. */
  paths: number;
  asOf: string;
  problems: ContentProblem[];
  /** Per municipality and flow: paths and reachable outcome ids. */
  detail: Array<{ municipality: string; flow: string; paths: number; outcomes: string[] }>;
}

/** True when the condition depends only on the municipality and the date, not on answers. */
function isStatic(c: Condition): boolean {
  switch (c.test) {
    case 'offers':
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
}

function answerRefs(c: Condition): Array<{ node: string; values?: string[] }> {
  switch (c.test) {
    case 'answer':
      return [{ node: c.node, values: c.in }];
    case 'numberAtLeast':
    case 'daysSinceAtMost':
    case 'monthsSinceLessThan':
      return [{ node: c.node }];
    case 'all':
    case 'any':
      return c.of.flatMap(answerRefs);
    case 'not':
      return answerRefs(c.condition);
    default:
      return [];
  }
}

function flowRefs(c: Condition): string[] {
  switch (c.test) {
    case 'offers':
      return [c.flow];
    case 'all':
    case 'any':
      return c.of.flatMap(flowRefs);
    case 'not':
      return flowRefs(c.condition);
    default:
      return [];
  }
}

/** Answer values a node accepts that a condition could test for. */
function answerValues(node: FlowNode): string[] | undefined {
  if (node.kind === 'choice') return node.options.map((o) => o.value);
  if (node.kind === 'yesNo') return ['yes', 'no', ...(node.next.dontKnow ? ['dontKnow'] : [])];
  return undefined;
}

function phrasesOf(node: FlowNode): Phrase[] {
  const list: Array<Phrase | undefined> = [];
  if (node.kind === 'route') return [];
  if (node.kind === 'outcome') return [node.title, node.summary];
  list.push(node.question, node.hint);
  if (node.kind === 'choice') for (const o of node.options) list.push(o.label, o.hint);
  if (node.kind === 'number') list.push(node.unit);
  return list.filter((p): p is Phrase => p !== undefined);
}

function conditionsOf(node: FlowNode): Condition[] {
  if (node.kind === 'route') return node.routes.map((r) => r.when);
  if (node.kind === 'outcome') return node.sections.flatMap((s) => (s.when ? [s.when] : []));
  return [];
}

/** Structural checks of one flow, independent of municipalities. */
function checkFlow(file: string, flow: Flow, allFlows: string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (message: string) => problems.push({ file, message });
  const ids = Object.keys(flow.nodes);
  if (!flow.nodes[flow.start]) add(`start: node "${flow.start}" does not exist`);
  for (const [id, node] of Object.entries(flow.nodes)) {
    for (const next of successors(node)) {
      if (!flow.nodes[next]) add(`nodes.${id}: leads to "${next}", which does not exist`);
    }
    for (const c of conditionsOf(node)) {
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
  for (const id of ids) if (!state.has(id)) add(`nodes.${id}: cannot be reached from the start`);
  return problems;
}

interface Walk {
  paths: number;
  outcomes: Set<string>;
}

/** Counts paths and collects outcomes for one municipality, deciding static conditions for it. */
function walk(flow: Flow, ctx: EvaluationContext): Walk {
  const memo = new Map<string, number>();
  const outcomes = new Set<string>();
  const count = (id: string, depth: number): number => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = flow.nodes[id];
    if (!node || depth > Object.keys(flow.nodes).length) return 0;
    let n = 0;
    if (node.kind === 'outcome') {
      outcomes.add(id);
      n = 1;
    } else if (node.kind === 'route') {
      for (const r of node.routes) {
        if (isStatic(r.when)) {
          if (holds(r.when, ctx)) {
            n += count(r.next, depth + 1);
            memo.set(id, n);
            return n;
          }
        } else {
          n += count(r.next, depth + 1);
        }
      }
      n += count(node.otherwise, depth + 1);
    } else {
      for (const next of successors(node)) n += count(next, depth + 1);
    }
    memo.set(id, n);
    return n;
  };
  return { paths: count(flow.start, 0), outcomes };
}

function checkText(text: TextFile, municipality: Municipality, source: ContentSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { missing } = interpolate(text.markdown, municipality, 'da');
  for (const m of missing) {
    problems.push({
      file: text.file,
      message: `{{${m}}} names a fact that ${municipality.id} does not have`,
    });
  }
  for (const id of text.frontMatter.sources) {
    const s = source.sources.sources[id];
    if (!s) {
      problems.push({ file: text.file, message: `sources: "${id}" is not in ${source.sources.file}` });
    } else if (s.covers.length > 0 && !s.covers.includes(municipality.id)) {
      problems.push({
        file: text.file,
        message: `sources: "${id}" does not cover ${municipality.id}; a municipality's text may cite only its own documents or national law`,
      });
    }
  }
  return problems;
}

/**
 * Walks every flow for every municipality and reports what is broken: dangling
 * or unreachable nodes, cycles, missing texts or translations, unknown facts and sources.
 * @example verify(source, '2026-11-24').problems // => []
 */
export function verify(source: ContentSource, asOf: string): VerifyReport {
  const problems: ContentProblem[] = [];
  const flowIds = Object.keys(source.flows).sort();
  for (const { file, flow } of Object.values(source.flows)) {
    problems.push(...checkFlow(file, flow, flowIds));
  }
  const detail: VerifyReport['detail'] = [];
  const usedTexts = new Set<string>();
  const checkedTexts = new Set<string>();
  for (const [muniId, { file, municipality, texts }] of Object.entries(source.municipalities)) {
    if (!municipality.contacts[municipality.mainContact]) {
      problems.push({ file, message: `mainContact: "${municipality.mainContact}" is not one of its contacts` });
    }
    for (const flowId of municipality.offers) {
      const entry = source.flows[flowId];
      if (!entry) {
        problems.push({ file, message: `offers: the flow "${flowId}" does not exist` });
        continue;
      }
      const { flow } = entry;
      const ctx: EvaluationContext = { municipality, answers: {}, today: asOf };
      const { paths, outcomes } = walk(flow, ctx);
      detail.push({ municipality: muniId, flow: flowId, paths, outcomes: [...outcomes].sort() });
      for (const node of Object.values(flow.nodes)) {
        for (const p of phrasesOf(node)) {
          for (const locale of LOCALES) {
            for (const text of [p[locale], p.relative?.[locale]]) {
              if (text === undefined) continue;
              for (const m of interpolate(text, municipality, locale).missing) {
                problems.push({ file: entry.file, message: `{{${m}}} names a fact that ${muniId} does not have` });
              }
            }
          }
        }
      }
      for (const outcomeId of outcomes) {
        const node = flow.nodes[outcomeId];
        if (node?.kind !== 'outcome') continue;
        for (const { text: textId } of node.sections) {
          for (const locale of LOCALES) {
            usedTexts.add(`${muniId}/${textId}`);
            usedTexts.add(`shared/${textId}`);
            const text = texts[textId]?.[locale] ?? source.sharedTexts[textId]?.[locale];
            if (!text) {
              problems.push({
                file,
                message: `${flowId}/${outcomeId}: no ${locale} text "${textId}" (add content/municipalities/${muniId}/texts/${textId}.${locale}.md or a shared one)`,
              });
              continue;
            }
            const key = `${muniId}:${text.file}`;
            if (checkedTexts.has(key)) continue;
            checkedTexts.add(key);
            problems.push(...checkText(text, municipality, source));
          }
        }
      }
    }
    for (const [textId, byLocale] of Object.entries(texts)) {
      if (!usedTexts.has(`${muniId}/${textId}`)) {
        const anyFile = Object.values(byLocale)[0]?.file ?? file;
        problems.push({
          file: anyFile,
          message: `the text "${textId}" is not used by any outcome ${muniId} can reach`,
        });
      }
    }
  }
  for (const [textId, byLocale] of Object.entries(source.sharedTexts)) {
    if (!usedTexts.has(`shared/${textId}`)) {
      const anyFile = Object.values(byLocale)[0]?.file ?? 'content/texts';
      problems.push({ file: anyFile, message: `the text "${textId}" is not used by any reachable outcome` });
    }
  }
  return {
    municipalities: Object.keys(source.municipalities).sort(),
    flows: flowIds,
    locales: [...LOCALES],
    outcomes: detail.reduce((n, d) => n + d.outcomes.length, 0),
    paths: detail.reduce((n, d) => n + d.paths, 0),
    asOf,
    problems,
    detail,
  };
}
