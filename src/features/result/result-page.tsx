import { useTranslation } from '@/i18n';
import type { Evaluation, IsoDate, MunicipalityBundle } from '@/engine';
import { navigate } from '@/app/routes';
import { session } from '@/app/session';
import { AnswerList } from '@/shared/answer-list';
import { StepIndicator } from '@/shared/step-indicator';
import { usePhrase } from '@/shared/use-phrase';
import { Caveats } from './caveats';
import { firstUses, GlossaryList } from './glossary-list';
import { Parameters } from './parameters';
import { ShareLink } from './share-link';
import { Timeline } from './timeline';

interface Props {
  bundle: MunicipalityBundle;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
  today: IsoDate;
}

/** The outcome: what fits (or where to go instead), dates, its texts, the reasons and the sources. */
export function ResultPage({ bundle, evaluation, today }: Props) {
  const { t } = useTranslation();
  const { text, locale, context } = usePhrase();
  const { node } = evaluation;
  const flow = bundle.flows[evaluation.flowId];
  // A relative reads each text about the person; the citizen (and the desk handout) in their own voice.
  const sections = evaluation.sections.flatMap((id) => {
    const rendered = bundle.texts[id]?.[locale];
    if (!rendered) return [];
    const voice = context === 'relative' && rendered.relative ? rendered.relative : rendered;
    return [{ id, sources: rendered.sources, ...voice }];
  });
  const explain = firstUses(sections);
  const sourceIds = [
    ...new Set([
      ...sections.flatMap((s) => s.sources),
      ...evaluation.deadlines.flatMap((id) => bundle.deadlines[id]?.source ?? []),
      ...evaluation.parameters.flatMap((id) => bundle.parameters[id]?.source ?? []),
    ]),
  ];

  return (
    <>
      <StepIndicator current="result" />
      <p>
        <span className={node.type === 'offer' ? 'badge badge-success' : 'badge badge-warning'}>
          {t(`result.${node.type}`)}
        </span>{' '}
        {flow && (
          <span className="result-law">
            {t('result.law')}: {text(flow.law)}
          </span>
        )}
      </p>
      <h1>{text(node.title)}</h1>
      <p className="font-lead">{text(node.summary)}</p>

      {context === 'relative' && (
        <div className="alert alert-info">
          <div className="alert-body">
            <h2 className="alert-heading h5">{t('helping.title')}</h2>
            <p className="alert-text">{t('helping.text')}</p>
          </div>
        </div>
      )}

      <Timeline bundle={bundle} ids={evaluation.deadlines} events={evaluation.events} today={today} />

      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`} className="result-section">
          <h2 id={`section-${s.id}`}>{s.title}</h2>
          {/* Rendered from validated Markdown at build time; raw HTML in content fails the build. */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: s.html }} />
          <GlossaryList ids={explain[s.id] ?? []} glossary={bundle.glossary} locale={locale} id={`section-${s.id}`} />
        </section>
      ))}

      <Parameters bundle={bundle} ids={evaluation.parameters} today={today} />

      <section aria-labelledby="why" className="result-section">
        <h2 id="why">{t('result.why')}</h2>
        <p>{t('result.whyIntro', { context })}</p>
        <AnswerList bundle={bundle} path={evaluation.path} />
      </section>

      <Caveats caveats={sections.flatMap((s) => (s.caveats ? [{ id: s.id, title: s.title, html: s.caveats }] : []))}>
        <h3 className="h5">{t('result.sources')}</h3>
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
      </Caveats>

      <ShareLink municipality={bundle.municipality.id} />

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
