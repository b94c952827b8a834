import { z } from 'zod';
import { UrlSchema } from './municipality.ts';
import { IdSchema, PhraseSchema } from './phrase.ts';

export const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;

/** One of Denmark's municipalities, as in Danmarks Adresser's kommunekodeliste. */
export const RegisterEntrySchema = z.strictObject({
  /** Kommunekode: four digits. */
  code: z.string().regex(/^\d{4}$/, 'must be the four-digit kommunekode, written in quotes'),
  /** The official name ("Brøndby Kommune") and its English form. */
  name: PhraseSchema,
  region: z.enum(REGIONS),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

/** `content/municipalities.yaml`: every municipality by id. */
export const RegisterFileSchema = z.record(IdSchema, RegisterEntrySchema);

/** `content/national.yaml`: what a municipality without its own documents gets. */
export const NationalBaseSchema = z.strictObject({
  /** The national flows, which every municipality offers; the first is where the guide starts. */
  offers: z.array(IdSchema).min(1),
  /** Facts the flows read for the national base (none today: the flows read `describes` for what is national). */
  facts: z.array(IdSchema).default([]),
  /** National links (complaint bodies, borger.dk) the national texts may use. */
  links: z.record(IdSchema, z.strictObject({ url: UrlSchema, label: PhraseSchema })).default({}),
});
export type NationalBase = z.infer<typeof NationalBaseSchema>;
