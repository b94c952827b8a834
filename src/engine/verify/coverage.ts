import type { ContentProblem } from '../model/bundle.ts';

/** What a scenario claims: this citizen in this municipality reaches this outcome. */
export interface ScenarioRef {
  /** The file the scenario is in, for problems. */
  file: string;
  name: string;
  municipality: string;
  /** `flow/outcome`. */
  outcome: string;
  /** Whether it also pins the outcome's next step (who acts, what, by when). */
  nextStep?: boolean;
}

export interface Coverage {
  /** Reachable (municipality, flow, outcome) triples. */
  outcomes: number;
  /** Those a scenario pins. */
  covered: number;
  /** The others, as `<municipality>/<flow>/<outcome>`, sorted. */
  uncovered: string[];
}

/**
 * Which reachable outcomes the scenarios pin. Every uncovered outcome is a problem, so is one whose
 * next step no scenario pins, and so is a scenario that expects an outcome its municipality cannot reach.
 * @example scenarioCoverage(new Map([['ishoj', new Set(['sl140/offer'])]]), []).coverage.uncovered // ['ishoj/sl140/offer']
 */
export function scenarioCoverage(
  reachable: ReadonlyMap<string, ReadonlySet<string>>,
  scenarios: readonly ScenarioRef[],
): { coverage: Coverage; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const pinned = new Set<string>();
  const stepPinned = new Set<string>();
  for (const s of scenarios) {
    if (reachable.get(s.municipality)?.has(s.outcome)) {
      pinned.add(`${s.municipality}/${s.outcome}`);
      if (s.nextStep) stepPinned.add(`${s.municipality}/${s.outcome}`);
    } else {
      problems.push({
        file: s.file,
        message: `${s.name}: expects ${s.outcome}, which ${s.municipality} cannot reach`,
      });
    }
  }
  const all = [...reachable].flatMap(([m, outcomes]) => [...outcomes].map((o) => `${m}/${o}`)).sort();
  const uncovered = all.filter((o) => !pinned.has(o));
  for (const o of uncovered) {
    problems.push({
      file: 'tests/scenarios',
      message: `${o}: no scenario reaches this outcome; add a citizen who does, quoting the seed line it rests on`,
    });
  }
  for (const o of all.filter((x) => pinned.has(x) && !stepPinned.has(x))) {
    problems.push({
      file: 'tests/scenarios',
      message: `${o}: no scenario pins its next step; add nextStep: { actor, action } to a citizen who reaches it`,
    });
  }
  return { coverage: { outcomes: all.length, covered: all.length - uncovered.length, uncovered }, problems };
}
