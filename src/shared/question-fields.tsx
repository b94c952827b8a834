import type { ReactNode } from 'react';
import { useForm, useFormContext, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  datePartsOf,
  isoFromParts,
  UNKNOWN,
  validateAnswer,
  type AnswerError,
  type IsoDate,
  type QuestionNode,
} from '@/engine';
import { useTranslation } from '@/i18n';
import { useAnswerOptions } from './use-answer-options';
import { usePhrase } from './use-phrase';

/** What the fields of one question hold while the user types. */
export interface FieldValues {
  choice: string;
  day: string;
  month: string;
  year: string;
  number: string;
  unknown: boolean;
}

export type FieldName = keyof FieldValues;

/** The fields for an answer given earlier (or none). */
export function fieldValues(node: QuestionNode, answer: string | undefined): FieldValues {
  const unknown = answer === UNKNOWN;
  const known = unknown ? undefined : answer;
  return {
    choice: node.kind === 'choice' || node.kind === 'yesNo' ? (known ?? '') : '',
    ...datePartsOf(node.kind === 'date' ? known : undefined),
    number: node.kind === 'number' ? (known ?? '') : '',
    unknown,
  };
}

/** The engine's answer string for what the fields hold ('' when nothing usable was given). */
export function answerOf(node: QuestionNode, values: FieldValues): string {
  if ((node.kind === 'date' || node.kind === 'number') && values.unknown) return UNKNOWN;
  if (node.kind === 'date') return isoFromParts(values);
  if (node.kind === 'number') return values.number.trim();
  return values.choice;
}

/** The field a question's error is reported on: the first one of its kind. */
function errorField(node: QuestionNode): FieldName {
  if (node.kind === 'date') return 'day';
  if (node.kind === 'number') return 'number';
  return 'choice';
}

/** The id of the field an error summary links to. */
export function firstFieldId(id: string, node: QuestionNode, firstOption: string | undefined): string {
  if (node.kind === 'date') return `${id}-day`;
  if (node.kind === 'number') return `${id}-number`;
  return `${id}-${firstOption}`;
}

/** What the resolver needs besides the fields: the question and today's date. */
export interface QuestionContext {
  node: QuestionNode;
  today: IsoDate;
}

/**
 * The form's resolver: the fields become the engine's answer string and the engine's
 * `validateAnswer` decides, so the form holds no rule of its own. A valid answer is what
 * `handleSubmit` hands on; a refused one is an error whose type is the engine's `AnswerError`,
 * worded when it is shown (so it follows the language).
 */
export const answerResolver: Resolver<FieldValues, QuestionContext, string> = (values, context) => {
  if (!context) throw new Error('answerResolver needs the question and today in the form context');
  const answer = answerOf(context.node, values);
  const problem = validateAnswer(context.node, answer, context.today);
  if (!problem) return { values: answer, errors: {} };
  return { values: {}, errors: { [errorField(context.node)]: { type: problem, message: problem } } };
};

/** The engine's reason for refusing what the fields hold, as the resolver reported it. */
export function answerError(errors: FieldErrors<FieldValues>): AnswerError | undefined {
  // The resolver is the only source of errors, and its types are AnswerError values.
  return (errors.choice ?? errors.day ?? errors.number)?.type as AnswerError | undefined;
}

/**
 * One question's form: the fields start from the earlier answer and are checked by the engine
 * (`answerResolver`) only when the caller submits. Errors are shown by the page (error summary)
 * or the field itself, so react-hook-form does not move focus.
 */
export function useQuestionForm(node: QuestionNode, answer: string | undefined, today: IsoDate) {
  return useForm<FieldValues, QuestionContext, string>({
    defaultValues: fieldValues(node, answer),
    resolver: answerResolver,
    context: { node, today },
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
}

interface Props {
  id: string;
  node: QuestionNode;
  /** The question as the page heading (one question a page) or as a plain legend (the desk's list). */
  heading: 'page' | 'inline';
  /** Shown after the question in the legend. */
  badge?: ReactNode;
  error?: string;
  className?: string;
}

/**
 * One question's fieldset: the question as legend, its hint, the error, and the fields its kind
 * needs (radio options, day/month/year, a number with its unit, "Ved ikke"), worded for the
 * current language and perspective. The fields are registered with the react-hook-form form
 * around them (`useQuestionForm` and `FormProvider`); the caller decides when an answer counts.
 */
export function QuestionFields({ id, node, heading, badge, error, className }: Props) {
  const { t } = useTranslation();
  const { text, context } = usePhrase();
  const { register } = useFormContext<FieldValues>();
  const unknown = useWatch<FieldValues, 'unknown'>({ name: 'unknown' });
  const options = useAnswerOptions(node);
  const hintId = node.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const unknownAllowed = (node.kind === 'date' || node.kind === 'number') && node.unknown !== undefined;
  // In a list of questions (the desk) the same option words recur ("Ja", "Dag", "Ved ikke"): each
  // control's name also carries its question, after the visible label, so a screen reader says which
  // question it belongs to and voice control can tell them apart (WCAG 2.5.3: the name starts with the label).
  const ofQuestion = heading === 'inline' && <span className="sr-only">, {text(node.question)}</span>;

  return (
    <fieldset
      className={className}
      aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
    >
      {heading === 'page' ? (
        <legend className="page-legend">
          <h1>{text(node.question)}</h1>
        </legend>
      ) : (
        <legend className="form-label">
          {text(node.question)}
          {badge}
        </legend>
      )}
      {node.hint && (
        <span className="form-hint" id={hintId}>
          {text(node.hint)}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          <span className="sr-only">{t('question.error')}: </span>
          {error}
        </span>
      )}
      {options.map((o) => (
        <div className="form-group-radio" key={o.value}>
          <input
            type="radio"
            className="form-radio"
            id={`${id}-${o.value}`}
            value={o.value}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            {...register('choice')}
          />
          <label className="form-label" htmlFor={`${id}-${o.value}`}>
            {o.label}
            {ofQuestion}
          </label>
          {o.hint && (
            <span className="form-hint" id={`${id}-${o.value}-hint`}>
              {o.hint}
            </span>
          )}
        </div>
      ))}
      {node.kind === 'date' && (
        <div className="date-group">
          {(['day', 'month', 'year'] as const).map((part) => (
            <div className={`form-group form-group-${part}`} key={part}>
              <label className="form-label" htmlFor={`${id}-${part}`}>
                {t(`question.${part}`)}
                {ofQuestion}
              </label>
              <input
                className={`form-input input-width-${part === 'year' ? 'xs' : 'xxs'}`}
                id={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={part === 'year' ? 4 : 2}
                {...register(part)}
                disabled={unknown}
              />
            </div>
          ))}
        </div>
      )}
      {node.kind === 'number' && (
        <div className="form-group">
          <label className="form-label sr-only" htmlFor={`${id}-number`}>
            {text(node.question)}
          </label>
          <div className="form-input-wrapper">
            <input
              className="form-input input-width-xs"
              id={`${id}-number`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              {...register('number')}
              disabled={unknown}
            />
            {node.unit && <span className="form-input-suffix">{text(node.unit)}</span>}
          </div>
        </div>
      )}
      {unknownAllowed && (
        <div className="form-group-checkbox">
          <input type="checkbox" className="form-checkbox" id={`${id}-unknown`} {...register('unknown')} />
          <label className="form-label" htmlFor={`${id}-unknown`}>
            {t('question.dontKnow', { context })}
            {ofQuestion}
          </label>
        </div>
      )}
    </fieldset>
  );
}
