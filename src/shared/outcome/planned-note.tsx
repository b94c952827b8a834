import { useTranslation } from '@/i18n';
import { formatLongDate, type TimelineEntry } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

/**
 * When the count starts from a date still ahead, the event it hangs on: "Hvis du bliver udskrevet
 * tirsdag den 4. marts 2026:", "Hvis kommunen får genoptræningsplanen …". Each event a deadline can
 * count from and a date question can set ahead has its phrase (tests/unit/planned-dates.test.ts).
 */
export function PlannedNote({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const { locale, context } = usePhrase();
  if (!entry.planned || !entry.from || !entry.fromEvent) return null;
  return <>{t(`timeline.planned.${entry.fromEvent}`, { date: formatLongDate(entry.from, locale), context })} </>;
}

/** A deadline's date in words: "Senest …" or "Tidligst …"; the rule in words where the guide cannot count it. */
export function DeadlineDate({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const { locale, text } = usePhrase();
  if (!entry.date) return <>{text(entry.deadline.rule)}</>;
  return (
    <strong className="next-step-date">
      {t(entry.deadline.bound === 'earliest' ? 'timeline.from' : 'timeline.by', {
        date: formatLongDate(entry.date, locale),
      })}
    </strong>
  );
}
