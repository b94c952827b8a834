import { useTranslation } from '@/i18n';
import { legalBasis, type Evaluation, type MunicipalityBundle } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

interface Props {
  bundle: MunicipalityBundle;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
  shown: boolean;
  onShow: (shown: boolean) => void;
}

/**
 * Two needs at once (e.g. a plan after discharge and a chronic disease): the outcome's need now,
 * then the need that comes afterwards with what it then takes, on screen and on the handout.
 * Staff tick it when the citizen has both; otherwise the second need stays a fold-out.
 */
export function DeskNeeds({ bundle, evaluation, shown, onShow }: Props) {
  const { t } = useTranslation();
  const { text, locale } = usePhrase();
  const later = evaluation.afterwards.flatMap((id) => {
    const s = bundle.texts[id]?.[locale];
    return s ? [{ id, ...s }] : [];
  });
  if (later.length === 0) return null;
  const flow = bundle.flows[evaluation.flowId];
  return (
    <>
      <div className="form-group-checkbox desk-needs-choice no-print">
        <input
          type="checkbox"
          className="form-checkbox"
          id="desk-both-needs"
          aria-describedby="desk-both-needs-hint"
          checked={shown}
          onChange={(e) => onShow(e.target.checked)}
        />
        <label className="form-label" htmlFor="desk-both-needs">
          {t('desk.bothNeeds')}
        </label>
        <span className="form-hint" id="desk-both-needs-hint">
          {t('desk.bothNeedsHint', { question: later.map((s) => s.title).join(' ') })}
        </span>
      </div>
      {shown && (
        <div className="desk-needs">
          <h3 className="h5">{t('desk.needsTitle')}</h3>
          <ol>
            <li className="body-text">
              <strong>{t('desk.needNow')}</strong> {flow && <>{text(legalBasis(flow, evaluation.node))}: </>}
              {text(evaluation.node.title)}. {t('desk.needNowDates')}
            </li>
            {later.map((s) => (
              <li key={s.id} className="body-text">
                <strong>{t('desk.needAfter')}</strong>
                {/* Rendered from validated Markdown at build time; raw HTML in content fails the build. */}
                <div className="markdown" dangerouslySetInnerHTML={{ __html: s.html }} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
