import { useTranslation } from '@/i18n';
import { buildIcs, formatLongDate, type Evaluation, type MunicipalityBundle, type TimelineEntry } from '@/engine';
import { PlannedNote } from '@/shared/outcome/planned-note';
import { usePhrase } from '@/shared/use-phrase';

function downloadIcs(
  entries: TimelineEntry[],
  text: (p: TimelineEntry['deadline']['label']) => string,
  municipality: string,
  calendarName: string,
): void {
  const ics = buildIcs(
    entries.flatMap((e) =>
      e.date
        ? [
            {
              uid: `${e.id}-${e.date}@traeningsguiden`,
              date: e.date,
              summary: text(e.deadline.label),
              description: `${text(e.deadline.rule)}\n\n${text(e.deadline.whenPassed)}`,
            },
          ]
        : [],
    ),
    { now: new Date(), calendarName },
  );
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `traeningsguiden-${municipality}.ics`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Outcome = Extract<Evaluation, { status: 'outcome' }>;

/**
 * "Datoer og frister": only dates the guide can count, because it knows the day they count
 * from. Passed ones first, with what to do now and no calendar button; the rest earliest first.
 * Rules whose start the guide does not know are told in words in "Andre frister".
 */
export function Timeline({
  bundle,
  entries,
  assumptions,
}: {
  bundle: MunicipalityBundle;
  entries: TimelineEntry[];
  assumptions: Outcome['assumptions'];
}) {
  const { t } = useTranslation();
  const { locale, text, context } = usePhrase();
  const dated = entries.filter((e) => e.date);
  if (dated.length === 0) return null;
  const upcoming = dated.filter((e) => !e.passed);
  return (
    <section aria-labelledby="timeline" className="result-section">
      <h2 id="timeline">{t('timeline.title')}</h2>
      <ol className="timeline">
        {dated.map((e) => (
          <li key={e.id} className={e.passed ? 'timeline-item timeline-passed' : 'timeline-item'}>
            <p className="timeline-date">
              <PlannedNote entry={e} />
              <strong>
                {t(e.deadline.bound === 'earliest' ? 'timeline.from' : 'timeline.by', {
                  date: formatLongDate(e.date!, locale),
                })}
              </strong>
            </p>
            <h3 className="h5 timeline-label">{text(e.deadline.label)}</h3>
            {e.passed ? (
              <div className={e.deadline.bound === 'earliest' ? 'alert alert-info' : 'alert alert-warning'}>
                <div className="alert-body">
                  <p className="alert-heading">
                    {t(e.deadline.bound === 'earliest' ? 'timeline.reached' : 'timeline.passed')}
                  </p>
                  <p className="alert-text">{text(e.deadline.whenPassed)}</p>
                </div>
              </div>
            ) : (
              <p className="timeline-rule">
                {text(e.deadline.rule)}{' '}
                <span className="timeline-kind">({t(`timeline.${e.deadline.kind}`, { context })})</span>
              </p>
            )}
          </li>
        ))}
      </ol>
      {assumptions.map((a) => (
        <p key={a.events.join()} className="timeline-assumption">
          {text(a.note)}
        </p>
      ))}
      {upcoming.length > 0 && (
        <button
          type="button"
          className="button button-secondary no-print"
          onClick={() => downloadIcs(upcoming, text, bundle.municipality.id, t('timeline.calendarName'))}
        >
          {t('timeline.addToCalendar')}
        </button>
      )}
    </section>
  );
}

/** Deadlines whose start the guide does not know, as rules in words (no date, no "we cannot compute"). */
export function UndatedRules({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const { text, context } = usePhrase();
  const undated = entries.filter((e) => !e.date);
  if (undated.length === 0) return null;
  return (
    <ul className="undated-rules">
      {undated.map((e) => (
        <li key={e.id}>
          <strong>{text(e.deadline.label)}</strong> ({t(`timeline.${e.deadline.kind}`, { context })}):{' '}
          {text(e.deadline.rule)}
        </li>
      ))}
    </ul>
  );
}
