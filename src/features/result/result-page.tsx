import { useTranslation } from '@/i18n';
import {
  formatCheckedDate,
  legalBasis,
  timeline,
  type Evaluation,
  type IsoDate,
  type MunicipalityBundle,
} from '@/engine';
import { navigate } from '@/app/routes';
import { session } from '@/app/session';
import { AnswerList } from '@/shared/answer-list';
import { NextStep } from '@/shared/outcome/next-step';
import { StatusBadge } from '@/shared/outcome/status-badge';
import { StepIndicator } from '@/shared/step-indicator';
import { usePhrase } from '@/shared/use-phrase';
import { Accordion, AccordionItem } from './accordion';
import { Caveats } from './caveats';
import { Conclusions } from './conclusions';
import { firstUses, GlossaryList } from './glossary-list';
import { Parameters } from './parameters';
import { ShareLink } from './share-link';
import { Timeline, UndatedRules } from './timeline';

interface Props {
  bundle: MunicipalityBundle;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
  today: IsoDate;
}

/**
 * The outcome, built like a receipt: the status and headline, the one next step with
 * the phone number, the dates that matter, what the guide concludes; everything else
 * in accordions a person opens on demand (opened ones print opened).
 */
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
    return [{ id, sources: rendered.sources, ...voice, print: evaluation.printed.includes(id) }];
  });
  const explain = firstUses(sections);
  const glossary = (id: string) => (
    <GlossaryList ids={explain[id] ?? []} glossary={bundle.glossary} locale={locale} id={`section-${id}`} />
  );
  // A referral's first text says what to do instead: it stays open.
  const [lead, rest] = node.type === 'referral' ? [sections[0], sections.slice(1)] : [undefined, sections];
  const entries = timeline(evaluation.deadlines, bundle.deadlines, evaluation.events, today);
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
      <p className="result-status">
        <StatusBadge node={node} id="result-status" />
      </p>
      {/* Focus lands on the heading after each page change: the status is said with it, once. */}
      <h1 aria-describedby="result-status">{text(node.title)}</h1>
      <p className="font-lead">{text(node.summary)}</p>

      <NextStep bundle={bundle} evaluation={evaluation} entries={entries} />

      <Timeline bundle={bundle} entries={entries} assumptions={evaluation.assumptions} />

      <Conclusions conclusions={evaluation.conclusions} />

      {lead && (
        <section aria-labelledby={`section-${lead.id}`} className="result-section">
          <h2 id={`section-${lead.id}`}>{lead.title}</h2>
          {/* Rendered from validated Markdown at build time; raw HTML in content fails the build. */}
          <div className="markdown" dangerouslySetInnerHTML={{ __html: lead.html }} />
          {glossary(lead.id)}
        </section>
      )}

      <h2 className="result-details-title">{t('result.details')}</h2>
      <Accordion>
        {context === 'relative' && (
          <AccordionItem id="helping" title={t('helping.title')}>
            <p>{t('helping.text')}</p>
          </AccordionItem>
        )}
        {rest.map((s) => (
          <AccordionItem key={s.id} id={`section-${s.id}`} title={s.title} printAlways={s.print}>
            <div className="markdown" dangerouslySetInnerHTML={{ __html: s.html }} />
            {glossary(s.id)}
          </AccordionItem>
        ))}
        {entries.some((e) => !e.date) && (
          <AccordionItem id="other-deadlines" title={t('timeline.otherTitle')}>
            <UndatedRules entries={entries} />
          </AccordionItem>
        )}
        <Parameters bundle={bundle} ids={evaluation.parameters} today={today} />
        <AccordionItem id="why" title={t('result.why')}>
          <p>{t('result.whyIntro', { context })}</p>
          <AnswerList bundle={bundle} path={evaluation.path} />
        </AccordionItem>
        <AccordionItem id="caveats" title={t('caveats.title')}>
          <Caveats
            caveats={sections.flatMap((s) => (s.caveats ? [{ id: s.id, title: s.title, html: s.caveats }] : []))}
          >
            <h4 className="h5">{t('result.sources')}</h4>
            {flow && (
              <p>
                {t('result.law')}: {text(legalBasis(flow, node))}
              </p>
            )}
            <p>{t('result.sourcesIntro')}</p>
            <ul>
              {sourceIds.map((id) => {
                const s = bundle.sources[id];
                if (!s) return null;
                return (
                  <li key={id}>
                    <strong>{s.title[locale]}</strong>, {s.publisher}, {s.date ?? t('result.undated')}
                    {s.note && <>. {s.note[locale]}</>}
                    {s.checked && (
                      <>
                        .{' '}
                        <span className="source-checked">
                          {t('result.checked', { date: formatCheckedDate(s.checked, locale) })}
                        </span>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </Caveats>
        </AccordionItem>
        <AccordionItem id="share" title={t('share.title')}>
          <ShareLink municipality={bundle.municipality.id} />
        </AccordionItem>
      </Accordion>

      {/* On paper the sources are named even when "Kilder og forbehold" is closed (when it is open, it prints its own list). */}
      <section className="print-only result-print-sources">
        <h2 className="h5">{t('result.sources')}</h2>
        <p>
          {flow && <>{text(legalBasis(flow, node))}. </>}
          {sourceIds
            .flatMap((id) => {
              const s = bundle.sources[id];
              if (!s) return [];
              const checked = s.checked
                ? `. ${t('result.checked', { date: formatCheckedDate(s.checked, locale) })}`
                : '';
              return [`${s.title[locale]} (${s.publisher}, ${s.date ?? t('result.undated')})${checked}`];
            })
            .join('; ')}
        </p>
      </section>

      <div className="button-group no-print result-actions">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('result.print')}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => {
            session.clear();
            navigate({ page: 'start' }, { focusField: true });
          }}
        >
          {t('result.startAgain')}
        </button>
      </div>
    </>
  );
}
