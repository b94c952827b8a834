import { z } from 'zod';

import { LOCALES } from './locales.ts';

export { LOCALES };
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * A piece of UI text in every locale. `relative` is the same text worded for
 * someone who answers on behalf of another person (third person).
 */
export const PhraseSchema = z.strictObject({
  da: nonEmpty,
  en: nonEmpty,
  relative: z.strictObject({ da: nonEmpty, en: nonEmpty }).optional(),
});
export type Phrase = z.infer<typeof PhraseSchema>;

/** Node, option, text and municipality ids: kebab-case, stable, used as keys everywhere. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and -)');

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
