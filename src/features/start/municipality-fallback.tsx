import { useTranslation } from '@/i18n';
import { usePhrase } from '@/shared/use-phrase';
import { municipalityHint, MUNICIPALITY_INPUT, type MunicipalityEntry } from './municipality-search';

/**
 * The municipality field as plain HTML, shown (and pre-rendered) until the search
 * list's chunk has loaded; what is typed here carries over.
 */
export function MunicipalityFallback({
  municipalities,
  query,
  onQuery,
  onFocus,
  error,
}: {
  municipalities: readonly MunicipalityEntry[];
  query: string;
  onQuery: (q: string) => void;
  onFocus: () => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const { text, context } = usePhrase();
  const local = municipalities.filter((m) => m.local).map((m) => text(m.name));
  const described = error ? `${MUNICIPALITY_INPUT}-hint ${MUNICIPALITY_INPUT}-error` : `${MUNICIPALITY_INPUT}-hint`;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={MUNICIPALITY_INPUT}>
        {t('start.municipalityLegend', { context })}
      </label>
      <span className="form-hint" id={`${MUNICIPALITY_INPUT}-hint`}>
        {municipalityHint(t, local)}
      </span>
      {error && (
        <span className="form-error-message" id={`${MUNICIPALITY_INPUT}-error`}>
          <span className="sr-only">{t('question.error')}</span>
          {error}
        </span>
      )}
      <div className="municipality-combobox">
        <input
          id={MUNICIPALITY_INPUT}
          className="form-input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={described}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onFocus={onFocus}
        />
      </div>
    </div>
  );
}
