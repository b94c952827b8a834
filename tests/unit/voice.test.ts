import { describe, expect, it } from 'vitest';
import { brokenVariants, hasVariants, inVoice, unvoiced } from '../../src/engine/voice';

describe('inVoice', () => {
  it('picks the left side for the citizen and the right side for a relative', () => {
    const text = '{Du|Personen} kan klage over {din|personens} plan.';
    expect(inVoice(text, 'self')).toBe('Du kan klage over din plan.');
    expect(inVoice(text, 'relative')).toBe('Personen kan klage over personens plan.');
  });

  it('allows an empty side', () => {
    expect(inVoice('Ring{| for personen}.', 'self')).toBe('Ring.');
    expect(inVoice('Ring{| for personen}.', 'relative')).toBe('Ring for personen.');
  });

  it('leaves fact placeholders alone', () => {
    expect(inVoice('Ring på {{contacts.a.phone}}.', 'relative')).toBe('Ring på {{contacts.a.phone}}.');
    expect(hasVariants('Ring på {{contacts.a.phone}}.')).toBe(false);
    expect(hasVariants('{Du|Personen} kan.')).toBe(true);
  });
});

describe('unvoiced', () => {
  it('finds second-person words outside variants', () => {
    expect(unvoiced('Kommunen kontakter dig, når du er hjemme.', 'da')).toEqual(['dig', 'du']);
    expect(unvoiced('The municipality calls you.', 'en')).toEqual(['you']);
  });

  it('is empty when every such word sits in a variant or the text does not address the reader', () => {
    expect(unvoiced('Kommunen kontakter {dig|personen}.', 'da')).toEqual([]);
    expect(unvoiced('Ring til kommunen. Dine og Dukke er ikke ord her: dinosaur.', 'da')).toEqual(['Dine']);
    expect(unvoiced('Kommunen sender en plan.', 'da')).toEqual([]);
  });
});

describe('brokenVariants', () => {
  it('finds braces that are not a variant or a fact', () => {
    expect(brokenVariants('{Du|Personen} ringer til {{contacts.a.phone}}.')).toEqual([]);
    expect(brokenVariants('{Du kan ringe.')).toHaveLength(1);
    expect(brokenVariants('{du|personen|mor} ringer.')).toHaveLength(1);
  });
});

describe('what the verifier shows an author', () => {
  it('does not read words in a fact placeholder', () => {
    expect(unvoiced('Ring på {{contacts.dit-center.phone}}.', 'da')).toEqual([]);
  });

  it('shows a broken brace with up to 20 characters of its line on each side, variants and facts left out', () => {
    expect(brokenVariants('{Du|Personen} kan {ringe. {{contacts.a.phone}}')).toEqual(['kan {ringe.']);
    expect(brokenVariants('Første linje.\nEn meget lang sætning før }en lang sætning efter den, og mere.')).toEqual([
      'et lang sætning før }en lang sætning efte',
    ]);
  });
});
