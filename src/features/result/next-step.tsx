import { useTranslation } from '@/i18n';
import { formatLongDate, type Contact, type MunicipalityBundle, type OutcomeNode, type TimelineEntry } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';
import { PlannedNote } from './timeline';

/** A Danish phone number written "12 34 56 78" as a tel: link. */
export function telHref(phone: string): string {
  return `tel:+45${phone.replace(/\s/g, '')}`;
}

/** Whom to call or write: name, phone as a link, phone hours, e-mail, or the note where the documents give none. */
export function ContactLine({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  return (
    <p className="next-step-contact">
      <strong>{text(contact.name)}</strong>
      {contact.phone && (
        <>
          <br />
          {t('footer.phone')}: <a href={telHref(contact.phone)}>{contact.phone}</a>
          {contact.phoneHours && <> ({text(contact.phoneHours)})</>}
        </>
      )}
      {contact.email && (
        <>
          <br />
          {t('result.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      )}
      {contact.note && (
        <>
          <br />
          {text(contact.note)}
        </>
      )}
    </p>
  );
}

/**
 * "Det næste, du skal gøre": a passed deadline with what to do now, else the next date
 * that matters, and the contact to use. It answers on the first screen of a phone.
 */
export function NextStep({
  bundle,
  node,
  entries,
}: {
  bundle: MunicipalityBundle;
  node: OutcomeNode;
  entries: TimelineEntry[];
}) {
  const { t } = useTranslation();
  const { locale, text, context } = usePhrase();
  const link = node.nextStep?.link ? bundle.municipality.links[node.nextStep.link] : undefined;
  const passed = entries.find((e) => e.passed);
  const next = entries.find((e) => e.date && !e.passed);
  const main = bundle.municipality.mainContact;
  const contact = main ? bundle.municipality.contacts[main] : undefined;
  return (
    <section aria-labelledby="next-step" className="next-step">
      <h2 id="next-step" className="h3">
        {t('result.nextStep')}
      </h2>
      {node.nextStep && <p>{text(node.nextStep.text)}</p>}
      {link && (
        <p>
          <a href={link.url} className="next-step-link">
            {text(link.label)}
          </a>
        </p>
      )}
      {passed?.date ? (
        <>
          <p>
            <strong>
              {t(passed.deadline.bound === 'earliest' ? 'timeline.reachedOn' : 'timeline.passedOn', {
                label: text(passed.deadline.label),
                date: formatLongDate(passed.date, locale),
              })}
            </strong>
          </p>
          <p>{text(passed.deadline.whenPassed)}</p>
        </>
      ) : (
        next?.date && (
          <p>
            <PlannedNote entry={next} />
            {text(next.deadline.label)}:{' '}
            <strong className="next-step-date">
              {t(next.deadline.bound === 'earliest' ? 'timeline.from' : 'timeline.by', {
                date: formatLongDate(next.date, locale),
              })}
            </strong>
          </p>
        )
      )}
      {contact && (
        <>
          <p className="next-step-lead">{t('result.questions', { context })}</p>
          <ContactLine contact={contact} />
        </>
      )}
    </section>
  );
}
