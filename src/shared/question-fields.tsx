import type { ReactNode } from 'react';
import { datePartsOf, isoFromParts, UNKNOWN, type QuestionNode } from '@/engine';
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

/** The id of the field an error summary links to. */
export function firstFieldId(id: string, node: QuestionNode, firstOption: string | undefined): string {
  if (node.kind === 'date') return `${id}-day`;
  if (node.kind === 'number') return `${id}-number`;
  return `${id}-${firstOption}`;
}

interface Props {
  id: string;
  node: QuestionNode;
  values: FieldValues;
  onChange: (values: FieldValues, changed: FieldName) => void;
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
 * current language and perspective. The caller decides when an answer counts.
 */
export function QuestionFields({ id, node, values, onChange, heading, badge, error, className }: Props) {
  const { t } = useTranslation();
  const { text, context } = usePhrase();
  const options = useAnswerOptions(node);
  const hintId = node.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const set = (name: FieldName, value: string | boolean) => onChange({ ...values, [name]: value }, name);
  const unknownAllowed = (node.kind === 'date' || node.kind === 'number') && node.unknown !== undefined;

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
            name={id}
            value={o.value}
            checked={values.choice === o.value}
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
            onChange={() => set('choice', o.value)}
          />
          <label className="form-label" htmlFor={`${id}-${o.value}`}>
            {o.label}
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
              </label>
              <input
                className={`form-input input-width-${part === 'year' ? 'xs' : 'xxs'}`}
                id={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={part === 'year' ? 4 : 2}
                value={values[part]}
                disabled={values.unknown}
                onChange={(e) => set(part, e.target.value)}
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
              value={values.number}
              disabled={values.unknown}
              onChange={(e) => set('number', e.target.value)}
            />
            {node.unit && <span className="form-input-suffix">{text(node.unit)}</span>}
          </div>
        </div>
      )}
      {unknownAllowed && (
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={`${id}-unknown`}
            checked={values.unknown}
            onChange={(e) => set('unknown', e.target.checked)}
          />
          <label className="form-label" htmlFor={`${id}-unknown`}>
            {t('question.dontKnow', { context })}
          </label>
        </div>
      )}
    </fieldset>
  );
}
