import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../src/i18n/detect';

describe('preferredLocale', () => {
  it('opens in English when the browser prefers English', () => {
    expect(preferredLocale(['en-US', 'en'])).toBe('en');
    expect(preferredLocale(['en-GB', 'da-DK'])).toBe('en');
  });

  it('opens in Danish when Danish comes first or the browser asks for neither', () => {
    expect(preferredLocale(['da-DK', 'en'])).toBe('da');
    expect(preferredLocale(['de-DE', 'fr'])).toBe('da');
    expect(preferredLocale([])).toBe('da');
  });

  it('takes the first language the guide speaks', () => {
    expect(preferredLocale(['de-DE', 'EN'])).toBe('en');
  });
});
