import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { index } from 'virtual:content-index';
import { navigate } from '@/app/routes';
import { session, useSession, type Perspective } from '@/app/session';
import { ErrorSummary } from '@/shared/error-summary';
import { MunicipalityField } from '@/shared/municipality/field';
import { MUNICIPALITY_INPUT, municipalityHint, type MunicipalityEntry } from '@/shared/municipality/search';
import { preloadBundle } from '@/shared/use-bundle';
import { usePhrase } from '@/shared/use-phrase';

/** `preloadWizard` fetches the next page's code while the user reads on (wired in by the composition root). */
export function StartPage({ preloadWizard }: { preloadWizard?: () => Promise<void> }) {
  const { t } = useTranslation();
  const { text, context } = usePhrase();
  const current = useSession();
  const [municipality, setMunicipality] = useState(current.municipality ?? '');
  const chosenEntry = index.municipalities.find((m) => m.id === municipality) ?? null;
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);

  const start = (event: React.FormEvent) => {
    event.preventDefault();
    const chosen = index.municipalities.find((m) => m.id === municipality);
    if (!chosen) {
      setShowError(true);
      setAttempt((a) => a + 1);
      return;
    }
    session.setMunicipality(chosen.id);
    const go = () =>
      navigate({
        page: 'question',
        municipality: chosen.id,
        flow: chosen.entry.flow,
        node: chosen.entry.node,
        fromCheck: false,
      });
    // The first question appears when its code and the municipality's content are here: no "Henter …" between.
    void Promise.all([preloadWizard?.(), preloadBundle(chosen.id)]).then(go, go);
  };
  const setPerspective = (p: Perspective) => session.setPerspective(p);
  const choose = (m: MunicipalityEntry | null) => {
    setMunicipality(m?.id ?? '');
    if (!m) return;
    setShowError(false);
    // Fetch what comes next while the user reads on; it is cached for the next page.
    void preloadWizard?.();
    void preloadBundle(m.id);
  };

  return (
    <>
      <ErrorSummary
        errors={showError ? [{ fieldId: MUNICIPALITY_INPUT, message: t('start.chooseMunicipality') }] : []}
        attempt={attempt}
      />
      <h1>{t('start.title', { context })}</h1>
      <p className="font-lead">{t('start.intro')}</p>
      <ul className="start-facts">
        <li>{t('start.time')}</li>
        <li>{t('start.privacy')}</li>
      </ul>
      <h2 className="h4">{t('start.needTitle')}</h2>
      <ul>
        <li>{t('start.need1', { context })}</li>
        <li>{t('start.need2', { context })}</li>
        <li>{t('start.need3')}</li>
      </ul>
      <form onSubmit={start} noValidate>
        <fieldset className="form-group">
          <legend className="form-label">{t('start.perspectiveLegend')}</legend>
          {(['self', 'relative'] as const).map((p) => (
            <div className="form-group-radio" key={p}>
              <input
                type="radio"
                className="form-radio"
                id={`perspective-${p}`}
                name="perspective"
                value={p}
                checked={current.perspective === p}
                onChange={() => setPerspective(p)}
              />
              <label className="form-label" htmlFor={`perspective-${p}`}>
                {t(`start.perspective.${p}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <MunicipalityField
          municipalities={index.municipalities}
          value={municipality}
          onChange={choose}
          inputId={MUNICIPALITY_INPUT}
          label={t('start.municipalityLegend', { context })}
          hint={municipalityHint(
            t,
            index.municipalities.filter((m) => m.local).map((m) => text(m.name)),
          )}
          error={showError ? t('start.chooseMunicipality') : undefined}
        />
        {chosenEntry && (
          <p className="municipality-chosen" aria-live="polite">
            {t(chosenEntry.local ? 'start.chosenLocal' : 'start.chosenNational', { name: text(chosenEntry.name) })}
          </p>
        )}
        <button type="submit" className="button button-primary">
          {t('start.start')}
        </button>
      </form>
      {chosenEntry && (chosenEntry.phone || chosenEntry.contactNote) && (
        <>
          <h2 className="h4">{t('start.phoneTitle')}</h2>
          <p>
            <strong>{text(chosenEntry.name)}</strong>:{' '}
            {chosenEntry.phone ? (
              <>
                <a href={`tel:+45${chosenEntry.phone.replace(/ /g, '')}`}>{chosenEntry.phone}</a>
                {chosenEntry.phoneHours && <> ({text(chosenEntry.phoneHours)})</>}
              </>
            ) : (
              chosenEntry.contactNote && text(chosenEntry.contactNote)
            )}
          </p>
        </>
      )}
    </>
  );
}
