import type { Municipality } from './model/municipality.ts';
import type { Locale } from './model/phrase.ts';

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9.-]+)\s*\}\}/g;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Resolves a dotted path like `contacts.training.phone` in the municipality's facts. */
export function resolveFact(municipality: Municipality, path: string, locale: Locale): string | undefined {
  let value: unknown = municipality;
  for (const key of path.split('.')) {
    if (!isRecord(value)) return undefined;
    value = value[key];
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  if (isRecord(value) && typeof value[locale] === 'string') return value[locale];
  return undefined;
}

/**
 * Fills `{{contacts.training.phone}}` style placeholders with municipality facts.
 * @example interpolate('Ring på {{contacts.training.phone}}', ishoj, 'da').text // 'Ring på 61 14 60 40'
 */
export function interpolate(
  template: string,
  municipality: Municipality,
  locale: Locale,
  /** Applied to each filled-in value, e.g. HTML escaping before Markdown rendering. */
  encode: (value: string) => string = (v) => v,
): { text: string; missing: string[] } {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, path: string) => {
    const value = resolveFact(municipality, path, locale);
    if (value === undefined) {
      missing.push(path);
      return whole;
    }
    return encode(value);
  });
  return { text, missing };
}
