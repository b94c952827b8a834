// Kept apart from the combobox, which is its own chunk: the pages need these at once.
import type { ContentIndex } from '@/engine';
import type { useTranslation } from '@/i18n';

export type MunicipalityEntry = ContentIndex['municipalities'][number];

/** Lower case without accents; æ, ø, å also match ae, o/oe, aa, so "brondby" finds Brøndby. */
function forms(s: string): string[] {
  const base = s.toLowerCase().normalize('NFC').replace(/æ/g, 'ae').replace(/å/g, 'aa');
  return [base.replace(/ø/g, 'o'), base.replace(/ø/g, 'oe')];
}

/** Municipalities whose name contains what was typed (or whose kommunekode starts with it). */
export function matchMunicipalities(all: readonly MunicipalityEntry[], query: string): MunicipalityEntry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...all];
  const [typed = q] = forms(q);
  return all.filter((m) => {
    if (/^\d+$/.test(q)) return m.code?.startsWith(q) ?? false;
    return [...forms(m.name.da), ...forms(m.name.en)].some((n) => n.includes(typed));
  });
}

/** The start page's field id (the error summary links to it). */
export const MUNICIPALITY_INPUT = 'municipality';

export function municipalityHint(t: ReturnType<typeof useTranslation>['t'], local: string[]): string {
  return t('start.municipalityHint', { local: local.join(', ') });
}

/** What the municipality field shows around the input: its id, label, hint and error. */
export interface MunicipalityFieldText {
  inputId: string;
  label: string;
  hint: string;
  error: string | undefined;
}
