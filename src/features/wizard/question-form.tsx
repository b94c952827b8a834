import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { UNKNOWN, validateAnswer, type AnswerError, type IsoDate, type QuestionNode } from '@/engine';
import { ErrorSummary } from '@/shared/error-summary';
import { useAnswerOptions } from '@/shared/use-answer-options';
import { usePhrase } from '@/shared/use-phrase';

interface Props {
  nodeId: string;
  node: QuestionNode;
  initial: string | undefined;
  today: IsoDate;
  rejected: AnswerError | undefined;
  onAnswer: (value: string) => void;
}

interface Values {
  choice: string | null;
  day: string;
  month: string;
  year: string;
  number: string;
  unknown: boolean;
}

function toValues(node: QuestionNode, initial: string | undefined): Values {
  const values: Values = { choice: null, day: '', month: '', year: '', number: '', unknown: initial === UNKNOWN };
  if (initial === undefined || initial === UNKNOWN) return values;
  if (node.kind === 'date') {
    const [y = '', m = '', d = ''] = initial.split('-');
    return { ...values, year: y, month: String(Number(m)), day: String(Number(d)) };
  }
  if (node.kind === 'number') return { ...values, number: initial };
  return { ...values, choice: initial };
}

/** Turns what was typed into the engine's answer string ('' when nothing usable was given). */
function toAnswer(node: QuestionNode, v: Values): string {
  if ((node.kind === 'date' || node.kind === 'number') && v.unknown) return UNKNOWN;
  if (node.kind === 'date') {
    const [d, m, y] = [v.day.trim(), v.month.trim(), v.year.trim()];
    if (!d && !m && !y) return '';
    // Anything malformed stays malformed, so the engine reports it as an invalid date.
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  if (node.kind === 'number') return v.number.trim();
  return v.choice ?? '';
}

/**
 * One question, GOV.UK question-page style: the question is the page heading
 * (legend), a hint under it, big radio targets or DKFDS date fields, one button.
 */
export function QuestionForm({ nodeId, node, initial, today, rejected, onAnswer }: Props) {
  const { t } = useTranslation();
  const { text, context } = usePhrase();
  const { register, handleSubmit, watch } = useForm<Values>({ defaultValues: toValues(node, initial) });
  const [error, setError] = useState<AnswerError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const shownError = error ?? (rejected && rejected !== 'required' ? 'storedAnswerRejected' : undefined);

  const options = useAnswerOptions(node);

  const firstFieldId =
    node.kind === 'date'
      ? `${nodeId}-day`
      : node.kind === 'number'
        ? `${nodeId}-number`
        : `${nodeId}-${options[0]?.value}`;
  const hintId = node.hint ? `${nodeId}-hint` : undefined;
  const errorId = `${nodeId}-error`;
  const describedBy = [hintId, shownError ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  const errorMessage = shownError ? t(`errors.${shownError}`) : '';

  const submit = handleSubmit((values) => {
    const answer = toAnswer(node, values);
    const problem = validateAnswer(node, answer, today);
    if (problem) {
      setError(problem);
      setAttempt((a) => a + 1);
      return;
    }
    setError(undefined);
    onAnswer(answer);
  });

  const unknownAllowed = (node.kind === 'date' || node.kind === 'number') && node.unknown !== undefined;
  const unknownChecked = watch('unknown');

  return (
    <>
      <ErrorSummary errors={shownError ? [{ fieldId: firstFieldId, message: errorMessage }] : []} attempt={attempt} />
      <form onSubmit={submit} noValidate>
        <div className={shownError ? 'form-group form-error' : 'form-group'}>
          <fieldset aria-describedby={describedBy}>
            <legend className="page-legend">
              <h1>{text(node.question)}</h1>
            </legend>
            {node.hint && (
              <span className="form-hint" id={hintId}>
                {text(node.hint)}
              </span>
            )}
            {shownError && (
              <span className="form-error-message" id={errorId}>
                <span className="sr-only">{t('question.error')}: </span>
                {errorMessage}
              </span>
            )}
            {options.map((o) => (
              <div className="form-group-radio" key={o.value}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`${nodeId}-${o.value}`}
                  value={o.value}
                  aria-describedby={o.hint ? `${nodeId}-${o.value}-hint` : undefined}
                  {...register('choice')}
                />
                <label className="form-label" htmlFor={`${nodeId}-${o.value}`}>
                  {o.label}
                </label>
                {o.hint && (
                  <span className="form-hint" id={`${nodeId}-${o.value}-hint`}>
                    {o.hint}
                  </span>
                )}
              </div>
            ))}
            {node.kind === 'date' && (
              <div className="date-group">
                {(['day', 'month', 'year'] as const).map((part) => (
                  <div className={`form-group form-group-${part}`} key={part}>
                    <label className="form-label" htmlFor={`${nodeId}-${part}`}>
                      {t(`question.${part}`)}
                    </label>
                    <input
                      className={`form-input input-width-${part === 'year' ? 'xs' : 'xxs'}`}
                      id={`${nodeId}-${part}`}
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={part === 'year' ? 4 : 2}
                      disabled={unknownChecked}
                      {...register(part)}
                    />
                  </div>
                ))}
              </div>
            )}
            {node.kind === 'number' && (
              <div className="form-group">
                <label className="form-label sr-only" htmlFor={`${nodeId}-number`}>
                  {text(node.question)}
                </label>
                <div className="form-input-wrapper">
                  <input
                    className="form-input input-width-xs"
                    id={`${nodeId}-number`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    disabled={unknownChecked}
                    {...register('number')}
                  />
                  {node.unit && <span className="form-input-suffix">{text(node.unit)}</span>}
                </div>
              </div>
            )}
            {unknownAllowed && (
              <div className="form-group-checkbox">
                <input type="checkbox" className="form-checkbox" id={`${nodeId}-unknown`} {...register('unknown')} />
                <label className="form-label" htmlFor={`${nodeId}-unknown`}>
                  {t('question.dontKnow', { context })}
                </label>
              </div>
            )}
          </fieldset>
        </div>
        <button type="submit" className="button button-primary">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
