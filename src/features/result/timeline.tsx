import { useTranslation } from '@/i18n';
import {
  buildIcs,
  formatLongDate,
  timeline,
  type EventId,
  type IsoDate,
  type MunicipalityBundle,
  type TimelineEntry,
} from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

interface Props {
  bundle: MunicipalityBundle;
  ids: string[];
  events: Partial<Record<EventId, IsoDate>>;
  today: IsoDate;
}

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

/** "Hvad sker der nu": each deadline as a concrete date with weekday, the rule, and what to do if it has passed. */
export function Timeline({ bundle, ids, events, today }: Props) {
  const { t } = useTranslation();
  const { text, locale, context } = usePhrase();
  if (ids.length === 0) return null;
  const entries = timeline(ids, bundle.deadlines, events, today);
  const dated = entries.filter((e) => e.date);
  return (
    <section aria-labelledby="timeline" className="result-section">
      <h2 id="timeline">{t('timeline.title')}</h2>
      <p>{t('timeline.today', { date: formatLongDate(today, locale) })}</p>
      <ol className="timeline">
        {entries.map((e) => (
          <li key={e.id} className={e.passed ? 'timeline-item timeline-passed' : 'timeline-item'}>
            <h3 className="h5">{text(e.deadline.label)}</h3>
            {e.date ? (
              <p className="timeline-date">
                <strong>
                  {t(e.deadline.bound === 'earliest' ? 'timeline.from' : 'timeline.by', {
                    date: formatLongDate(e.date, locale),
                  })}
                </strong>
              </p>
            ) : (
              <p className="timeline-date">{t('timeline.noDate')}</p>
            )}
            <p>
              {text(e.deadline.rule)}{' '}
              <span className="timeline-kind">({t(`timeline.${e.deadline.kind}`, { context })})</span>
            </p>
            {e.passed && (
              <div className={e.deadline.bound === 'earliest' ? 'alert alert-info' : 'alert alert-warning'}>
                <div className="alert-body">
                  <p className="alert-heading">
                    {t(e.deadline.bound === 'earliest' ? 'timeline.reached' : 'timeline.passed')}
                  </p>
                  <p className="alert-text">{text(e.deadline.whenPassed)}</p>
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
      {dated.length > 0 && (
        <button
          type="button"
          className="button button-secondary no-print"
          onClick={() => downloadIcs(dated, text, bundle.municipality.id, t('timeline.calendarName'))}
        >
          {t('timeline.addToCalendar')}
        </button>
      )}
    </section>
  );
}
