import { describe, expect, it } from 'vitest';
import { caveatsInMain, splitCaveats } from '../../src/engine/caveats';

describe('splitCaveats', () => {
  it('keeps what follows "::: caveats" apart from the main text', () => {
    expect(splitCaveats('Ring til os.\n\n::: caveats\n\nPjecen siger ikke hvornår.')).toEqual({
      main: 'Ring til os.',
      caveats: 'Pjecen siger ikke hvornår.',
      problems: [],
    });
  });

  it('is the whole text when there are no caveats', () => {
    expect(splitCaveats('Ring til os.')).toEqual({ main: 'Ring til os.', caveats: undefined, problems: [] });
  });

  it('reports two markers, an empty main text and empty caveats', () => {
    expect(splitCaveats('A\n::: caveats\nB\n::: caveats\nC').problems).toHaveLength(1);
    expect(splitCaveats('::: caveats\nB').problems).toEqual(['has caveats but no main text before "::: caveats"']);
    expect(splitCaveats('A\n::: caveats\n').problems).toEqual(['has a "::: caveats" line with nothing after it']);
  });
});

describe('caveatsInMain', () => {
  it('finds what a source does not say, and disagreement, in Danish and English', () => {
    expect(caveatsInMain('Kvalitetsstandarden siger ikke, hvor tit. Kilderne er uenige.', 'da')).toEqual([
      'Kvalitetsstandarden siger ikke',
      'er uenige',
    ]);
    expect(caveatsInMain('The leaflet does not say when.', 'en')).toEqual(['leaflet does not say']);
  });

  it('leaves plain statements alone', () => {
    expect(caveatsInMain('Kommunen betaler ikke for kørsel. Du siger til, hvis du ikke kan komme.', 'da')).toEqual([]);
    expect(caveatsInMain('The municipality does not pay for transport.', 'en')).toEqual([]);
  });
});

describe('caveatsInMain, Danish forms', () => {
  it('finds "fra maj 2024 siger ikke", "siger det ikke", "siger heller ikke" and "siger intet"', () => {
    expect(caveatsInMain('Kvalitetsstandarden fra maj 2024 siger ikke, hvor tit.', 'da')).toHaveLength(1);
    expect(caveatsInMain('Kvalitetsstandarden siger det ikke direkte.', 'da')).toHaveLength(1);
    expect(caveatsInMain('Pjecen siger heller ikke, om man kan vælge.', 'da')).toHaveLength(1);
    expect(caveatsInMain('Den siger intet om det.', 'da')).toHaveLength(1);
  });
});
