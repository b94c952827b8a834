import type { MunicipalityBundle } from './model/bundle.ts';
import type { Phrase } from './model/phrase.ts';

const NAME = /\{\{\s*name\s*\}\}/g;
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The national base for one municipality: fills `{{name}}` with its official name
 * (HTML-escaped in rendered texts) and gives the bundle the municipality's id and name.
 * @example forMunicipality(national, { id: 'brondby', name: { da: 'Brøndby Kommune', en: 'Brøndby Municipality' } })
 */
export function forMunicipality(bundle: MunicipalityBundle, m: { id: string; name: Phrase }): MunicipalityBundle {
  const walk = (value: unknown, locale: 'da' | 'en' | undefined, html: boolean): unknown => {
    if (typeof value === 'string') {
      if (!locale) return value;
      const name = m.name[locale];
      return value.replace(NAME, html ? escapeHtml(name) : name);
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, locale, false));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, k === 'da' || k === 'en' ? k : locale, k === 'html')]),
      );
    }
    return value;
  };
  const { municipality, ...content } = bundle;
  return {
    ...(walk(content, undefined, false) as Omit<MunicipalityBundle, 'municipality'>),
    municipality: { ...municipality, id: m.id, name: m.name },
  };
}
