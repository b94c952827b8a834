import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './phrase.ts';

/**
 * The closed set of tests a flow may branch on. Never a string to parse or
 * eval: each test is a tagged object, so the verifier can read every one.
 */
export type Condition =
  | { test: 'answer'; node: string; in: string[] }
  | { test: 'numberAtLeast'; node: string; value: number }
  | { test: 'daysSinceAtMost'; node: string; days: number }
  | { test: 'monthsSinceLessThan'; node: string; months: number }
  | { test: 'daysAfter'; node: string; after: string[]; days: number }
  /** The person gave a date (not "Ved ikke") in answer to `node`. */
  | { test: 'dated'; node: string }
  | { test: 'describes'; flow: string }
  | { test: 'fact'; fact: string }
  | { test: 'inForce'; from?: string; to?: string; since?: string; before?: string }
  /** A named condition from the flow's `conditions`; the loader puts the condition in its place. */
  | { test: 'condition'; name: string }
  | { test: 'all'; of: Condition[] }
  | { test: 'any'; of: Condition[] }
  | { test: 'not'; condition: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('test', [
    z.strictObject({ test: z.literal('answer'), node: IdSchema, in: z.array(z.string()).min(1) }),
    z.strictObject({ test: z.literal('numberAtLeast'), node: IdSchema, value: z.number() }),
    z.strictObject({
      test: z.literal('daysSinceAtMost'),
      node: IdSchema,
      days: z.number().int().nonnegative(),
    }),
    z.strictObject({
      test: z.literal('monthsSinceLessThan'),
      node: IdSchema,
      months: z.number().int().positive(),
    }),
    // The date answered to `node` lies more than `days` days after the first of `after` that has a date.
    z.strictObject({
      test: z.literal('daysAfter'),
      node: IdSchema,
      after: z.array(IdSchema).min(1),
      days: z.number().int().nonnegative(),
    }),
    z.strictObject({ test: z.literal('dated'), node: IdSchema }),
    z.strictObject({ test: z.literal('describes'), flow: IdSchema }),
    z.strictObject({ test: z.literal('fact'), fact: IdSchema }),
    z
      .strictObject({
        test: z.literal('inForce'),
        from: IsoDateSchema.optional(),
        to: IsoDateSchema.optional(),
        /** A law date (content/law-dates.yaml) from which the branch holds; the loader turns it into `from`. */
        since: IdSchema.optional(),
        /** A law date before which the branch holds; the loader turns it into `to` (the day before). */
        before: IdSchema.optional(),
      })
      .refine(
        (c) => [c.from, c.to, c.since, c.before].some((v) => v !== undefined),
        'needs since or before (a law date), or from or to',
      ),
    z.strictObject({ test: z.literal('condition'), name: IdSchema }),
    z.strictObject({ test: z.literal('all'), of: z.array(ConditionSchema).min(1) }),
    z.strictObject({ test: z.literal('any'), of: z.array(ConditionSchema).min(1) }),
    z.strictObject({ test: z.literal('not'), condition: ConditionSchema }),
  ]),
);
