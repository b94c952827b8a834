/**
 * Scenario files (`tests/scenarios/*.yaml`): realistic citizens, a situation in and the expected
 * outcome out, each citing the seed line it rests on. Read by the scenario tests and by the
 * verifier, which reports every reachable outcome no scenario pins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';

export const ScenarioSchema = z.strictObject({
  name: z.string().min(1),
  /** The seed (file number and section) the expectation rests on. */
  seed: z.string().min(1),
  municipality: z.string(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Answers per flow id, then node id. */
  answers: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  expect: z.strictObject({
    /** `flow/outcome`. */
    outcome: z.string(),
    sections: z.array(z.string()).default([]),
    notSections: z.array(z.string()).default([]),
    /** Phrases the rendered Danish result must contain (e.g. the complaint body). */
    texts: z.array(z.string()).default([]),
    /** Phrases the rendered Danish result must not contain (e.g. a complaint body of another law). */
    notTexts: z.array(z.string()).default([]),
    /** Phrases the Danish texts that always print (`print: true`: the printout and the desk handout) must contain. */
    printedTexts: z.array(z.string()).default([]),
    /** The same checks on the rendered English result. */
    textsEn: z.array(z.string()).default([]),
    notTextsEn: z.array(z.string()).default([]),
    /** `flow/node` → a phrase its Danish question, hint or option labels must contain (e.g. a hint's wording). */
    questionTexts: z.record(z.string(), z.string()).default({}),
    /** The same for the English wording. */
    questionTextsEn: z.record(z.string(), z.string()).default({}),
    /** Deadline id → expected concrete date. */
    deadlines: z.record(z.string(), z.string()).default({}),
    /** Deadline id → which kind of date it is (the citizen's own deadline, a service target, law, an earliest date). */
    deadlineKinds: z
      .record(z.string(), z.enum(['citizenDeadline', 'serviceTarget', 'legal', 'earliestDate']))
      .default({}),
    /** Deadline ids the outcome must not list. */
    notDeadlines: z.array(z.string()).default([]),
    /** Conclusion id → expected verdict (yes, no, assessed), e.g. transport. */
    conclusions: z.record(z.string(), z.enum(['yes', 'no', 'assessed'])).default({}),
    /** Assumptions the result must state (e.g. the plan arrived on the discharge day), by phrase. */
    assumes: z.array(z.string()).default([]),
    /**
     * The next step: who acts, what, the deadline that dates it and its date (or `none` where the
     * guide cannot count it), and the date the person gave that it shows (`on`).
     */
    nextStep: z
      .strictObject({
        actor: z.string(),
        action: z.string(),
        contact: z.string().optional(),
        deadline: z.string().optional(),
        date: z.string().optional(),
        on: z.string().optional(),
      })
      .optional(),
  }),
});

export type Scenario = z.infer<typeof ScenarioSchema>;

/** Every scenario in `dir`, each with the file it is in; a file that does not parse throws, naming it. */
export function loadScenarios(dir: string): Array<{ file: string; scenarios: Scenario[] }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = z.array(ScenarioSchema).safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
      return { file, scenarios: parsed.data };
    });
}
