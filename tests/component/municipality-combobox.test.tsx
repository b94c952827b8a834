// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MunicipalityCombobox } from '@/shared/municipality/combobox';
import { matchMunicipalities, municipalityHint, type MunicipalityEntry } from '@/shared/municipality/search';
import { initI18n } from '@/i18n';

let t: ReturnType<typeof initI18n>['t'];

const entry = (id: string, code: string, name: string, local = false): MunicipalityEntry => ({
  id,
  code,
  name: { da: `${name} Kommune`, en: `${name} Municipality` },
  local,
  phone: undefined,
  phoneHours: undefined,
  contactNote: undefined,
  entry: { flow: 'guide', node: 'situation' },
});
const LIST = [
  entry('albertslund', '0165', 'Albertslund'),
  entry('brondby', '0153', 'Brøndby'),
  entry('ishoj', '0183', 'Ishøj', true),
  entry('naestved', '0370', 'Næstved', true),
  entry('aero', '0492', 'Ærø'),
];

function Harness({ onPick }: { onPick: (id: string | undefined) => void }) {
  const [value, setValue] = useState<MunicipalityEntry | null>(null);
  return (
    <MunicipalityCombobox
      municipalities={LIST}
      value={value}
      onChange={(m) => {
        setValue(m);
        onPick(m?.id);
      }}
      inputId="municipality"
      label="Hvilken kommune bor du i?"
      hint={municipalityHint(t, ['Ishøj Kommune', 'Næstved Kommune'])}
      error={undefined}
    />
  );
}

beforeAll(() => {
  t = initI18n('da').t;
  // jsdom has no ResizeObserver; Headless UI measures the list with it.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});
afterEach(cleanup);

describe('matchMunicipalities', () => {
  const ids = (q: string) => matchMunicipalities(LIST, q).map((m) => m.id);
  it('finds a name with or without Danish letters, and by kommunekode', () => {
    expect(ids('brøn')).toEqual(['brondby']);
    expect(ids('brondby')).toEqual(['brondby']);
    expect(ids('Broendby')).toEqual(['brondby']);
    expect(ids('aero')).toEqual(['aero']);
    expect(ids('NÆST')).toEqual(['naestved']);
    expect(ids('015')).toEqual(['brondby']);
    expect(ids('')).toHaveLength(LIST.length);
    expect(ids('xyz')).toEqual([]);
  });
});

describe('MunicipalityCombobox', () => {
  it('is a labelled combobox that filters as you type and picks with the keyboard', async () => {
    const picked: Array<string | undefined> = [];
    const user = userEvent.setup();
    render(<Harness onPick={(id) => picked.push(id)} />);
    const input = screen.getByRole('combobox', { name: 'Hvilken kommune bor du i?' });
    // The hint is read with the field.
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain('Skriv fx Brøndby');
    await user.click(input);
    await user.keyboard('brøn');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Brøndby Kommune']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(picked).toEqual(['brondby']);
    expect((input as HTMLInputElement).value).toBe('Brøndby Kommune');
  });

  it('marks the municipalities with their own rules, and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(<Harness onPick={() => undefined} />);
    const input = screen.getByRole('combobox', { name: 'Hvilken kommune bor du i?' });
    await user.click(input);
    await user.keyboard('ishøj');
    expect(screen.getByRole('option', { name: 'Ishøj Kommune (kommunens egne regler)' })).toBeTruthy();
    await user.clear(input);
    await user.keyboard('qqq');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByText('Ingen kommune passer på det, du har skrevet.')).toBeTruthy();
  });
});
