import { useEffect, useMemo, useRef, useState } from 'react';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Label } from '@headlessui/react';
import { useTranslation } from '@/i18n';
import { usePhrase } from '@/shared/use-phrase';
import { matchMunicipalities, type MunicipalityEntry, type MunicipalityFieldText } from './search';

/**
 * Search-as-you-type choice of municipality. Those with their own rules in the
 * guide are marked; the others get the national rules.
 */
export function MunicipalityCombobox({
  municipalities,
  value,
  onChange,
  inputId,
  label,
  hint,
  error,
  initialQuery = '',
  keepFocus = false,
}: MunicipalityFieldText & {
  municipalities: readonly MunicipalityEntry[];
  value: MunicipalityEntry | null;
  onChange: (m: MunicipalityEntry | null) => void;
  /** What was typed in the plain field shown while this component loaded. */
  initialQuery?: string;
  /** The plain field had focus: move it here, so typing goes on. */
  keepFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  const [query, setQuery] = useState(initialQuery);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (keepFocus) input.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- only when it replaces the plain field
  const matches = useMemo(() => matchMunicipalities(municipalities, query), [municipalities, query]);

  return (
    <Field className={error ? 'form-group form-error' : 'form-group'}>
      <Label className="form-label" htmlFor={inputId}>
        {label}
      </Label>
      <Description as="span" className="form-hint">
        {hint}
      </Description>
      {error && (
        <Description as="span" className="form-error-message">
          <span className="sr-only">{t('question.error')}</span>
          {error}
        </Description>
      )}
      <Combobox value={value} onChange={onChange} onClose={() => setQuery('')} by="id" immediate>
        <div className="municipality-combobox">
          <ComboboxInput
            id={inputId}
            className="form-input"
            autoComplete="off"
            spellCheck={false}
            ref={input}
            displayValue={(m: MunicipalityEntry | null) => (m ? text(m.name) : query)}
            onChange={(e) => setQuery(e.target.value)}
          />
          <ComboboxOptions className="municipality-options" modal={false}>
            {matches.map((m) => (
              <ComboboxOption key={m.id} value={m} className="municipality-option">
                <span>{text(m.name)}</span>
                {m.local && <span className="municipality-local"> {t('start.localRules')}</span>}
              </ComboboxOption>
            ))}
            {matches.length === 0 && <div className="municipality-none">{t('start.noMunicipality')}</div>}
          </ComboboxOptions>
        </div>
      </Combobox>
    </Field>
  );
}
