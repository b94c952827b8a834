// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MunicipalityBundle } from '@/engine';
import { Accordion, AccordionItem } from '@/features/result/accordion';
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
  it('folds what the sources do not say in the "Kilder og forbehold" accordion and opens it on request', async () => {
    render(
      <Accordion>
        <AccordionItem id="caveats" title="Kilder og forbehold">
          <Caveats caveats={[{ id: 'x', title: 'Hvad sker der nu', html: '<p>Pjecen siger ikke hvornår.</p>' }]}>
            <p>Kildeliste</p>
          </Caveats>
        </AccordionItem>
      </Accordion>,
    );
    const toggle = screen.getByRole('button', { name: 'Kilder og forbehold' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById('caveats')?.getAttribute('aria-hidden')).toBe('true');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById('caveats')?.getAttribute('aria-hidden')).toBe('false');
    screen.getByRole('heading', { level: 4, name: 'Hvad sker der nu' });
    expect(document.getElementById('caveats')?.textContent).toContain('Pjecen siger ikke hvornår.');
    expect(document.getElementById('caveats')?.textContent).toContain('Kildeliste');
  });

  it('says what the section holds only when there are caveats', () => {
    render(<Caveats caveats={[]}>{'Kildeliste'}</Caveats>);
    expect(screen.queryByText(/Her står, hvad kommunens dokumenter ikke siger/)).toBeNull();
    screen.getByText('Kildeliste');
  });
});
