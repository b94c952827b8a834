// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnswerError, QuestionNode } from '@/engine';
import { QuestionForm } from '@/features/wizard/question-form';
import { initI18n } from '@/i18n';
import i18next from 'i18next';

const yesNo: QuestionNode = {
  kind: 'yesNo',
  question: { da: 'Har du fået en genoptræningsplan?', en: 'Did you get a plan?' },
  hint: { da: 'Den står på papiret fra sygehuset.', en: 'It is on the hospital paper.' },
  next: { yes: 'a', no: 'b', dontKnow: 'c' },
};

const date: QuestionNode = {
  kind: 'date',
  question: { da: 'Hvornår blev du udskrevet?', en: 'When were you discharged?' },
  range: 'past',
  events: ['discharge'],
  next: 'a',
  unknown: 'b',
};

const planned: QuestionNode = {
  kind: 'date',
  question: { da: 'Hvornår bliver du udskrevet?', en: 'When will you be discharged?' },
  range: 'pastOrPlanned',
  events: ['discharge'],
  next: 'a',
};

const number: QuestionNode = {
  kind: 'number',
  question: { da: 'Hvor gammel er du?', en: 'How old are you?' },
  unit: { da: 'år', en: 'years' },
  min: 0,
  max: 120,
  integer: true,
  next: 'a',
};

function renderForm(node: QuestionNode, initial?: string, rejected?: AnswerError) {
  const onAnswer = vi.fn();
  render(
    <QuestionForm
      nodeId="q"
      node={node}
      initial={initial}
      today="2026-03-02"
      rejected={rejected}
      onAnswer={onAnswer}
    />,
  );
  return onAnswer;
}

async function typeDate(day: string, month: string, year: string) {
  for (const [label, value] of [
    ['Dag', day],
    ['Måned', month],
    ['År', year],
  ] as const) {
    await userEvent.clear(screen.getByLabelText(label));
    await userEvent.type(screen.getByLabelText(label), value);
  }
}

beforeAll(() => {
  initI18n('da');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('da');
});

describe('QuestionForm', () => {
  it('shows the question as the page heading inside the legend, with its hint', () => {
    renderForm(yesNo);
    const group = screen.getByRole('group', { name: 'Har du fået en genoptræningsplan?' });
    expect(screen.getByRole('heading', { level: 1, name: 'Har du fået en genoptræningsplan?' })).toBeTruthy();
    expect(group.getAttribute('aria-describedby')).toBe('q-hint');
  });

  it('offers Ja, Nej and Ved ikke when "don\'t know" is a valid answer', () => {
    renderForm(yesNo);
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['yes', 'no', 'dontKnow']);
  });

  it('shows an error summary that takes focus when nothing is chosen', async () => {
    const onAnswer = renderForm(yesNo);
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Der er et problem');
    expect(alert.textContent).toContain('Vælg et svar');
    expect(document.activeElement).toBe(alert);
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('moves focus to the first radio when the error link is followed', async () => {
    renderForm(yesNo);
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await userEvent.click(screen.getByRole('link', { name: 'Vælg et svar' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ja' }));
  });

  it('submits the chosen answer with the keyboard only', async () => {
    const onAnswer = renderForm(yesNo);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Enter}');
    expect(onAnswer).toHaveBeenCalledWith('yes');
  });

  it('keeps an earlier answer selected', () => {
    renderForm(yesNo, 'no');
    expect((screen.getByRole('radio', { name: 'Nej' }) as HTMLInputElement).checked).toBe(true);
  });

  it('rejects an impossible date with a clear message', async () => {
    const onAnswer = renderForm(date);
    await userEvent.type(screen.getByLabelText('Dag'), '30');
    await userEvent.type(screen.getByLabelText('Måned'), '2');
    await userEvent.type(screen.getByLabelText('År'), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Skriv en rigtig dato');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('rejects a discharge date in the future', async () => {
    const onAnswer = renderForm(date);
    await userEvent.type(screen.getByLabelText('Dag'), '3');
    await userEvent.type(screen.getByLabelText('Måned'), '3');
    await userEvent.type(screen.getByLabelText('År'), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Datoen kan ikke ligge efter i dag');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('turns day, month and year into an ISO date', async () => {
    const onAnswer = renderForm(date);
    await userEvent.type(screen.getByLabelText('Dag'), '6');
    await userEvent.type(screen.getByLabelText('Måned'), '2');
    await userEvent.type(screen.getByLabelText('År'), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onAnswer).toHaveBeenCalledWith('2026-02-06');
  });

  it('accepts "Ved ikke" for a date where an approximate answer is fine', async () => {
    const onAnswer = renderForm(date);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ved ikke' }));
    expect((screen.getByLabelText('Dag') as HTMLInputElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onAnswer).toHaveBeenCalledWith('unknown');
  });

  it('rejects a number out of range', async () => {
    const onAnswer = renderForm(number);
    await userEvent.type(screen.getByRole('textbox'), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Tallet er for stort');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('refuses a planned date more than six months ahead, then takes a corrected one', async () => {
    const onAnswer = renderForm(planned);
    await typeDate('3', '9', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Datoen kan højst ligge 6 måneder frem i tiden');
    expect(onAnswer).not.toHaveBeenCalled();
    await typeDate('2', '9', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onAnswer).toHaveBeenCalledWith('2026-09-02');
  });

  it('keeps the message until the next "Fortsæt" and moves focus to the summary again on each try', async () => {
    const onAnswer = renderForm(date);
    await typeDate('3', '3', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Datoen kan ikke ligge efter i dag');
    await typeDate('31', '4', '2026');
    // Typing is not judged: the message is still the one from the last try.
    expect(screen.getByRole('alert').textContent).toContain('Datoen kan ikke ligge efter i dag');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Skriv en rigtig dato');
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    await userEvent.click(screen.getByRole('link', { name: 'Skriv en rigtig dato' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Dag'));
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('words the message in the language chosen after it was shown', async () => {
    renderForm(number);
    await userEvent.type(screen.getByRole('textbox'), '4,5');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('alert').textContent).toContain('Skriv et helt tal');
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByRole('alert').textContent).toContain('Enter a whole number');
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
  });

  it('asks again for a stored answer the engine refused, and goes on with a new one', async () => {
    const onAnswer = renderForm(yesNo, 'maybe', 'notAnOption');
    expect(screen.getByRole('alert').textContent).toContain('Dit tidligere svar på dette spørgsmål kunne ikke bruges');
    await userEvent.click(screen.getByRole('radio', { name: 'Nej' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onAnswer).toHaveBeenCalledWith('no');
  });

  it('takes back "Ved ikke" and continues with the typed number', async () => {
    const onAnswer = renderForm({ ...number, unknown: 'b' }, 'unknown');
    const field = screen.getByRole('textbox') as HTMLInputElement;
    expect(field.disabled).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Ved ikke' }));
    expect(field.disabled).toBe(false);
    await userEvent.type(field, '67');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(onAnswer).toHaveBeenCalledWith('67');
  });
});
