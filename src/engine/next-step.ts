import type { IsoDate } from './calendar.ts';
import type { EventId } from './model/deadline.ts';
import type { NextStep, NextStepAction } from './model/flow.ts';
import type { Contact, Municipality } from './model/municipality.ts';
import type { Phrase } from './model/phrase.ts';
import type { TimelineEntry } from './timeline.ts';

/**
 * Parties every municipality has, named by a next step's `contact` where no contact of its own is
 * meant: `main` is its main contact (e.g. its training centre) where it has one, else the municipality.
 */
export const PARTIES = ['main', 'municipality', 'hospital', 'doctor', 'patient-complaints'] as const;
export type Party = (typeof PARTIES)[number];

/** Steps where the person waits for the municipality: they name who acts and by when. */
export const WAITING: readonly NextStepAction[] = ['waitInvitation', 'waitDecision'];

/** How to reach whoever the step names: one of the municipality's contacts, or a party every municipality has. */
export type NextStepContact = { kind: 'contact'; contact: Contact } | { kind: 'party'; party: Party };

export interface ResolvedNextStep {
  step: NextStep;
  /** The deadline that dates the step, from the outcome's timeline. */
  entry: TimelineEntry | undefined;
  /** The id of the deadline the step names, where one of its deadlines is here (dated or not). */
  deadline: string | undefined;
  /** The date the person gave for the step's event (e.g. the offered start). */
  on: { event: EventId; date: IsoDate } | undefined;
  contact: NextStepContact | undefined;
  link: { url: string; label: Phrase } | undefined;
  /** On a waiting step: whom to contact if nothing happens by the date. */
  ifNothing: NextStepContact | undefined;
}

/** The ids a step's `deadline` names, in order of preference. */
export function stepDeadlines(step: Pick<NextStep, 'deadline'>): string[] {
  return step.deadline === undefined ? [] : Array.isArray(step.deadline) ? step.deadline : [step.deadline];
}

/** A contact id as the municipality has it, else a party every municipality has. */
export function resolveContact(
  municipality: Pick<Municipality, 'contacts' | 'mainContact'>,
  id: string,
): NextStepContact | undefined {
  const own = municipality.contacts[id === 'main' ? (municipality.mainContact ?? '') : id];
  if (own) return { kind: 'contact', contact: own };
  if (id === 'main') return { kind: 'party', party: 'municipality' };
  return (PARTIES as readonly string[]).includes(id) ? { kind: 'party', party: id as Party } : undefined;
}

/**
 * The next step as the result shows it: the step the evaluation chose, with the deadline that
 * dates it (the first one of its list the outcome has here), the contact and the link.
 * @example resolveNextStep(evaluation.nextStep, municipality, entries, evaluation.events).entry?.date
 */
export function resolveNextStep(
  step: NextStep,
  municipality: Pick<Municipality, 'contacts' | 'links' | 'mainContact'>,
  entries: readonly TimelineEntry[],
  events: Partial<Record<EventId, IsoDate>>,
): ResolvedNextStep {
  const entry = stepDeadlines(step)
    .map((id) => entries.find((e) => e.id === id))
    .find((e) => e !== undefined);
  const date = step.on ? events[step.on] : undefined;
  const waiting = WAITING.includes(step.action);
  return {
    step,
    entry,
    deadline: entry?.id,
    on: step.on && date ? { event: step.on, date } : undefined,
    contact: step.contact ? resolveContact(municipality, step.contact) : undefined,
    link: step.link ? municipality.links[step.link] : undefined,
    ifNothing: waiting ? resolveContact(municipality, step.contact ?? 'main') : undefined,
  };
}
