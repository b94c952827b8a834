// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuestionNode } from '@/engine';
import { DeskQuestion } from '@/features/desk/desk-question';
import { QuestionForm } from '@/features/wizard/question-form';
import i18next from 'i18next';
import { initI18n } from '@/i18n';
import { PerspectiveProvider } from '@/shared/use-phrase';

const age: QuestionNode = {
  kind: 'number',
  question: {
    da: 'Hvor gammel er du?',
    en: 'How old are you?',
    relative: { da: 'Hvor gammel er personen?', en: 'How old is the person?' },
  },
  unit: { da: 'år', en: 'years' },
  min: 0,
  max: 120,
  integer: true,
  next: 'a',
  unknown: 'b',
};

const discharged: QuestionNode = {
  kind: 'date',
  question: { da: 'Hvornår blev du udskrevet?', en: 'When were you discharged?' },
  range: 'past',
  events: ['discharge'],
  next: 'a',
};

const plan: QuestionNode = {
  kind: 'yesNo',
  question: { da: 'Har du fået en genoptræningsplan?', en: 'Did you get a plan?' },
  next: { yes: 'a', no: 'b' },
};

const travel: QuestionNode = {
  kind: 'yesNo',
  question: { da: 'Kan du selv komme til træning?', en: 'Can you get to training yourself?' },
  next: { yes: 'a', no: 'b' },
};

beforeAll(() => {
  initI18n('da');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('da');
});

describe('the same question fields in the wizard and at the desk', () => {
  it('words the question in the third person in both when helping a relative', () => {
    render(
      <PerspectiveProvider value="relative">
        <QuestionForm
          nodeId="w"
          node={age}
          initial={undefined}
          today="2026-03-02"
          rejected={undefined}
          onAnswer={vi.fn()}
        />
        <DeskQuestion id="d" node={age} value={undefined} current={false} today="2026-03-02" onChange={vi.fn()} />
      </PerspectiveProvider>,
    );
    expect(screen.getAllByRole('group', { name: 'Hvor gammel er personen?' })).toHaveLength(2);
    expect(screen.queryByText('Hvor gammel er du?')).toBeNull();
    // The unit and "Ved ikke" are there in both.
    expect(screen.getAllByText('år')).toHaveLength(2);
    expect(screen.getAllByRole('checkbox', { name: /^Ved ikke/ })).toHaveLength(2);
  });

  it('at the desk, a date counts as soon as it is whole and valid', async () => {
    const onChange = vi.fn();
    render(<DeskQuestion id="d" node={discharged} value={undefined} current today="2026-03-02" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText(/^Dag/), '6');
    await userEvent.type(screen.getByLabelText(/^Måned/), '2');
    await userEvent.type(screen.getByLabelText(/^År/), '202');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/^År/), '6');
    expect(onChange).toHaveBeenLastCalledWith('2026-02-06');
  });

  it('at the desk, an impossible date is named and not taken', async () => {
    const onChange = vi.fn();
    render(
      <DeskQuestion
        id="d"
        node={discharged}
        value={undefined}
        current={false}
        today="2026-03-02"
        onChange={onChange}
      />,
    );
    await userEvent.type(screen.getByLabelText(/^Dag/), '30');
    await userEvent.type(screen.getByLabelText(/^Måned/), '2');
    await userEvent.type(screen.getByLabelText(/^År/), '2026');
    expect(screen.getByText('Skriv en rigtig dato')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows an earlier date answer in the fields of both', () => {
    render(
      <>
        <QuestionForm
          nodeId="w"
          node={discharged}
          initial="2026-02-06"
          today="2026-03-02"
          rejected={undefined}
          onAnswer={vi.fn()}
        />
        <DeskQuestion
          id="d"
          node={discharged}
          value="2026-02-06"
          current={false}
          today="2026-03-02"
          onChange={vi.fn()}
        />
      </>,
    );
    const days = screen.getAllByLabelText(/^Dag/) as HTMLInputElement[];
    const months = screen.getAllByLabelText(/^Måned/) as HTMLInputElement[];
    expect(days.map((d) => d.value)).toEqual(['6', '6']);
    expect(months.map((d) => d.value)).toEqual(['2', '2']);
  });

  it('at the desk, each control is named with its question after its visible label, so no two share a name', () => {
    render(
      <section aria-label="Spørgsmål">
        <DeskQuestion id="d-plan" node={plan} value={undefined} current={false} today="2026-03-02" onChange={vi.fn()} />
        <DeskQuestion id="d-travel" node={travel} value={undefined} current today="2026-03-02" onChange={vi.fn()} />
      </section>,
    );
    const names = (screen.getAllByRole('radio') as HTMLInputElement[]).map((r) =>
      (r.labels?.[0]?.textContent ?? '').trim(),
    );
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^(Ja|Nej|Ved ikke), .+\?$/);
  });

  it('at the desk, each question is its own radio group, and a choice counts at once', async () => {
    const onPlan = vi.fn();
    const onTravel = vi.fn();
    render(
      <section aria-label="Spørgsmål">
        <DeskQuestion id="d-plan" node={plan} value="yes" current={false} today="2026-03-02" onChange={onPlan} />
        <DeskQuestion id="d-travel" node={travel} value={undefined} current today="2026-03-02" onChange={onTravel} />
      </section>,
    );
    const planGroup = screen.getByRole('group', { name: 'Har du fået en genoptræningsplan?' });
    const travelGroup = screen.getByRole('group', { name: /Kan du selv komme til træning\?/ });
    await userEvent.click(within(travelGroup).getByRole('radio', { name: /^Nej/ }));
    expect(onTravel).toHaveBeenLastCalledWith('no');
    expect((within(planGroup).getByRole('radio', { name: /^Ja/ }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(planGroup).getByRole('radio', { name: /^Nej/ }));
    expect(onPlan).toHaveBeenLastCalledWith('no');
    expect((within(travelGroup).getByRole('radio', { name: /^Nej/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('at the desk, a number out of range is named and not taken; a right one is', async () => {
    const onChange = vi.fn();
    render(<DeskQuestion id="d" node={age} value={undefined} current today="2026-03-02" onChange={onChange} />);
    await userEvent.type(screen.getByRole('textbox'), '130');
    expect(screen.getByText('Tallet er for stort')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalledWith('130');
    await userEvent.clear(screen.getByRole('textbox'));
    expect(screen.queryByText('Tallet er for stort')).toBeNull();
    await userEvent.type(screen.getByRole('textbox'), '67');
    expect(onChange).toHaveBeenLastCalledWith('67');
  });

  it('at the desk, "Ved ikke" counts at once, and taking it back leaves the question unanswered', async () => {
    const onChange = vi.fn();
    render(<DeskQuestion id="d" node={age} value={undefined} current today="2026-03-02" onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /^Ved ikke/ }));
    expect(onChange).toHaveBeenLastCalledWith('unknown');
    expect((screen.getByRole('textbox') as HTMLInputElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: /^Ved ikke/ }));
    expect(onChange).toHaveBeenLastCalledWith('');
  });

  it('at the desk, a date after today is refused in English too', async () => {
    await i18next.changeLanguage('en');
    const onChange = vi.fn();
    render(<DeskQuestion id="d" node={discharged} value={undefined} current today="2026-03-02" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText(/^Day/), '3');
    await userEvent.type(screen.getByLabelText(/^Month/), '3');
    await userEvent.type(screen.getByLabelText(/^Year/), '2026');
    expect(screen.getByText('The date cannot be after today')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText(/^Day/));
    await userEvent.type(screen.getByLabelText(/^Day/), '2');
    expect(onChange).toHaveBeenLastCalledWith('2026-03-02');
    expect(screen.queryByText('The date cannot be after today')).toBeNull();
  });
});
