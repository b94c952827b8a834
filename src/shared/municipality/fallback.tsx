import { useTranslation } from '@/i18n';
import type { MunicipalityFieldText } from './search';

/**
 * The municipality field as plain HTML, shown (and pre-rendered) until the search
 * list's chunk has loaded; what is typed here carries over.
 */
export function MunicipalityFallback({
  inputId,
  label,
  hint,
  error,
  query,
  onQuery,
  onFocus,
}: MunicipalityFieldText & {
  query: string;
  onQuery: (q: string) => void;
  onFocus: () => void;
}) {
  const { t } = useTranslation();
  const described = error ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={inputId}>
        {label}
      </label>
      <span className="form-hint" id={`${inputId}-hint`}>
        {hint}
      </span>
      {error && (
        <span className="form-error-message" id={`${inputId}-error`}>
          <span className="sr-only">{t('question.error')}</span>
          {error}
        </span>
      )}
      <div className="municipality-combobox">
        <input
          id={inputId}
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
