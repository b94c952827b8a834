import { useTranslation } from 'react-i18next';
import type { Evaluation, Flow, IsoDate, MunicipalityBundle } from '@/engine';
import { navigate } from '@/app/routes';
import { session } from '@/app/session';
import { StepIndicator } from '@/shared/step-indicator';
import { useAnswerText } from '@/shared/use-answer-text';
import { usePhrase } from '@/shared/use-phrase';

interface Props {
  bundle: MunicipalityBundle;
  flow: Flow;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
  today: IsoDate;
}

/** The outcome: what fits (or where to go instead), its texts, the reasons and the sources. */
export function ResultPage({ bundle, flow, evaluation }: Props) {
  const { t } = useTranslation();
  const { text, locale, context } = usePhrase();
  const answerText = useAnswerText();
  const { node } = evaluation;
  const sections = evaluation.sections.flatMap((id) => {
    const rendered = bundle.texts[id]?.[locale];
    return rendered ? [{ id, ...rendered }] : [];
  });
  const sourceIds = [...new Set(sections.flatMap((s) => s.sources))];

  return (
    <>
      <StepIndicator current="result" />
      <p>
        <span className={node.type === 'offer' ? 'badge badge-success' : 'badge badge-warning'}>
          {t(`result.${node.type}`)}
        </span>{' '}
        <span className="result-law">
          {t('result.law')}: {text(flow.law)}
        </span>
      </p>
      <h1>{text(node.title)}</h1>
      <p className="font-lead">{text(node.summary)}</p>

      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`} className="result-section">
          <h2 id={`section-${s.id}`}>{s.title}</h2>
          {/* Rendered from validated Markdown at build time; raw HTML in content fails the build. */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: s.html }} />
        </section>
      ))}

      <section aria-labelledby="why" className="result-section">
        <h2 id="why">{t('result.why')}</h2>
        <p>{t('result.whyIntro', { context })}</p>
        <dl className="summary-list">
          {evaluation.path.map((step) => {
            const q = flow.nodes[step.nodeId];
            if (!q || q.kind === 'route' || q.kind === 'outcome') return null;
            return (
              <div className="summary-list-row" key={step.nodeId}>
                <dt className="summary-list-key">{text(q.question)}</dt>
                <dd className="summary-list-value">{answerText(q, step.answer)}</dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section aria-labelledby="sources" className="result-section">
        <h2 id="sources">{t('result.sources')}</h2>
        <p>{t('result.sourcesIntro')}</p>
        <ul>
          {sourceIds.map((id) => {
            const s = bundle.sources[id];
            if (!s) return null;
            return (
              <li key={id}>
                <strong>{s.title[locale]}</strong>, {s.publisher}, {s.date ?? t('result.undated')}
                {s.note && <>. {s.note[locale]}</>}
              </li>
            );
          })}
        </ul>
      </section>

      <div className="button-group no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('result.print')}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => {
            session.clear();
            navigate({ page: 'start' });
          }}
        >
          {t('result.startAgain')}
        </button>
      </div>
    </>
  );
}
