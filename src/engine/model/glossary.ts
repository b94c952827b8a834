import { z } from 'zod';
import { IdSchema } from './phrase.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One term in one language. */
const GlossaryTermSchema = z.strictObject({
  /** The term as a heading in the list of explained words, e.g. "genoptræningsplan". */
  term: nonEmpty,
  /**
   * How the term starts in running text; a marked word `[[…]]` or a word in the text is this term when it
   * begins with one of these (case-insensitive, except abbreviations in capitals). Defaults to `term`.
   */
  match: z.array(nonEmpty).optional(),
  /** One plain sentence, written so it reads right to the citizen and to a relative (no "du"/"you"). */
  explanation: nonEmpty.refine((s) => !/[.!?]\s+\p{Lu}/u.test(s.trim()), 'must be one sentence'),
});

/** `content/glossary.yaml`: terms the texts explain where they first appear on a page. */
export const GlossaryEntrySchema = z.strictObject({
  da: GlossaryTermSchema,
  en: GlossaryTermSchema,
  /** Ids in `content/sources.yaml` the explanation rests on. */
  sources: z.array(IdSchema).min(1, 'every term names at least one source'),
});
export const GlossaryFileSchema = z.record(IdSchema, GlossaryEntrySchema);
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type Glossary = z.infer<typeof GlossaryFileSchema>;

/** A term as the result page shows it. */
export interface GlossaryItem {
  term: string;
  explanation: string;
}
