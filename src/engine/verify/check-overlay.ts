import { leaves } from '../condition-refs.ts';
import { allFlows } from '../content-rules.ts';
import type { ContentProblem } from '../model/bundle.ts';
import type { Condition } from '../model/condition.ts';
import type { ContentSource } from '../model/content-source.ts';
import { suggestion } from '../suggest.ts';
import { checkSource } from './check-sources.ts';

/** Every condition in every flow. */
function conditions(source: ContentSource): Condition[] {
  return allFlows(source).flatMap((flow) =>
    Object.values(flow.nodes).flatMap((node) => {
      if (node.kind === 'route') return node.routes.map((r) => r.when);
      if (node.kind === 'outcome')
        return [...node.sections, ...node.deadlines].flatMap((s) => (s.when ? [s.when] : []));
      return [];
    }),
  );
}

/**
 * What an overlay (a municipality's own folder) names must exist in the flows: every fact it
 * declares is read by some flow, every deadline it defines is a deadline or role some outcome
 * names. Law dates name a source. Each problem suggests the nearest name that does exist.
 */
export function checkOverlays(source: ContentSource): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const facts = [
    ...new Set(
      conditions(source)
        .flatMap(leaves)
        .flatMap((l) => (l.test === 'fact' ? [l.fact] : [])),
    ),
  ];
  const deadlines = [
    ...new Set(
      allFlows(source).flatMap((flow) =>
        Object.values(flow.nodes).flatMap((n) => (n.kind === 'outcome' ? n.deadlines.map((d) => d.deadline) : [])),
      ),
    ),
  ];
  const checkedNational = new Set<string>();
  for (const { file, municipality, overlay } of Object.values(source.municipalities)) {
    // The 95 municipalities on the national base share one list of facts: check it once.
    if (overlay === false) {
      if (checkedNational.has(file)) continue;
      checkedNational.add(file);
    }
    for (const fact of municipality.facts) {
      if (!facts.includes(fact)) {
        problems.push({ file, message: `facts: "${fact}" is never read by a flow${suggestion(fact, facts)}` });
      }
    }
    for (const id of Object.keys(municipality.deadlines)) {
      if (!deadlines.includes(id)) {
        problems.push({
          file,
          message: `deadlines.${id}: no outcome names this deadline or role${suggestion(id, deadlines)}`,
        });
      }
    }
  }
  const lawDates = source.lawDates;
  if (lawDates) {
    for (const [id, date] of Object.entries(lawDates.dates)) {
      problems.push(...checkSource(lawDates.file, `${id}.source`, date.source, '', source));
    }
  }
  return problems;
}
