import { describe, expect, it } from 'vitest';
import { interpolate, resolveFact } from '../../src/engine/interpolate';
import type { Municipality } from '../../src/engine/model/municipality';

const ishoj = {
  id: 'ishoj',
  name: { da: 'Ishøj Kommune', en: 'Ishøj Municipality' },
  offers: ['guide'],
  facts: [],
  mainContact: 'centre',
  contacts: {
    centre: {
      name: { da: 'Træningscenter Syd', en: 'Training centre South' },
      phone: '61 14 60 40',
      address: ['Ishøj Store Torv 20', '2635 Ishøj'],
    },
  },
  links: {},
  deadlines: {},
  size: 3,
  mixed: ['a', 1],
} as unknown as Municipality;

describe('resolveFact', () => {
  it('reads strings, numbers, lists of strings and phrases in the locale', () => {
    expect(resolveFact(ishoj, 'contacts.centre.phone', 'da')).toBe('61 14 60 40');
    expect(resolveFact(ishoj, 'size', 'da')).toBe('3');
    expect(resolveFact(ishoj, 'contacts.centre.address', 'da')).toBe('Ishøj Store Torv 20, 2635 Ishøj');
    expect(resolveFact(ishoj, 'contacts.centre.name', 'en')).toBe('Training centre South');
    expect(resolveFact(ishoj, 'name', 'da')).toBe('Ishøj Kommune');
  });

  it('is undefined for what is not a fact to show', () => {
    expect(resolveFact(ishoj, 'contacts.centre', 'da')).toBeUndefined();
    expect(resolveFact(ishoj, 'contacts.nobody.phone', 'da')).toBeUndefined();
    expect(resolveFact(ishoj, 'contacts.centre.phone.more', 'da')).toBeUndefined();
    expect(resolveFact(ishoj, 'mixed', 'da')).toBeUndefined();
    expect(resolveFact(ishoj, 'contacts.centre.address.0.x', 'da')).toBeUndefined();
    expect(resolveFact(ishoj, 'deadlines', 'da')).toBeUndefined();
  });
});

describe('interpolate', () => {
  it('fills every placeholder, spaces inside the braces allowed, and names the missing ones', () => {
    expect(interpolate('Ring {{ contacts.centre.phone }} · {{name}} · {{nope}}', ishoj, 'en')).toEqual({
      text: 'Ring 61 14 60 40 · Ishøj Municipality · {{nope}}',
      missing: ['nope'],
    });
  });

  it('encodes filled-in values only, not the template', () => {
    const upper = (v: string) => v.toUpperCase();
    expect(interpolate('<b>{{contacts.centre.name}}</b>', ishoj, 'da', upper).text).toBe('<b>TRÆNINGSCENTER SYD</b>');
  });
});
