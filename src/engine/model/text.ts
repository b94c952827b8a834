import { z } from 'zod';
import { IdSchema } from './phrase.ts';

/** Front matter of a `<text-id>.<locale>.md` file. */
export const TextFrontMatterSchema = z.strictObject({
  /** Heading shown above the text on the result page. */
  title: z.string().min(1),
  /** Source ids (keys of the municipality's `sources`) the text rests on. */
  sources: z.array(IdSchema).min(1, 'every text names at least one source'),
});
export type TextFrontMatter = z.infer<typeof TextFrontMatterSchema>;
