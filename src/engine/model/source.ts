import { z } from 'zod';
import { IdSchema, PhraseSchema } from './phrase.ts';

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
});
export const SourcesFileSchema = z.record(IdSchema, SourceSchema);
export type Source = z.infer<typeof SourceSchema>;
