import { z } from 'zod';
import { IdSchema, IsoDateSchema, PhraseSchema } from './phrase.ts';

/** A date on which a law, or a part of it, takes effect: a parameter with its source. */
export const LawDateSchema = z.strictObject({
  label: PhraseSchema,
  date: IsoDateSchema,
  source: IdSchema,
  /** Said where the date is planned but not yet law. */
  note: PhraseSchema.optional(),
});
export type LawDate = z.infer<typeof LawDateSchema>;
export const LawDatesFileSchema = z.record(IdSchema, LawDateSchema);
