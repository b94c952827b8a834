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
  /** Question paths from the guide's start to an outcome, summed over municipalities. */
  paths: number;
  asOf: string;
  problems: ContentProblem[];
  /** Per municipality and flow: paths and reachable outcome ids. */
  detail: Array<{ municipality: string; flow: string; paths: number; outcomes: string[] }>;
}

type Leaf = Exclude<Condition, { test: 'all' | 'any' | 'not' }>;

/** The simple tests inside a condition, through all, any and not. */
function leaves(c: Condition): Leaf[] {
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
const isStatic = (c: Condition) =>
  leaves(c).every((l) => l.test === 'offers' || l.test === 'fact' || l.test === 'inForce');

const dependsOnDate = (c: Condition) => leaves(c).some((l) => l.test === 'inForce');

function answerRefs(c: Condition): Array<{ node: string; values?: string[] }> {
  return leaves(c).flatMap((l) => {
    if (l.test === 'answer') return [{ node: l.node, values: l.in }];
    if (l.test === 'numberAtLeast' || l.test === 'daysSinceAtMost' || l.test === 'monthsSinceLessThan') {
      return [{ node: l.node }];
    }
    return [];
  });
}

const flowRefs = (c: Condition) => leaves(c).flatMap((l) => (l.test === 'offers' ? [l.flow] : []));

/** Answer values a node accepts that a condition could test for. */
function answerValues(node: FlowNode): string[] | undefined {
  if (node.kind === 'choice') return node.options.map((o) => o.value);
  if (node.kind === 'yesNo') return ['yes', 'no', ...(node.next.dontKnow ? ['dontKnow'] : [])];
  return undefined;
}

function phrasesOf(node: FlowNode): Phrase[] {
  const list: Array<Phrase | undefined> = [];
  if (node.kind === 'route' || node.kind === 'flow') return [];
  if (node.kind === 'outcome') return [node.title, node.summary];
  list.push(node.question, node.hint);
  if (node.kind === 'choice') for (const o of node.options) list.push(o.label, o.hint);
  if (node.kind === 'number') list.push(node.unit);
  return list.filter((p): p is Phrase => p !== undefined);
}

function conditionsOf(node: FlowNode): Condition[] {
  if (node.kind === 'route') return node.routes.map((r) => r.when);
  if (node.kind === 'outcome') {
    return [...node.sections, ...node.deadlines].flatMap((s) => (s.when ? [s.when] : []));
  }
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
    if (node.kind === 'flow' && !allFlows.includes(node.flow)) {
      add(`nodes.${id}: goes on in the flow "${node.flow}", which does not exist`);
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
function walk(
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
      n = target ? count(node.flow, target.start, depth + 1) : 0;
    } else if (node.kind === 'route') {
      let decided = false;
      for (const r of node.routes) {
        if (!isStatic(r.when) || (!byDate && dependsOnDate(r.when))) {
          n += count(flowId, r.next, depth + 1);
        } else if (holds(r.when, ctx)) {
          n += count(flowId, r.next, depth + 1);
          decided = true;
          break;
        }
      }
      if (!decided) n += count(flowId, node.otherwise, depth + 1);
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

function checkSource(
  file: string,
  what: string,
  id: string,
  municipalityId: string,
  source: ContentSource,
): ContentProblem[] {
  const s = source.sources.sources[id];
  if (!s) return [{ file, message: `${what}: the source "${id}" is not in ${source.sources.file}` }];
  if (s.covers.length > 0 && !s.covers.includes(municipalityId)) {
    return [
      {
        file,
        message: `${what}: the source "${id}" does not cover ${municipalityId}; a municipality may cite only its own documents or national law`,
      },
    ];
  }
  return [];
}

function checkText(text: TextFile, municipality: Municipality, source: ContentSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const missing = new Set([
    ...interpolate(text.markdown, municipality, 'da').missing,
    ...interpolate(text.frontMatter.title, municipality, 'da').missing,
  ]);
  for (const m of missing) {
    problems.push({
      file: text.file,
      message: `{{${m}}} names a fact that ${municipality.id} does not have`,
    });
  }
  for (const id of text.frontMatter.sources) {
    problems.push(...checkSource(text.file, 'sources', id, municipality.id, source));
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
  let journeys = 0;
  let reachable = 0;
  const checkedTexts = new Set<string>();
  for (const [muniId, { file, municipality, texts }] of Object.entries(source.municipalities)) {
    if (!municipality.contacts[municipality.mainContact]) {
      problems.push({ file, message: `mainContact: "${municipality.mainContact}" is not one of its contacts` });
    }
    const ctx: EvaluationContext = { municipality, answers: {}, today: asOf };
    const outcomes = new Set<string>();
    const entryFlow = municipality.offers[0] ?? '';
    const journey = source.flows[entryFlow] ? walk(source.flows, entryFlow, ctx) : undefined;
    if (journey) {
      journeys += journey.paths;
      journey.outcomes.forEach((o) => outcomes.add(o));
      // Outcomes that open before or after the as-of date need their texts too.
      walk(source.flows, entryFlow, ctx, false).outcomes.forEach((o) => outcomes.add(o));
      for (const f of journey.notOffered) {
        problems.push({ file, message: `the guide leads into the flow "${f}", which ${muniId} does not offer` });
      }
    }
    for (const flowId of municipality.offers) {
      const entry = source.flows[flowId];
      if (!entry) {
        problems.push({ file, message: `offers: the flow "${flowId}" does not exist` });
        continue;
      }
      const own = walk(source.flows, flowId, ctx);
      own.outcomes.forEach((o) => outcomes.add(o));
      detail.push({ municipality: muniId, flow: flowId, paths: own.paths, outcomes: [...own.outcomes].sort() });
      if (journey && !journey.flowsReached.has(flowId)) {
        problems.push({
          file,
          message: `offers: "${flowId}" cannot be reached from the start of the guide (${entryFlow})`,
        });
      }
      for (const node of Object.values(entry.flow.nodes)) {
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
    }
    reachable += journey?.outcomes.size ?? 0;
    for (const key of outcomes) {
      const [flowId = '', outcomeId = ''] = key.split('/');
      const node = source.flows[flowId]?.flow.nodes[outcomeId];
      if (node?.kind !== 'outcome') continue;
      for (const { text: textId } of node.sections) {
        usedTexts.add(`${muniId}/${textId}`);
        usedTexts.add(`shared/${textId}`);
        for (const locale of LOCALES) {
          const text = texts[textId]?.[locale] ?? source.sharedTexts[textId]?.[locale];
          if (!text) {
            problems.push({
              file,
              message: `${key}: no ${locale} text "${textId}" (add content/municipalities/${muniId}/texts/${textId}.${locale}.md or a shared one)`,
            });
            continue;
          }
          const checkKey = `${muniId}:${text.file}`;
          if (checkedTexts.has(checkKey)) continue;
          checkedTexts.add(checkKey);
          problems.push(...checkText(text, municipality, source));
        }
      }
      for (const { deadline: id } of node.deadlines) {
        const own = municipality.deadlines[id];
        const d = own ?? source.deadlines.deadlines[id];
        if (!d) {
          problems.push({
            file,
            message: `${key}: the deadline "${id}" is neither in ${muniId}'s deadlines nor in ${source.deadlines.file}`,
          });
          continue;
        }
        problems.push(...checkSource(own ? file : source.deadlines.file, `deadline ${id}`, d.source, muniId, source));
      }
      for (const id of node.parameters) {
        const param = source.parameters.parameters[id];
        if (!param)
          problems.push({
            file: source.flows[flowId]?.file ?? file,
            message: `${key}: the parameter "${id}" is not in ${source.parameters.file}`,
          });
        else problems.push(...checkSource(source.parameters.file, `parameter ${id}`, param.source, muniId, source));
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
    outcomes: reachable,
    paths: journeys,
    asOf,
    problems,
    detail,
  };
}
