import { z } from 'zod';
import { DeadlineSchema } from './deadline.ts';
import { IdSchema, PhraseSchema } from './phrase.ts';

const PhoneSchema = z
  .string()
  .regex(/^\d{2} \d{2} \d{2} \d{2}$/, 'must be a Danish phone number written "12 34 56 78"');

export const UrlSchema = z.string().refine((s) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}, 'must be a full http(s) URL');

export const ContactSchema = z.strictObject({
  name: PhraseSchema,
  phone: PhoneSchema.optional(),
  phoneHours: PhraseSchema.optional(),
  email: z.email('must be an e-mail address').optional(),
  /** Postal address, one line per entry. */
  address: z.array(z.string().min(1)).min(1).optional(),
  /** How to get there, e.g. bus lines. */
  directions: PhraseSchema.optional(),
  /** Said where the source documents are silent, e.g. that no phone number is given. */
  note: PhraseSchema.optional(),
});

export const MunicipalitySchema = z.strictObject({
  id: IdSchema,
  name: PhraseSchema,
  /**
   * The flows the guide offers in this municipality; the first is where the guide starts. Every
   * municipality offers the national base's flows (national.yaml): the loader sets them, so a
   * municipality folder does not write this key (only a content set without national.yaml does).
   */
  offers: z.array(IdSchema).default([]),
  /**
   * The law sections (flows) this municipality's own documents describe. The others come from the
   * national base as they stand, with its text on what its documents cover (national-quality-standard).
   */
  describes: z.array(IdSchema).default([]),
  /** Yes/no facts about the municipality that flows may branch on. */
  facts: z.array(IdSchema).default([]),
  /** The contact a citizen should call first; absent for the national base, which names no local contact. */
  mainContact: IdSchema.optional(),
  contacts: z.record(IdSchema, ContactSchema).default({}),
  links: z.record(IdSchema, z.strictObject({ url: UrlSchema, label: PhraseSchema })).default({}),
  /** The municipality's own deadlines (service targets); they win over shared ones with the same id. */
  deadlines: z.record(IdSchema, DeadlineSchema).default({}),
});

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type Contact = z.infer<typeof ContactSchema>;
