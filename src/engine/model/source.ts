import { z } from 'zod';
import { IdSchema, IsoDateSchema, PhraseSchema } from './phrase.ts';

/** A document a rule rests on: a municipal quality standard (a seed) or a law. */
export const SourceSchema = z.strictObject({
  title: PhraseSchema,
  publisher: z.string().min(1),
  /** As precise as the document says: YYYY, YYYY-MM or YYYY-MM-DD; absent when undated. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /** The file in shared/seeds, or the law's official name and number. */
  document: z.string().min(1),
  /** Municipalities whose rules the document sets; empty for national law. */
  covers: z.array(IdSchema).default([]),
  note: PhraseSchema.optional(),
  /**
   * National law: the day (or month) the guide last checked the rules against the law as it stands.
   * Every result that cites the source says so ("Reglerne er sidst tjekket …").
   */
  checked: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM')
    .optional(),
  /** National law: check the rules again by this day. The verifier warns 30 days before and fails after it. */
  reviewBy: IsoDateSchema.optional(),
  /** A bill: whether it has been passed, as far as the guide has checked, and the day it is planned to take effect. */
  bill: z.strictObject({ status: z.enum(['pending', 'passed']), effective: IsoDateSchema }).optional(),
});
export const SourcesFileSchema = z.record(IdSchema, SourceSchema);
export type Source = z.infer<typeof SourceSchema>;
