// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { QuestionNode } from '@/engine';
import { DeskQuestion } from '@/features/desk/desk-question';
import { QuestionForm } from '@/features/wizard/question-form';
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

beforeAll(() => {
  initI18n('da');
});
afterEach(cleanup);

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
    expect(screen.getAllByRole('checkbox', { name: 'Ved ikke' })).toHaveLength(2);
  });

  it('at the desk, a date counts as soon as it is whole and valid', async () => {
    const onChange = vi.fn();
    render(<DeskQuestion id="d" node={discharged} value={undefined} current today="2026-03-02" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Dag'), '6');
    await userEvent.type(screen.getByLabelText('Måned'), '2');
    await userEvent.type(screen.getByLabelText('År'), '202');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('År'), '6');
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
    await userEvent.type(screen.getByLabelText('Dag'), '30');
    await userEvent.type(screen.getByLabelText('Måned'), '2');
    await userEvent.type(screen.getByLabelText('År'), '2026');
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
    const days = screen.getAllByLabelText('Dag') as HTMLInputElement[];
    const months = screen.getAllByLabelText('Måned') as HTMLInputElement[];
    expect(days.map((d) => d.value)).toEqual(['6', '6']);
    expect(months.map((d) => d.value)).toEqual(['2', '2']);
  });
});
