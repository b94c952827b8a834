// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalityBundle } from '@/engine';
import { Caveats } from '@/features/result/caveats';
import { firstUses, GlossaryList } from '@/features/result/glossary-list';
import { initI18n } from '@/i18n';

const glossary: MunicipalityBundle['glossary'] = {
  genoptraeningsplan: {
    da: { term: 'genoptræningsplan', explanation: 'En plan fra sygehuset.' },
    en: { term: 'rehabilitation plan', explanation: 'A plan from the hospital.' },
  },
  kl: {
    da: { term: 'KL', explanation: 'Kommunernes Landsforening.' },
    en: { term: 'KL', explanation: 'Local Government Denmark.' },
  },
};

beforeAll(() => {
  initI18n('da');
});
afterEach(cleanup);

describe('firstUses', () => {
  it('explains each term after the first section that uses it, and not again', () => {
    expect(
      firstUses([
        { id: 'a', terms: ['genoptraeningsplan'] },
        { id: 'b', terms: ['kl', 'genoptraeningsplan'] },
        { id: 'c', terms: ['kl'] },
      ]),
    ).toEqual({ a: ['genoptraeningsplan'], b: ['kl'], c: [] });
  });
});

describe('GlossaryList', () => {
  it('lists each term with its explanation as a definition list under a heading', () => {
    render(<GlossaryList ids={['genoptraeningsplan', 'kl']} glossary={glossary} locale="da" id="s1" />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Ord, der bliver forklaret' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list.tagName).toBe('DL');
    expect(
      within(list)
        .getAllByRole('term')
        .filter((t) => t.tagName === 'DT')
        .map((t) => t.textContent),
    ).toEqual(['genoptræningsplan', 'KL']);
    expect(
      within(list)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['En plan fra sygehuset.', 'Kommunernes Landsforening.']);
  });

  it('shows nothing when the section has no new terms', () => {
    const { container } = render(<GlossaryList ids={[]} glossary={glossary} locale="da" id="s1" />);
    expect(container.innerHTML).toBe('');
  });
});

describe('Caveats', () => {
  it('folds what the sources do not say under "Kilder og forbehold" and opens it on request', async () => {
    render(
      <Caveats caveats={[{ id: 'x', title: 'Hvad sker der nu', html: '<p>Pjecen siger ikke hvornår.</p>' }]}>
        <p>Kildeliste</p>
      </Caveats>,
    );
    screen.getByRole('heading', { level: 2, name: 'Kilder og forbehold' });
    const toggle = screen.getByText('Vis, hvad kilderne ikke siger, og hvor de er uenige');
    const details = toggle.closest('details');
    expect(details?.open).toBe(false);
    await userEvent.click(toggle);
    expect(details?.open).toBe(true);
    expect(details?.contains(screen.getByRole('heading', { level: 3, name: 'Hvad sker der nu' }))).toBe(true);
    expect(details?.textContent).toContain('Pjecen siger ikke hvornår.');
  });

  it('opens for printing and folds again afterwards', () => {
    render(<Caveats caveats={[]}>{null}</Caveats>);
    const details = screen.getByText('Vis, hvad kilderne ikke siger, og hvor de er uenige').closest('details');
    window.dispatchEvent(new Event('beforeprint'));
    expect(details?.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details?.open).toBe(false);
  });
});
