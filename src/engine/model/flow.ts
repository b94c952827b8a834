import { z } from 'zod';
import { ConditionSchema } from './condition.ts';
import { EventSchema } from './deadline.ts';
import { IdSchema, PhraseSchema } from './phrase.ts';

const questionBase = {
  question: PhraseSchema,
  /** A short help text under a hard question. */
  hint: PhraseSchema.optional(),
};

export const ChoiceNodeSchema = z.strictObject({
  kind: z.literal('choice'),
  ...questionBase,
  options: z
    .array(
      z.strictObject({
        value: IdSchema,
        label: PhraseSchema,
        hint: PhraseSchema.optional(),
        next: IdSchema,
      }),
    )
    .min(2, 'a choice needs at least two options'),
});

export const YesNoNodeSchema = z.strictObject({
  kind: z.literal('yesNo'),
  ...questionBase,
  next: z.strictObject({
    yes: IdSchema,
    no: IdSchema,
    /** Present only where "Ved ikke" is a valid answer. */
    dontKnow: IdSchema.optional(),
  }),
});

export const DateNodeSchema = z.strictObject({
  kind: z.literal('date'),
  ...questionBase,
  /**
   * Which dates make sense: a letter already received lies in the past; `pastOrPlanned` also
   * accepts a date up to six months ahead (a planned discharge, a plan on its way); `future` is
   * today up to six months ahead (an application the person will send).
   */
  range: z.enum(['past', 'pastOrPlanned', 'future', 'any']),
  /** The events this date stands for, so deadlines can count from it. */
  events: z.array(EventSchema).default([]),
  next: IdSchema,
  /** Where "Ved ikke" leads; absent when the date is required. */
  unknown: IdSchema.optional(),
  /** On "Ved ikke", count this date's events from another event instead, and say so. */
  assume: z.strictObject({ from: EventSchema, note: PhraseSchema }).optional(),
});

export const NumberNodeSchema = z.strictObject({
  kind: z.literal('number'),
  ...questionBase,
  unit: PhraseSchema.optional(),
  min: z.number(),
  max: z.number(),
  integer: z.boolean().default(true),
  next: IdSchema,
  unknown: IdSchema.optional(),
});

export const RouteNodeSchema = z.strictObject({
  kind: z.literal('route'),
  /** The first route whose condition holds wins. */
  routes: z.array(z.strictObject({ when: ConditionSchema, next: IdSchema })).default([]),
  otherwise: IdSchema,
});

/** Who acts next. */
export const NEXT_STEP_ACTORS = ['person', 'municipality', 'hospital', 'doctor', 'nobody'] as const;
/**
 * What the next step is. The person: apply, call (ask something; the step's text says what),
 * askReferral, complain, chooseProvider (free choice of another provider). The municipality:
 * waitInvitation (it gets in touch), waitDecision (it answers an application). The hospital or
 * doctor: sendReferral. startTraining: the training starts on a date the person was given.
 * nothing: nothing to do now (the step's text says why and when that changes).
 */
export const NEXT_STEP_ACTIONS = [
  'apply',
  'call',
  'askReferral',
  'complain',
  'chooseProvider',
  'waitInvitation',
  'waitDecision',
  'sendReferral',
  'startTraining',
  'nothing',
] as const;
export const OUTCOME_STATUSES = ['canGet', 'canApply', 'decides', 'notNow', 'notHere', 'complain', 'findOut'] as const;

export const NextStepSchema = z.strictObject({
  when: ConditionSchema.optional(),
  actor: z.enum(NEXT_STEP_ACTORS),
  action: z.enum(NEXT_STEP_ACTIONS),
  /**
   * How: the contact to use. A contact id of the municipality (its `contacts`), or one of the
   * parties every municipality has: `municipality` (the municipality itself, not its training
   * centre), `hospital` (the hospital department), `doctor` (the person's own doctor),
   * `patient-complaints` (Styrelsen for Patientklager).
   */
  contact: IdSchema.optional(),
  /** A link of the municipality's (by id), e.g. an application form. */
  link: IdSchema.optional(),
  /**
   * The outcome's deadline that dates the step; with a list, the first one the municipality has
   * (a role its overlay fills, else the law's).
   */
  deadline: z.union([IdSchema, z.array(IdSchema).min(1)]).optional(),
  /** Or the date the person gave for an event (e.g. the offered start). */
  on: EventSchema.optional(),
  /** One or two sentences on what exactly to do or ask. */
  text: PhraseSchema.optional(),
});

export const OutcomeNodeSchema = z.strictObject({
  kind: z.literal('outcome'),
  /** offer: an offer fits; referral: not here, go there instead. */
  type: z.enum(['offer', 'referral']),
  /**
   * The status in words at the top of the result. Defaults: offer → canGet, referral → notHere.
   * canApply: the person may apply; decides: the municipality assesses it; notNow: not now (the
   * result says when that changes); notHere: not here (the result says where instead); complain:
   * a page about complaining; findOut: something must be found out first.
   */
  status: z.enum(OUTCOME_STATUSES).optional(),
  /**
   * The legal basis the result names where it is not the flow's own law, e.g. the Ældreloven for the
   * result that sends a § 86 question there. Without it the flow's `law` is the basis.
   */
  law: PhraseSchema.optional(),
  title: PhraseSchema,
  summary: PhraseSchema,
  /**
   * Markdown texts (by text id) shown on the result page, in order. `text`: the municipality's own
   * text, else the national one, must exist. `role`: a text only a municipality's overlay fills
   * (e.g. its contact); left out where it has none.
   */
  sections: z
    .array(
      z.union([
        z.strictObject({
          text: IdSchema,
          when: ConditionSchema.optional(),
          /** Printed even when its accordion is closed (e.g. how to complain). */
          print: z.boolean().optional(),
          /** A second need that comes after this outcome's (e.g. a § 119 programme once § 140 ends); the desk shows both in order. */
          afterwards: z.boolean().optional(),
        }),
        z
          .strictObject({
            role: IdSchema,
            when: ConditionSchema.optional(),
            print: z.boolean().optional(),
            afterwards: z.boolean().optional(),
          })
          .transform(({ role, when, print, afterwards }) => ({
            text: role,
            when,
            print,
            afterwards,
            role: true as const,
          })),
      ]),
    )
    .min(1, 'an outcome needs at least one text'),
  /**
   * Deadlines for the timeline. `deadline`: the municipality's own, else the national one, must exist.
   * `role`: a deadline only a municipality's overlay fills (its service targets); left out where it has none.
   */
  deadlines: z
    .array(
      z.union([
        z.strictObject({ deadline: IdSchema, when: ConditionSchema.optional() }),
        z
          .strictObject({ role: IdSchema, when: ConditionSchema.optional() })
          .transform(({ role, when }) => ({ deadline: role, when, role: true as const })),
      ]),
    )
    .default([]),
  /** Dated amounts (content/parameters.yaml) to show with the outcome. */
  parameters: z.array(IdSchema).default([]),
  /**
   * The one next step, shown first: who acts, what, how and by which date. A list is tried in
   * order and the first whose `when` holds is the step (the last one needs no `when`).
   */
  nextStep: z
    .union([NextStepSchema, z.array(NextStepSchema).min(1)], {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: every outcome needs a next step (actor, action, and the contact or deadline it needs)'
          : undefined,
    })
    .transform((s) => (Array.isArray(s) ? s : [s])),
  /** Conclusions (the flow's `conclusions`, by id) drawn from the answers, e.g. transport. */
  conclusions: z.array(IdSchema).optional(),
});

/**
 * A conclusion the result draws from the answers (e.g. whether the person has a right to
 * transport): the first option whose condition holds, else `otherwise`.
 */
const ConclusionOptionSchema = z.strictObject({
  /** yes: a right; no: none (the text says why and what would change it); assessed: someone decides. */
  verdict: z.enum(['yes', 'no', 'assessed']),
  /** A short line shown on the result. */
  text: PhraseSchema,
});
export const ConclusionSchema = z.strictObject({
  title: PhraseSchema,
  options: z.array(ConclusionOptionSchema.extend({ when: ConditionSchema })).default([]),
  otherwise: ConclusionOptionSchema,
});

/** Goes on in another flow: the triage hands over to a law section's flow. */
export const FlowJumpNodeSchema = z.strictObject({
  kind: z.literal('flow'),
  flow: IdSchema,
  /** Where in that flow to go on: one of its `entries`; its start without it. */
  at: IdSchema.optional(),
});

export const FlowNodeSchema = z.discriminatedUnion('kind', [
  ChoiceNodeSchema,
  YesNoNodeSchema,
  DateNodeSchema,
  NumberNodeSchema,
  RouteNodeSchema,
  OutcomeNodeSchema,
  FlowJumpNodeSchema,
]);

export const FlowSchema = z.strictObject({
  id: IdSchema,
  law: PhraseSchema,
  title: PhraseSchema,
  /** Named conditions, written once and used as `{ test: condition, name: … }`. */
  conditions: z.record(IdSchema, ConditionSchema).optional(),
  start: IdSchema,
  /** Nodes other flows may go on from (a flow node's `at`), besides the start: e.g. a decision's date from the triage. */
  entries: z.array(IdSchema).optional(),
  nodes: z.record(IdSchema, FlowNodeSchema),
  conclusions: z.record(IdSchema, ConclusionSchema).optional(),
});

/**
 * A municipality's own part of a flow (`content/municipalities/<id>/flows/<flow>.yaml`): the nodes
 * its documents add or replace on the national flow with the same id. Nothing else of the flow changes.
 */
export const FlowOverlaySchema = z.strictObject({
  /** Where the municipality's flow starts, when its documents ask something before the national questions. */
  start: IdSchema.optional(),
  conditions: z.record(IdSchema, ConditionSchema).optional(),
  /** Nodes of the national flow this municipality's documents state otherwise, by the national node's id. */
  replace: z.record(IdSchema, FlowNodeSchema).default({}),
  /** Nodes only this municipality has. */
  add: z.record(IdSchema, FlowNodeSchema).default({}),
});

export type Flow = z.infer<typeof FlowSchema>;
export type FlowOverlay = z.infer<typeof FlowOverlaySchema>;
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type ChoiceNode = z.infer<typeof ChoiceNodeSchema>;
export type YesNoNode = z.infer<typeof YesNoNodeSchema>;
export type DateNode = z.infer<typeof DateNodeSchema>;
export type NumberNode = z.infer<typeof NumberNodeSchema>;
export type RouteNode = z.infer<typeof RouteNodeSchema>;
export type OutcomeNode = z.infer<typeof OutcomeNodeSchema>;
export type FlowJumpNode = z.infer<typeof FlowJumpNodeSchema>;
export type Conclusion = z.infer<typeof ConclusionSchema>;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
export type NextStep = z.infer<typeof NextStepSchema>;
export type NextStepActor = (typeof NEXT_STEP_ACTORS)[number];
export type NextStepAction = (typeof NEXT_STEP_ACTIONS)[number];
export type QuestionNode = ChoiceNode | YesNoNode | DateNode | NumberNode;
