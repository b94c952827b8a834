import { z } from 'zod';
import { IdSchema, IsoDateSchema, PhraseSchema } from './phrase.ts';

/** What a deadline counts from. A date question names the events its answer stands for. */
export const EVENTS = [
  'discharge',
  'planReceived',
  'referralReceived',
  'applicationReceived',
  'decisionReceived',
  'complaintReceived',
  'courseEnded',
  'offerReceived',
  'becameAware',
] as const;
export const EventSchema = z.enum(EVENTS);
export type EventId = z.infer<typeof EventSchema>;

/**
 * A deadline as data: from which event, how much, in which unit, whether it is
 * law or a service target, where it comes from, and what to do once it has passed.
 */
export const DeadlineSchema = z.strictObject({
  label: PhraseSchema,
  from: EventSchema,
  amount: z.number().int().positive(),
  unit: z.enum(['calendarDays', 'workingDays', 'weeks', 'months', 'years']),
  kind: z.enum(['legal', 'serviceTarget']),
  /** latest: something must happen by the date; earliest: something may happen from the date on (e.g. a new course after 5 months). */
  bound: z.enum(['latest', 'earliest']).default('latest'),
  /** Complaint deadlines ending on a closed day move to the next working day. */
  rollForward: z.boolean().default(false),
  /** The rule in words, shown next to the date ("senest 4 kalenderdage efter udskrivningen"). */
  rule: PhraseSchema,
  /** What the citizen can do once the date has passed. */
  whenPassed: PhraseSchema,
  source: IdSchema,
});
export type Deadline = z.infer<typeof DeadlineSchema>;
export const DeadlinesFileSchema = z.record(IdSchema, DeadlineSchema);

/** An amount set by law that changes over time (e.g. transport thresholds), with the dates it applies. */
export const ParameterSchema = z.strictObject({
  label: PhraseSchema,
  source: IdSchema,
  /** Said when today's date is after the last known period. */
  afterLastPeriod: PhraseSchema,
  periods: z
    .array(
      z.strictObject({
        from: IsoDateSchema,
        to: IsoDateSchema,
        values: z.array(z.strictObject({ label: PhraseSchema, amount: z.number(), unit: PhraseSchema })).min(1),
      }),
    )
    .min(1),
});
export type Parameter = z.infer<typeof ParameterSchema>;
export const ParametersFileSchema = z.record(IdSchema, ParameterSchema);
