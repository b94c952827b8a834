import type { ContentProblem } from '../model/bundle.ts';
import type { Deadline } from '../model/deadline.ts';
import type { NextStep, OutcomeNode } from '../model/flow.ts';
import type { Municipality } from '../model/municipality.ts';
import { resolveDeadline } from '../content-rules.ts';
import { resolveContact, stepDeadlines, WAITING, PARTIES } from '../next-step.ts';
import { outcomeStatus } from '../outcome-status.ts';

/** What `verify --json` lists per outcome: who acts next, what, and which deadline dates it. */
export interface NextStepSummary {
  actor: NextStep['actor'];
  action: NextStep['action'];
  deadline?: string;
}

/**
 * The next step of one outcome as one municipality gets it: every path has one, each names a
 * contact and link the municipality has, a deadline the outcome lists, and a waiting step names
 * the municipality and a date by when. Returns the problems and the steps in order (the last one
 * is the step where no condition picks another).
 */
export function checkNextStep(
  key: string,
  node: OutcomeNode,
  municipality: Pick<Municipality, 'id' | 'contacts' | 'links' | 'deadlines' | 'mainContact'>,
  shared: Readonly<Record<string, Deadline>>,
  file: string,
): { problems: ContentProblem[]; steps: NextStepSummary[] } {
  const problems: ContentProblem[] = [];
  const add = (message: string) => problems.push({ file, message: `${key}: nextStep ${message}` });
  const listed = new Set(node.deadlines.map((d) => d.deadline));
  const status = outcomeStatus(node);
  if (node.nextStep.at(-1)?.when) add('the last step needs no `when`, so that every path has a next step');
  const steps = node.nextStep.map((step): NextStepSummary => {
    if (step.contact && !resolveContact(municipality, step.contact)) {
      add(
        `names the contact "${step.contact}", which is neither one of ${municipality.id}'s contacts nor ${PARTIES.join(', ')}`,
      );
    }
    if (step.link && !municipality.links[step.link])
      add(`names the link "${step.link}", which ${municipality.id} does not have`);
    const here: Array<{ id: string; deadline: Deadline }> = [];
    for (const id of stepDeadlines(step)) {
      if (!listed.has(id)) add(`names the deadline "${id}", which is not one of the outcome's deadlines`);
      const found = resolveDeadline(municipality, shared, id);
      if (found) here.push({ id, deadline: found.deadline });
    }
    const first = here[0];
    if (WAITING.includes(step.action)) {
      if (step.actor !== 'municipality')
        add(`"${step.action}" is a wait for the municipality: its actor must be municipality`);
      if (!first) add(`"${step.action}" needs a deadline ${municipality.id} has, to say by when the municipality acts`);
    }
    if (status === 'canGet' && first?.deadline.bound === 'earliest') {
      add(
        `is dated by the earliest date "${first.id}": a waiting date is never the next step of a result that offers something now`,
      );
    }
    if (status === 'canGet' && step.action === 'apply') {
      add('asks the person to apply: the status must be canApply or decides, not canGet');
    }
    return { actor: step.actor, action: step.action, ...(first ? { deadline: first.id } : {}) };
  });
  return { problems, steps };
}
