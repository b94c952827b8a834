// @vitest-environment jsdom
/**
 * "Det næste, der skal ske": one action, by one actor, with its date and the contact to use,
 * for every kind of step the content uses, rendered from the real content.
 */
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileMunicipality, loadContent } from '../../scripts/content/load.ts';
import { entryFlow, evaluate, timeline, type Answers, type MunicipalityBundle } from '@/engine';
import { initI18n } from '@/i18n';
import { NextStep } from '@/shared/outcome/next-step';
import { PerspectiveProvider, type Perspective } from '@/shared/use-phrase';

const { source } = loadContent(resolve(import.meta.dirname, '../../content'));
const bundles = new Map<string, MunicipalityBundle>();
const bundle = (id: string) => {
  let b = bundles.get(id);
  if (!b) bundles.set(id, (b = compileMunicipality(source, id)));
  return b;
};

beforeAll(() => {
  initI18n('da');
});
afterEach(cleanup);

function renderStep(
  municipality: string,
  answers: Record<string, Answers>,
  today: string,
  perspective: Perspective = 'self',
): HTMLElement {
  const b = bundle(municipality);
  const e = evaluate(b.flows, entryFlow(b.municipality), { municipality: b.municipality, answers, today });
  if (e.status !== 'outcome') throw new Error(`stopped at ${e.flowId}/${e.nodeId}`);
  const entries = timeline(e.deadlines, b.deadlines, e.events, today);
  render(
    <PerspectiveProvider value={perspective}>
      <NextStep bundle={b} evaluation={e} entries={entries} />
    </PerspectiveProvider>,
  );
  return screen.getByRole('region', { name: 'Det næste, der skal ske' });
}

const sl86 = (answers: Answers) => ({ guide: { situation: 'lost-function' }, 'sl86-1': answers });
const ishojEligible = {
  adult: 'yes',
  hospital: 'no',
  'in-sl140': 'no',
  'pension-age': 'no',
  'younger-elderly-care': 'no',
  'own-training': 'no',
  'other-training': 'no',
  'earlier-course-same': 'no',
};
const sl140 = (answers: Answers) => ({ guide: { situation: 'after-hospital' }, sl140: answers });

describe('NextStep', () => {
  it('complain: the person complains to the municipality by a date, counted from the decision', () => {
    const box = renderStep('brondby', sl86({ applied: 'decision', 'decision-date': '2026-11-29' }), '2026-12-06');
    expect(within(box).getByText('Klag, hvis du er uenig')).toBeTruthy();
    expect(within(box).getByText('Senest mandag den 28. december 2026')).toBeTruthy();
    // The municipality itself, not a training centre: its name and where to find its number.
    expect(within(box).getByText('Brøndby Kommune')).toBeTruthy();
    expect(box.textContent).toContain('borger.dk');
  });

  it('apply: the person applies, and sees the date the municipality aims for if it gets the application that day', () => {
    const box = renderStep(
      'ishoj',
      sl86({ applied: 'not-yet', 'application-planned': '2026-12-14', ...ishojEligible }),
      '2026-12-06',
    );
    expect(within(box).getByText('Søg hos kommunen')).toBeTruthy();
    expect(box.textContent).toContain('Hvis kommunen får ansøgningen mandag den 14. december 2026:');
    expect(within(box).getByText('Senest fredag den 8. januar 2027')).toBeTruthy();
    expect(within(box).getByText('Genoptræning Ishøj')).toBeTruthy();
  });

  it('waitInvitation: the municipality acts by a date, and whom to contact if nothing happens', () => {
    const box = renderStep(
      'ishoj',
      sl86({ applied: 'waiting', 'application-date': '2026-12-01', ...ishojEligible }),
      '2026-12-06',
    );
    expect(within(box).getByText('Kommunen kontakter dig')).toBeTruthy();
    expect(within(box).getByText('Senest tirsdag den 22. december 2026')).toBeTruthy();
    expect(within(box).getByText('Hører du ikke noget inden da, så kontakt:')).toBeTruthy();
    expect(within(box).getByRole('link', { name: /^61 14 60 40/ })).toBeTruthy();
  });

  it('waitInvitation in the relative voice speaks of the person', () => {
    const box = renderStep(
      'ishoj',
      sl86({ applied: 'waiting', 'application-date': '2026-12-01', ...ishojEligible }),
      '2026-12-06',
      'relative',
    );
    expect(within(box).getByText('Kommunen kontakter personen')).toBeTruthy();
    expect(within(box).getByText('Hører personen ikke noget inden da, så kontakt:')).toBeTruthy();
  });

  it('call: the person asks the municipality when it answers, where the law sets no date', () => {
    const box = renderStep(
      'brondby',
      sl86({
        applied: 'waiting',
        'application-date': '2026-12-01',
        hospital: 'no',
        'pension-age': 'no',
        'younger-elderly-care': 'no',
      }),
      '2026-12-06',
    );
    expect(within(box).getByText('Kontakt Brøndby Kommune')).toBeTruthy();
    expect(box.textContent).toContain('svarfrister');
    expect(box.querySelector('.next-step-date')).toBeNull();
  });

  it('askReferral: the person asks their own doctor', () => {
    const box = renderStep(
      'brondby',
      { guide: { situation: 'chronic-disease' }, sl119: { referral: 'no' } },
      '2026-12-06',
    );
    expect(within(box).getByText('Bed din læge om en henvisning')).toBeTruthy();
    expect(within(box).getByText('Din egen læge')).toBeTruthy();
  });

  it('chooseProvider: a start offered after the 7-day date opens free choice', () => {
    const box = renderStep(
      'brondby',
      sl140({
        'has-plan': 'yes',
        'discharge-date': '2026-12-02',
        'plan-level': 'basal',
        'plan-start-date': 'unknown',
        'offered-start-date': '2026-12-14',
        pension: 'no',
        'can-travel': 'yes',
      }),
      '2026-12-06',
    );
    expect(within(box).getByText('Du må vælge et andet sted at træne')).toBeTruthy();
    expect(box.textContent).toContain('mingenoptraening.dk');
    // No start date that contradicts the offer.
    expect(box.textContent).not.toContain('Senest');
  });

  it('startTraining: an offered start within 7 days is the date shown', () => {
    const box = renderStep(
      'naestved',
      sl140({
        'has-plan': 'yes',
        'private-hospital': 'public',
        'discharge-date': '2026-12-02',
        'plan-level': 'basal',
        'plan-start-date': 'unknown',
        'offered-start-date': '2026-12-08',
        pension: 'no',
        'can-travel': 'yes',
      }),
      '2026-12-06',
    );
    expect(within(box).getByText('Din træning starter')).toBeTruthy();
    expect(within(box).getByText('tirsdag den 8. december 2026')).toBeTruthy();
  });

  it('nothing: nothing to do now, with the date from which that changes', () => {
    const box = renderStep(
      'ishoj',
      sl86({
        applied: 'not-yet',
        'application-planned': 'unknown',
        ...ishojEligible,
        'earlier-course-same': 'yes',
        'course-ended': '2026-10-01',
      }),
      '2026-12-06',
    );
    expect(within(box).getByText('Du skal ikke gøre noget nu')).toBeTruthy();
    expect(box.textContent).toContain('Tidligst');
  });

  it('sendReferral: the hospital acts; the person is told what it sends and where', () => {
    const box = renderStep(
      'naestved',
      sl140({ 'has-plan': 'yes', 'private-hospital': 'insurance-or-self-paid' }),
      '2026-12-06',
    );
    expect(within(box).getByText('Sygehuset sender en henvisning')).toBeTruthy();
    expect(box.textContent).toContain('specialafdeling');
  });
});
