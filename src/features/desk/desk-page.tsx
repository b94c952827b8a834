import { Dialog, DialogPanel, DialogTitle } from '@headlessui/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { index } from 'virtual:content-index';
import {
  entryFlow,
  evaluate,
  formatLongDate,
  legalBasis,
  resolveNextStep,
  timeline,
  type IsoDate,
  type MunicipalityBundle,
} from '@/engine';
import { session, useSession } from '@/app/session';
import { shareUrl } from '@/app/share';
import { MunicipalityField } from '@/shared/municipality/field';
import { NextStep } from '@/shared/outcome/next-step';
import { DeadlineDate } from '@/shared/outcome/planned-note';
import { StatusBadge } from '@/shared/outcome/status-badge';
import { municipalityHint } from '@/shared/municipality/search';
import { useBundle } from '@/shared/use-bundle';
import { usePhrase } from '@/shared/use-phrase';
import { DeskNeeds } from './desk-needs';
import { DeskQuestion } from './desk-question';
import { QrCode } from './qr-code';

/**
 * Desk mode for borgerservice staff: every relevant question on one screen,
 * keyboard first, the result updating beside it, a one-page print and a QR code
 * for the citizen's own phone. "Ny borger" (Alt+N) clears everything.
 */
export function DeskPage({ today }: { today: IsoDate }) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  const current = useSession();
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        setConfirming(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const newCitizen = () => {
    session.clear();
    setConfirming(false);
    // After the dialog has closed and given focus back to what had it (gone now with the answers).
    setTimeout(() => document.getElementById('desk-municipality')?.focus(), 0);
  };

  return (
    <div className="desk">
      <div className="desk-toolbar no-print">
        <h1>{t('desk.title')}</h1>
        <div className="button-group">
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {t('desk.newCitizen')} <kbd>Alt+N</kbd>
          </button>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('desk.print')}
          </button>
        </div>
      </div>
      <div className="no-print">
        <MunicipalityField
          municipalities={index.municipalities}
          value={current.municipality ?? ''}
          onChange={(m) => session.setMunicipality(m?.id ?? '')}
          inputId="desk-municipality"
          label={t('desk.municipality')}
          hint={municipalityHint(
            t,
            index.municipalities.filter((m) => m.local).map((m) => text(m.name)),
          )}
          error={undefined}
        />
      </div>
      {current.municipality && (
        <DeskFlow key={current.municipality} municipality={current.municipality} today={today} />
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} className="desk-dialog">
        <div className="desk-dialog-backdrop" aria-hidden="true" />
        <div className="desk-dialog-wrapper">
          <DialogPanel className="desk-dialog-panel">
            <DialogTitle as="h2">{t('desk.confirmTitle')}</DialogTitle>
            <p>{t('desk.confirmText')}</p>
            <div className="button-group">
              <button type="button" className="button button-primary" data-autofocus onClick={newCitizen}>
                {t('desk.confirmYes')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                {t('desk.confirmNo')}
              </button>
            </div>
          </DialogPanel>
        </div>
      </Dialog>
    </div>
  );
}

function DeskFlow({ municipality, today }: { municipality: string; today: IsoDate }) {
  const { t } = useTranslation();
  const state = useBundle(municipality);
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status !== 'ready') return <p role="alert">{t('problems.loadFailed')}</p>;
  return <DeskColumns bundle={state.bundle} today={today} />;
}

function DeskColumns({ bundle, today }: { bundle: MunicipalityBundle; today: IsoDate }) {
  const { t } = useTranslation();
  const { text, locale } = usePhrase();
  const current = useSession();
  const entry = entryFlow(bundle.municipality);
  const evaluation = evaluate(bundle.flows, entry, {
    municipality: bundle.municipality,
    answers: current.answers,
    today,
  });
  const rows = [...evaluation.path.map((s) => ({ flowId: s.flowId, nodeId: s.nodeId, current: false }))];
  if (evaluation.status === 'question')
    rows.push({ flowId: evaluation.flowId, nodeId: evaluation.nodeId, current: true });
  const main = bundle.municipality.mainContact;
  const contact = main ? bundle.municipality.contacts[main] : undefined;
  const entries =
    evaluation.status === 'outcome' ? timeline(evaluation.deadlines, bundle.deadlines, evaluation.events, today) : [];
  const nextStepDeadline =
    evaluation.status === 'outcome'
      ? resolveNextStep(evaluation.nextStep, bundle.municipality, entries, evaluation.events).deadline
      : undefined;
  const resultRef = useRef<HTMLElement>(null);
  const [bothNeeds, setBothNeeds] = useState(false);

  return (
    <div className="desk-layout">
      <section className="desk-questions no-print" aria-label={t('desk.questions')}>
        {rows.map((row) => {
          const node = bundle.flows[row.flowId]?.nodes[row.nodeId];
          if (!node || node.kind === 'route' || node.kind === 'outcome' || node.kind === 'flow') return null;
          return (
            <DeskQuestion
              key={`${row.flowId}/${row.nodeId}`}
              id={`desk-${row.flowId}-${row.nodeId}`}
              node={node}
              value={current.answers[row.flowId]?.[row.nodeId]}
              current={row.current}
              today={today}
              onChange={(v) => session.answer(row.flowId, row.nodeId, v)}
            />
          );
        })}
      </section>
      <section className="desk-result" aria-labelledby="desk-result-title" aria-live="polite" ref={resultRef}>
        <p className="print-only">{text(bundle.municipality.name)}</p>
        {evaluation.status === 'question' ? (
          <>
            <h2 id="desk-result-title">{t('desk.resultPending')}</h2>
            <p>{t('desk.resultPendingText')}</p>
          </>
        ) : (
          <>
            <p>
              <StatusBadge node={evaluation.node} />{' '}
              {bundle.flows[evaluation.flowId] && text(legalBasis(bundle.flows[evaluation.flowId]!, evaluation.node))}
            </p>
            <h2 id="desk-result-title">{text(evaluation.node.title)}</h2>
            <p>{text(evaluation.node.summary)}</p>
            <NextStep
              bundle={bundle}
              evaluation={evaluation}
              entries={entries}
              id="desk-next-step"
              level={3}
              showIfNothing={false}
            />
            {entries.some((e) => e.id !== nextStepDeadline) && (
              <>
                <h3>{t('timeline.title')}</h3>
                <ul className="desk-dates">
                  {/* The next step's own date stands in its box above. */}
                  {entries
                    .filter((e) => e.id !== nextStepDeadline)
                    .map((e) => (
                      <li key={e.id}>
                        <strong>{e.deadline.label[locale]}</strong>: <DeadlineDate entry={e} />
                        {e.planned && e.from && <> {t('desk.countedFrom', { date: formatLongDate(e.from, locale) })}</>}
                      </li>
                    ))}
                </ul>
                {/* Where "Ved ikke" made the guide assume a date, the paper says so (the dates rest on it). */}
                {evaluation.assumptions.map((a) => (
                  <p key={a.events.join()} className="desk-assumption">
                    {text(a.note)}
                  </p>
                ))}
              </>
            )}
            {evaluation.conclusions.map((c) => (
              <p key={c.id} className="desk-conclusion">
                <strong>{text(c.title)}:</strong> {text(c.text)}
              </p>
            ))}
            <DeskNeeds bundle={bundle} evaluation={evaluation} shown={bothNeeds} onShow={setBothNeeds} />
            {/* How to complain goes on the handout in full: where, how and by when. */}
            {evaluation.printed.map((id) => {
              const s = bundle.texts[id]?.[locale];
              return (
                s && (
                  <div key={id} className="print-only desk-printed">
                    <h3 className="h5">{s.title}</h3>
                    <div className="markdown" dangerouslySetInnerHTML={{ __html: s.html }} />
                  </div>
                )
              );
            })}
            {evaluation.sections.map((id) => {
              const s = bundle.texts[id]?.[locale];
              if (!s || (bothNeeds && evaluation.afterwards.includes(id))) return null;
              return (
                <details key={id} className="desk-section">
                  <summary>{s.title}</summary>
                  <div className="markdown" dangerouslySetInnerHTML={{ __html: s.html }} />
                </details>
              );
            })}
            {contact && (
              <p className="desk-contact">
                <strong>{text(contact.name)}</strong>
                {contact.phone && (
                  <>
                    {' '}
                    · {t('footer.phone')} {contact.phone}
                  </>
                )}
                {contact.phoneHours && <> ({text(contact.phoneHours)})</>}
                {contact.note && <> · {text(contact.note)}</>}
              </p>
            )}
            <div className="desk-handover">
              <QrCode
                value={shareUrl({
                  municipality: bundle.municipality.id,
                  answers: current.answers,
                  perspective: current.perspective,
                })}
                label={t('desk.qrLabel')}
              />
              <p>{t('desk.qrText')}</p>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
