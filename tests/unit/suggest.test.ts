import { describe, expect, it } from 'vitest';
import { closest, didYouMean, suggestion } from '../../src/engine/suggest.ts';

describe('closest: the likely intended name for a misspelt one', () => {
  it('finds a swap, a missing, an extra and a wrong letter', () => {
    const keys = ['facts', 'offers', 'contacts', 'links'];
    expect(closest('fatcs', keys)).toBe('facts');
    expect(closest('ofers', keys)).toBe('offers');
    expect(closest('linkss', keys)).toBe('links');
    expect(closest('contects', keys)).toBe('contacts');
  });

  it('ignores case when measuring but returns the candidate as written', () => {
    expect(closest('ISHOJ', ['ishoj', 'naestved'])).toBe('ishoj');
    expect(closest('sl140', ['SL140', 'sl119'])).toBe('SL140');
  });

  it('takes the nearest of several close candidates, the first on a tie', () => {
    expect(closest('sl14', ['sl119', 'sl140', 'sl86-1'])).toBe('sl140');
    expect(closest('ab', ['ax', 'ay'])).toBe('ax');
  });

  it('never suggests the word itself', () => {
    expect(closest('facts', ['facts'])).toBeUndefined();
    expect(closest('facts', ['facts', 'fact'])).toBe('fact');
  });

  it('suggests nothing when no candidate is within max(2, a third of the word) edits', () => {
    // "kommunekode" has 11 letters: up to 3 edits count as a typo.
    expect(closest('kommunekode', ['kommunekxxx'])).toBe('kommunekxxx');
    expect(closest('kommunekode', ['kommunexxxx'])).toBeUndefined();
    // Short words allow 2 edits.
    expect(closest('abc', ['xyc'])).toBe('xyc');
    expect(closest('abc', ['xyz'])).toBeUndefined();
    expect(closest('abc', [])).toBeUndefined();
  });

  it('measures against empty strings and different lengths', () => {
    expect(closest('', ['a'])).toBe('a');
    expect(closest('', ['abc'])).toBeUndefined();
    expect(closest('abcdefghi', ['abcdefghijkl'])).toBe('abcdefghijkl');
    expect(closest('abcdefghi', ['abcdefghijklm'])).toBeUndefined();
  });
});

describe('suggestion and didYouMean: the end of a content error message', () => {
  it('names the near candidate', () => {
    expect(suggestion('fatcs', ['offers', 'facts'])).toBe('; did you mean "facts"?');
    expect(didYouMean('fatcs', ['offers', 'facts'])).toBe('; did you mean "facts"?');
  });

  it('without a near candidate lists what is allowed, sorted, or says nothing', () => {
    expect(suggestion('zzzzzz', ['offers', 'facts', 'links'])).toBe('; known: facts, links, offers');
    expect(suggestion('zzzzzz', [])).toBe('');
    expect(didYouMean('zzzzzz', ['offers', 'facts'])).toBe('');
  });

  it('does not reorder the candidates it is given', () => {
    const candidates = ['offers', 'facts'];
    suggestion('zzzzzz', candidates);
    expect(candidates).toEqual(['offers', 'facts']);
  });
});
