import { describe, expect, it } from 'vitest';
import { lix, markdownLix, markdownToBlocks, median } from '../../src/engine/lix';

describe('markdownToBlocks', () => {
  it('makes each heading, line, list item and table cell a block, without Markdown syntax', () => {
    const md =
      '# Kontakt\n\nRing **i dag**\npå [telefonen](tel:12345678).\n\n- første punkt\n- andet _punkt_\n\n| a | b |\n|---|---|\n| c | d |';
    expect(markdownToBlocks(md)).toEqual([
      'Kontakt',
      'Ring i dag',
      'på telefonen.',
      'første punkt',
      'andet punkt',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('drops quote markers, rules and the caveats marker', () => {
    expect(markdownToBlocks('> Citat her.\n\n---\n\nSlut.\n\n::: caveats\n\nForbehold.')).toEqual([
      'Citat her.',
      'Slut.',
      'Forbehold.',
    ]);
  });
});

describe('lix', () => {
  it('adds words per sentence and the share of words over six letters', () => {
    // 5 words, 2 sentences, 1 long word ("Kommunen"): 2.5 + 20 = 22.5.
    expect(lix(['Du kan ringe. Kommunen svarer.']).lix).toBe(22.5);
  });

  it('counts letters, not digits, and skips tokens without letters', () => {
    // "Ring på 61 14 60 40." is 2 words, 1 sentence, no long word.
    expect(lix(['Ring på 61 14 60 40.'])).toEqual({ lix: 2, words: 2, sentences: 1, longWords: 0 });
  });

  it('ends a sentence at the end of a block without a full stop', () => {
    expect(lix(['Kontakt', 'Ring i dag']).sentences).toBe(2);
  });

  it('does not end a sentence at an abbreviation followed by a small letter or a number', () => {
    expect(lix(['Det står i stk. 2 og bl.a. i loven.']).sentences).toBe(1);
  });

  it('ends a sentence at a colon before a capital letter', () => {
    expect(lix(['Sådan gør du: Ring til os.']).sentences).toBe(2);
  });

  it('is 0 for a text without words', () => {
    expect(lix(['61 14 60 40']).lix).toBe(0);
  });

  it('rates long sentences with long words as hard', () => {
    const hard = markdownLix(
      'Kvalitetsstandarden beskriver ikke nærmere, hvilke sagsbehandlingsfrister kommunen overholder ved vurdering af ansøgninger om vedligeholdelsestræning.',
    );
    expect(hard.lix).toBeGreaterThan(40);
    expect(markdownLix('Du kan ringe til os. Vi svarer hurtigt.').lix).toBeLessThan(30);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('markdownToBlocks on tables and quotes as content writes them', () => {
  it('drops the separator row of a table with spaced or no outer pipes', () => {
    expect(markdownToBlocks('| Hvad | Hvornår |\n| --- | :--- |\n| Ring | I dag |')).toEqual([
      'Hvad',
      'Hvornår',
      'Ring',
      'I dag',
    ]);
    expect(markdownToBlocks('Hvad | Hvornår\n---|---\nRing | I dag')).toEqual(['Hvad | Hvornår', 'Ring | I dag']);
  });

  it('keeps a line that only has dashes inside it', () => {
    expect(markdownToBlocks('Ring nu --- eller i morgen.')).toEqual(['Ring nu --- eller i morgen.']);
  });

  it('reads a heading or a list item inside a quote', () => {
    expect(markdownToBlocks('> # Kontakt\n> - Ring i dag')).toEqual(['Kontakt', 'Ring i dag']);
  });
});

describe('lix of blocks without words', () => {
  it('counts no word in a table cell that is only a dash or a sign', () => {
    // "Ring i dag." is 3 words, 1 sentence; the cells "–" and "§" add nothing.
    expect(lix(['Ring i dag.', '–', '§'])).toEqual({ lix: 3, words: 3, sentences: 1, longWords: 0 });
  });
});
