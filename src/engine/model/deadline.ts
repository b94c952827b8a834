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
  'courseStarted',
  'offerReceived',
  'becameAware',
  /** A later start date the rehabilitation plan sets (the 7 days then run from it). */
  'planStart',
  /** The start date the municipality has offered. */
  'offerStart',
] as const;
export const EventSchema = z.enum(EVENTS);
export type EventId = z.infer<typeof EventSchema>;

/**
 * The four kinds of dates, each with its own label on the result page:
 * - citizenDeadline: something the citizen must do by the date (e.g. tell the municipality of a private provider);
 * - serviceTarget: what the municipality aims for (a target in its quality standard, not a right);
 * - legal: a deadline set by law (complaint time limits, free choice);
 * - earliestDate: the first day something becomes possible (e.g. a new course after 5 months).
 */
export const DEADLINE_KINDS = ['citizenDeadline', 'serviceTarget', 'legal', 'earliestDate'] as const;

/**
 * A deadline as data: from which event, how much, in which unit, which kind of
 * date it is, where it comes from, and what to do once it has passed.
 */
export const DeadlineSchema = z
  .strictObject({
    label: PhraseSchema,
    /** The event the count starts from; with a list, the first one the citizen gave (e.g. a later start date, else the discharge). */
    from: z.union([EventSchema, z.array(EventSchema).min(1)]),
    amount: z.number().int().positive(),
    unit: z.enum(['calendarDays', 'workingDays', 'weeks', 'months', 'years']),
    kind: z.enum(DEADLINE_KINDS),
    /** latest: something must happen by the date; earliest: something may happen from the date on (e.g. a new course after 5 months). */
    bound: z.enum(['latest', 'earliest']).default('latest'),
    /** Complaint deadlines ending on a closed day move to the next working day. */
    rollForward: z.boolean().default(false),
    /** The rule in words, shown next to the date ("senest 4 kalenderdage efter udskrivningen"). */
    rule: PhraseSchema,
    /** What the citizen can do once the date has passed. */
    whenPassed: PhraseSchema,
    source: IdSchema,
  })
  .refine((d) => (d.kind === 'earliestDate') === (d.bound === 'earliest'), {
    message: 'an earliest date needs `kind: earliestDate` and `bound: earliest` together',
    path: ['kind'],
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
