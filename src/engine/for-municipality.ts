import { escapeHtml } from './escape-html.ts';
import type { MunicipalityContent } from './model/bundle.ts';
import type { Phrase } from './model/phrase.ts';

const NAME = /\{\{\s*name\s*\}\}/g;

/**
 * Fills `{{name}}` in every localised string of the national base's content or texts with the
 * municipality's official name (HTML-escaped in rendered texts).
 * @example withName(nationalTexts, { da: 'Brøndby Kommune', en: 'Brøndby Municipality' })
 */
export function withName<T extends object>(content: T, name: Phrase): T {
  const walk = (value: unknown, locale: 'da' | 'en' | undefined, html: boolean): unknown => {
    if (typeof value === 'string') {
      if (!locale) return value;
      return value.replace(NAME, html ? escapeHtml(name[locale]) : name[locale]);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, locale, false));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, k === 'da' || k === 'en' ? k : locale, k === 'html')]),
      );
    }
    return value;
  };
  return walk(content, undefined, false) as T;
}

/**
 * The national base for one municipality: fills `{{name}}` with its official name
 * and gives the content (or the whole bundle) the municipality's id and name.
 * @example forMunicipality(national, { id: 'brondby', name: { da: 'Brøndby Kommune', en: 'Brøndby Municipality' } })
 */
export function forMunicipality<T extends MunicipalityContent>(bundle: T, m: { id: string; name: Phrase }): T {
  const { municipality, ...content } = bundle;
  return { ...withName(content, m.name), municipality: { ...municipality, id: m.id, name: m.name } } as T;
}
