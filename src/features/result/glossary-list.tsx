import type { Locale, MunicipalityBundle } from '@/engine';
import { useTranslation } from '@/i18n';

/**
 * For each section, the glossary terms it is the first on the page to use, so a term is explained
 * once, after the section where the reader first meets it.
 */
export function firstUses(sections: Array<{ id: string; terms: string[] }>): Record<string, string[]> {
  const seen = new Set<string>();
  return Object.fromEntries(
    sections.map((s) => {
      const fresh = s.terms.filter((t) => !seen.has(t));
      fresh.forEach((t) => seen.add(t));
      return [s.id, fresh];
    }),
  );
}

interface Props {
  ids: string[];
  glossary: MunicipalityBundle['glossary'];
  locale: Locale;
  /** Unique per page: names the list for screen readers. */
  id: string;
}

/** A definition list at the end of a section: always visible, read in order, printed with the page. */
export function GlossaryList({ ids, glossary, locale, id }: Props) {
  const { t } = useTranslation();
  const items = ids.flatMap((g) => (glossary[g] ? [{ id: g, ...glossary[g][locale] }] : []));
  if (items.length === 0) return null;
  return (
    <div className="glossary">
      <h3 className="h5" id={`${id}-glossary`}>
        {t('glossary.title', { count: items.length })}
      </h3>
      <dl>
        {items.map((item) => (
          <div key={item.id}>
            <dt>
              <dfn>{item.term}</dfn>
            </dt>
            <dd>{item.explanation}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
