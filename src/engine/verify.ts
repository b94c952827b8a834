import type { EvaluationContext } from './evaluate.ts';
import type { ContentProblem } from './model/bundle.ts';
import type { ContentSource } from './model/content-source.ts';
import { LOCALES } from './model/locales.ts';
import { interpolate } from './interpolate.ts';
import { allFlows, entryFlow, flowsOf, resolveDeadline, resolveText } from './content-rules.ts';
import { didYouMean, suggestion } from './suggest.ts';
import type { Condition } from './model/condition.ts';
import { flowRefs } from './condition-refs.ts';
import { checkOverlays } from './verify/check-overlay.ts';
import { checkFlow, phrasesOf } from './verify/check-flow.ts';
import { checkNextStep, type NextStepSummary } from './verify/check-next-step.ts';
import { checkSource, checkText } from './verify/check-sources.ts';
import { scenarioCoverage, type Coverage, type ScenarioRef } from './verify/coverage.ts';
import { walk } from './verify/walk.ts';
import { checkReviews } from './verify/check-reviews.ts';
import { checkGlossary, checkPhraseVoices, checkTextWording } from './verify/check-wording.ts';
import { median } from './lix.ts';

export type { Coverage, ScenarioRef };

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
  /**
   * LIX of every Danish text a municipality can show, hardest first: as the citizen reads it (`lix`, the
   * median is over these) and, where it differs, in a relative's voice (`relativeLix`).
   */
  readability: {
    median: number;
    relativeMedian: number;
    texts: Array<{ file: string; lix: number; relativeLix?: number }>;
  };
  /** Problems with how texts are written: LIX over 40, unexplained terms, no relative voice, caveats in the main text. */
  wording: ContentProblem[];
  /** With scenarios: which reachable outcomes (on any date) a scenario pins. */
  coverage?: Coverage;
  /**
   * Per `<municipality>/<flow>/<outcome>`: the next step where no condition picks another (actor,
   * action, the deadline that dates it), and `variants` where the answers pick one of several.
   */
  nextSteps: Record<string, NextStepSummary & { variants?: NextStepSummary[] }>;
  /** What is due soon but not yet a problem: a law source to check again within 30 days of `today`. */
  warnings: ContentProblem[];
}

/**
 * Whether wording problems fail the verifier. Off only while the texts are being rewritten to pass
 * them; `report.wording` lists them either way.
 */
export const WORDING_BLOCKS = true;

/**
 * Walks every flow for every municipality and reports what is broken: dangling
 * or unreachable nodes, cycles, missing texts or translations, unknown facts and sources.
 * Given the scenarios, also every reachable outcome no scenario pins.
 * @example verify(source, '2026-11-24').problems // => []
 */
export function verify(
  source: ContentSource,
  asOf: string,
  {
    wordingBlocks = WORDING_BLOCKS,
    scenarios,
    today,
  }: {
    wordingBlocks?: boolean;
    scenarios?: readonly ScenarioRef[];
    /**
     * The day the verifier runs (the caller's clock, Europe/Copenhagen): law sources whose `reviewBy`
     * has passed are problems, those due within 30 days warnings. Not the day whose rules apply (`asOf`).
     */
    today?: string;
  } = {},
): VerifyReport {
  const problems: ContentProblem[] = [...checkGlossary(source)];
  const reviews = today ? checkReviews(source, today) : { problems: [], warnings: [] };
  problems.push(...reviews.problems);
  const wording: ContentProblem[] = [...checkPhraseVoices(source)];
  const lix = new Map<string, { lix: number; relativeLix?: number }>();
  const flowIds = Object.keys(source.flows).sort();
  for (const { file, flow } of Object.values(source.flows)) {
    problems.push(...checkFlow(file, flow, flowIds));
    for (const [id, node] of Object.entries(flow.nodes)) {
      const target = node.kind === 'flow' && node.at ? source.flows[node.flow]?.flow : undefined;
      if (node.kind === 'flow' && node.at && target && !(target.entries ?? []).includes(node.at)) {
        problems.push({
          file,
          message: `nodes.${id}: goes on at "${node.at}", which is not one of ${node.flow}'s entries`,
        });
      }
    }
  }
  // A municipality's own version of a flow: reported once, in its own file, for what its nodes break.
  const reported = new Set(problems.map((p) => p.message));
  for (const { flows } of Object.values(source.municipalities)) {
    for (const { file, flow } of Object.values(flows ?? {})) {
      problems.push(...checkFlow(file, flow, flowIds).filter((p) => !reported.has(p.message)));
    }
  }
  const detail: VerifyReport['detail'] = [];
  const sectionIds = [
    ...new Set(
      allFlows(source).flatMap((flow) =>
        Object.values(flow.nodes).flatMap((n) => (n.kind === 'outcome' ? n.sections.map((x) => x.text) : [])),
      ),
    ),
  ];
  const usedTexts = new Set<string>();
  const nextSteps: VerifyReport['nextSteps'] = {};
  const stepProblems = new Set<string>();
  let journeys = 0;
  let reachable = 0;
  const checkedTexts = new Set<string>();
  const reachableByMunicipality = new Map<string, Set<string>>();
  // A walk depends only on the offers, the documents, the facts and the date: the 95 municipalities on the national base share theirs.
  const walks = new Map<string, ReturnType<typeof walk>>();
  for (const [muniId, { file, municipality, texts, flows: ownFlows }] of Object.entries(source.municipalities)) {
    const flows = flowsOf(source, muniId);
    const signature = `${ownFlows ? muniId : ''}|${municipality.offers.join(',')}|${municipality.describes.join(',')}|${municipality.facts.join(',')}`;
    const walkFrom = (flowId: string, ctx: EvaluationContext, byDate = true) => {
      const key = `${signature}|${flowId}|${byDate}`;
      let found = walks.get(key);
      if (!found) walks.set(key, (found = walk(flows, flowId, ctx, byDate)));
      return found;
    };
    if (municipality.mainContact && !municipality.contacts[municipality.mainContact]) {
      problems.push({ file, message: `mainContact: "${municipality.mainContact}" is not one of its contacts` });
    }
    const ctx: EvaluationContext = { municipality, answers: {}, today: asOf };
    const outcomes = new Set<string>();
    reachableByMunicipality.set(muniId, outcomes);
    const start = entryFlow(municipality);
    const journey = flows[start] ? walkFrom(start, ctx) : undefined;
    if (journey) {
      journeys += journey.paths;
      journey.outcomes.forEach((o) => outcomes.add(o));
      // Outcomes that open before or after the as-of date need their texts too.
      walkFrom(start, ctx, false).outcomes.forEach((o) => outcomes.add(o));
      for (const f of journey.notOffered) {
        problems.push({ file, message: `the guide leads into the flow "${f}", which ${muniId} does not offer` });
      }
    }
    for (const flowId of municipality.describes) {
      if (!flows[flowId] || !municipality.offers.includes(flowId)) {
        problems.push({
          file,
          message: `describes: the guide has no section "${flowId}"${suggestion(flowId, municipality.offers)}`,
        });
      }
    }
    for (const flowId of municipality.offers) {
      const entry = flows[flowId];
      if (!entry) {
        problems.push({ file, message: `offers: the flow "${flowId}" does not exist` });
        continue;
      }
      const own = walkFrom(flowId, ctx);
      own.outcomes.forEach((o) => outcomes.add(o));
      detail.push({ municipality: muniId, flow: flowId, paths: own.paths, outcomes: [...own.outcomes].sort() });
      if (journey && !journey.flowsReached.has(flowId)) {
        problems.push({
          file,
          message: `offers: "${flowId}" cannot be reached from the start of the guide (${start})`,
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
      const node = flows[flowId]?.flow.nodes[outcomeId];
      if (node?.kind !== 'outcome') continue;
      // In a section its documents do not describe, the national base speaks: its own texts and
      // service targets only where the content says so (a `describes` test for the flow).
      const nationalHere = municipality.offers.includes(flowId) && !municipality.describes.includes(flowId);
      const step = checkNextStep(key, node, municipality, source.deadlines.deadlines, flows[flowId]?.file ?? file);
      // The 95 municipalities on the national base share their flows: one report per file and message.
      for (const p of step.problems) {
        if (!stepProblems.has(`${p.file}|${p.message}`)) problems.push(p);
        stepProblems.add(`${p.file}|${p.message}`);
      }
      const last = step.steps.at(-1);
      if (last) nextSteps[`${muniId}/${key}`] = step.steps.length > 1 ? { ...last, variants: step.steps } : last;
      const ownRuleHere = (when: Condition | undefined) => nationalHere && !(when && flowRefs(when).includes(flowId));
      for (const section of node.sections) {
        const textId = section.text;
        if (texts[textId] && ownRuleHere(section.when)) {
          problems.push({
            file,
            message: `${key}: shows its own text "${textId}" in "${flowId}", which its documents do not describe; give the section when: { test: describes, flow: ${flowId} } or use a text only its own nodes name`,
          });
        }
        usedTexts.add(`${muniId}/${textId}`);
        usedTexts.add(`shared/${textId}`);
        // A role is a text only an overlay fills: none here means it is left out.
        if ('role' in section && !texts[textId] && !source.sharedTexts[textId]) continue;
        for (const locale of LOCALES) {
          const text = resolveText(texts, source.sharedTexts, textId, locale);
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
          checkTextWording(text, municipality, source, locale, lix, wording);
        }
      }
      for (const entry of node.deadlines) {
        const id = entry.deadline;
        const found = resolveDeadline(municipality, source.deadlines.deadlines, id);
        // A role is a deadline only an overlay fills: none here means it is left out.
        if (!found && 'role' in entry) continue;
        if (found?.own && ownRuleHere(entry.when)) {
          problems.push({
            file,
            message: `${key}: uses its own deadline "${id}" in "${flowId}", which its documents do not describe; give it when: { test: describes, flow: ${flowId} }`,
          });
        }
        if (!found) {
          problems.push({
            file,
            message: `${key}: the deadline "${id}" is neither in ${muniId}'s deadlines nor in ${source.deadlines.file}`,
          });
          continue;
        }
        problems.push(
          ...checkSource(
            found.own ? file : source.deadlines.file,
            `deadline ${id}`,
            found.deadline.source,
            muniId,
            source,
          ),
        );
      }
      for (const id of node.parameters) {
        const param = source.parameters.parameters[id];
        if (!param)
          problems.push({
            file: flows[flowId]?.file ?? file,
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
          message: `the text "${textId}" is not used by any outcome ${muniId} can reach${didYouMean(textId, sectionIds)}`,
        });
      }
    }
  }
  problems.push(...checkOverlays(source));
  for (const [textId, byLocale] of Object.entries(source.sharedTexts)) {
    if (!usedTexts.has(`shared/${textId}`)) {
      const anyFile = Object.values(byLocale)[0]?.file ?? 'content/texts';
      problems.push({ file: anyFile, message: `the text "${textId}" is not used by any reachable outcome` });
    }
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const texts = [...lix]
    .map(([file, v]) => ({ file, lix: round(v.lix), ...(v.relativeLix ? { relativeLix: round(v.relativeLix) } : {}) }))
    .sort((a, b) => b.lix - a.lix);
  const covered =
    scenarios &&
    scenarioCoverage(
      nationalAsOne(source, reachableByMunicipality),
      scenarios.map((sc) =>
        source.municipalities[sc.municipality]?.overlay === false ? { ...sc, municipality: 'national-base' } : sc,
      ),
    );
  if (covered) problems.push(...covered.problems);
  return {
    ...(covered ? { coverage: covered.coverage } : {}),
    readability: {
      median: round(median(texts.map((t) => t.lix))),
      relativeMedian: round(median(texts.map((t) => t.relativeLix ?? t.lix))),
      texts,
    },
    wording,
    warnings: reviews.warnings,
    municipalities: Object.keys(source.municipalities).sort(),
    flows: flowIds,
    locales: [...LOCALES],
    outcomes: reachable,
    paths: journeys,
    asOf,
    problems: wordingBlocks ? [...problems, ...wording] : problems,
    detail,
    nextSteps,
  };
}

/** The municipalities on the national base share one content: a scenario in any of them pins it for all. */
function nationalAsOne(source: ContentSource, reachable: Map<string, Set<string>>): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const [id, outcomes] of reachable) {
    const key = source.municipalities[id]?.overlay === false ? 'national-base' : id;
    const set = merged.get(key) ?? new Set<string>();
    outcomes.forEach((o) => set.add(o));
    merged.set(key, set);
  }
  return merged;
}
