import { useTranslation } from '@/i18n';
import {
  formatLongDate,
  resolveNextStep,
  type Contact,
  type Evaluation,
  type MunicipalityBundle,
  type NextStepContact,
  type TimelineEntry,
} from '@/engine';
import { usePhrase } from '@/shared/use-phrase';
import { DeadlineDate, PlannedNote } from './planned-note';

/** A Danish phone number written "12 34 56 78" as a tel: link. */
export function telHref(phone: string): string {
  return `tel:+45${phone.replace(/\s/g, '')}`;
}

/** Whom to call or write: name, phone as a link, phone hours, e-mail, or the note where the documents give none. */
export function ContactLine({ contact, lead }: { contact: Contact; lead?: string }) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  return (
    <p className="next-step-contact">
      {lead && (
        <>
          <span className="next-step-lead">{lead}</span>
          <br />
        </>
      )}
      <strong>{text(contact.name)}</strong>
      {contact.phone && (
        <>
          <br />
          {t('footer.phone')}:{' '}
          <a href={telHref(contact.phone)}>
            {contact.phone}
            <span className="sr-only">, {text(contact.name)}</span>
          </a>
          {contact.phoneHours && <> ({text(contact.phoneHours)})</>}
        </>
      )}
      {contact.email && (
        <>
          <br />
          {t('result.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </>
      )}
      {contact.address && (
        <>
          <br />
          {contact.address.join(', ')}
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

/** A party every municipality has (the municipality itself, the hospital department, the doctor), as a contact. */
function usePartyContact(): (how: NextStepContact, municipality: string) => Contact {
  const { t } = useTranslation();
  const { context } = usePhrase();
  // Shown only in the current language and voice: the same words under every key of the phrase.
  const words = (key: string, name: string) => {
    const w = t(key, { name, context });
    return { da: w, en: w, relative: { da: w, en: w } };
  };
  return (how, municipality) => {
    if (how.kind === 'contact') return how.contact;
    const note = t(`result.party.${how.party}Note`, { context, defaultValue: '' });
    return {
      name: words(`result.party.${how.party}`, municipality),
      ...(note ? { note: words(`result.party.${how.party}Note`, municipality) } : {}),
    };
  };
}

type Outcome = Extract<Evaluation, { status: 'outcome' }>;

/**
 * "Det næste, der skal ske": one action, by one actor, with its date (GOV.UK's "what happens
 * next", DKFDS's kvittering). The step is content (the outcome's `nextStep`); the engine picks
 * the one the answers lead to and the deadline that dates it. On the result, the desk and the handout.
 */
export function NextStep({
  bundle,
  evaluation,
  entries,
  id = 'next-step',
  level = 2,
  showIfNothing = true,
}: {
  bundle: MunicipalityBundle;
  evaluation: Pick<Outcome, 'nextStep' | 'events'>;
  entries: TimelineEntry[];
  id?: string;
  level?: 2 | 3;
  /** The desk prints its own contact line, so its box leaves out whom to call if nothing happens. */
  showIfNothing?: boolean;
}) {
  const { t } = useTranslation();
  const { locale, text, context } = usePhrase();
  const party = usePartyContact();
  const { municipality } = bundle;
  const name = text(municipality.name);
  const step = resolveNextStep(evaluation.nextStep, municipality, entries, evaluation.events);
  const contact = step.contact && party(step.contact, name);
  const who = contact ? text(contact.name) : name;
  const Heading = level === 2 ? 'h2' : 'h3';
  const { entry } = step;
  const action = t(`result.step.${step.step.action}`, { context, who });
  // "Kommunen kontakter dig: Senest …" once, not under a headline with the same words.
  const sameWords = entry !== undefined && text(entry.deadline.label) === action;
  const label = entry && !sameWords ? <>{text(entry.deadline.label)}: </> : null;
  const inline = sameWords && !entry.planned && !entry.passed;
  return (
    <section aria-labelledby={id} className="next-step" data-actor={step.step.actor} data-action={step.step.action}>
      <Heading id={id} className={level === 2 ? 'h3' : 'h5'}>
        {t('result.nextStep')}
      </Heading>
      {/* "Kommunen kontakter dig: Senest …" on one line where the date's label says the same as the step. */}
      {inline && entry ? (
        <p>
          <strong className="next-step-action">{action}</strong>: <DeadlineDate entry={entry} />
        </p>
      ) : (
        <p>
          <strong className="next-step-action">{action}</strong>
        </p>
      )}
      {step.on && (
        <p>
          <strong className="next-step-date">{formatLongDate(step.on.date, locale)}</strong>
        </p>
      )}
      {entry && entry.passed && entry.date ? (
        <>
          <p>
            <strong>
              {t(entry.deadline.bound === 'earliest' ? 'timeline.reachedOn' : 'timeline.passedOn', {
                label: text(entry.deadline.label),
                date: formatLongDate(entry.date, locale),
              })}
            </strong>
          </p>
          <p>{text(entry.deadline.whenPassed)}</p>
        </>
      ) : (
        entry &&
        !inline && (
          <p>
            <PlannedNote entry={entry} />
            {label}
            <DeadlineDate entry={entry} />
          </p>
        )
      )}
      {step.step.text && <p>{text(step.step.text)}</p>}
      {step.link && (
        <p>
          <a href={step.link.url} className="next-step-link">
            {text(step.link.label)}
          </a>
        </p>
      )}
      {contact && !step.ifNothing && <ContactLine contact={contact} />}
      {step.ifNothing && showIfNothing && (
        <ContactLine
          contact={party(step.ifNothing, name)}
          lead={t(entry?.date ? 'result.step.ifNothing' : 'result.questions', { context })}
        />
      )}
    </section>
  );
}
