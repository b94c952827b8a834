import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { UNKNOWN, validateAnswer, type IsoDate, type QuestionNode } from '@/engine';
import { useAnswerOptions } from '@/shared/use-answer-options';
import { usePhrase } from '@/shared/use-phrase';

interface Props {
  id: string;
  node: QuestionNode;
  value: string | undefined;
  current: boolean;
  today: IsoDate;
  onChange: (value: string) => void;
}

/** One question in the desk view: answers take effect as they are given, with arrow keys in radio groups. */
export function DeskQuestion({ id, node, value, current, today, onChange }: Props) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  const [draft, setDraft] = useState(() => {
    const [y = '', m = '', d = ''] = node.kind === 'date' && value && value !== UNKNOWN ? value.split('-') : [];
    return {
      day: d ? String(Number(d)) : '',
      month: m ? String(Number(m)) : '',
      year: y,
      number: node.kind === 'number' && value !== UNKNOWN ? (value ?? '') : '',
    };
  });
  const [error, setError] = useState<string | undefined>(undefined);
  const hintId = node.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;

  const commitDate = (next: typeof draft) => {
    setDraft(next);
    const { day, month, year } = next;
    if (!day || !month || year.length < 4) return;
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const problem = validateAnswer(node, iso, today);
    setError(problem ? t(`errors.${problem}`) : undefined);
    if (!problem) onChange(iso);
  };
  const commitNumber = (raw: string) => {
    setDraft({ ...draft, number: raw });
    const problem = validateAnswer(node, raw, today);
    setError(problem && raw ? t(`errors.${problem}`) : undefined);
    if (!problem) onChange(raw.trim());
  };

  const options = useAnswerOptions(node);

  return (
    <fieldset
      className={`desk-question${current ? ' desk-question-current' : ''}${error ? ' form-error' : ''}`}
      aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined}
    >
      <legend className="form-label">
        {text(node.question)}
        {current && <span className="badge badge-warning desk-missing">{t('desk.missing')}</span>}
      </legend>
      {node.hint && (
        <span className="form-hint" id={hintId}>
          {text(node.hint)}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      )}
      {options.length > 0 && (
        <div className="desk-options">
          {options.map((o) => (
            <div className="form-group-radio" key={o.value}>
              <input
                type="radio"
                className="form-radio"
                id={`${id}-${o.value}`}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
              />
              <label className="form-label" htmlFor={`${id}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      )}
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
                inputMode="numeric"
                autoComplete="off"
                maxLength={part === 'year' ? 4 : 2}
                value={draft[part]}
                disabled={value === UNKNOWN}
                onChange={(e) => commitDate({ ...draft, [part]: e.target.value.trim() })}
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
          <input
            className="form-input input-width-xs"
            id={`${id}-number`}
            inputMode="decimal"
            autoComplete="off"
            value={draft.number}
            disabled={value === UNKNOWN}
            onChange={(e) => commitNumber(e.target.value)}
          />
        </div>
      )}
      {(node.kind === 'date' || node.kind === 'number') && node.unknown && (
        <div className="form-group-checkbox">
          <input
            type="checkbox"
            className="form-checkbox"
            id={`${id}-unknown`}
            checked={value === UNKNOWN}
            onChange={(e) => {
              setError(undefined);
              if (e.target.checked) onChange(UNKNOWN);
              else onChange('');
            }}
          />
          <label className="form-label" htmlFor={`${id}-unknown`}>
            {t('question.dontKnow')}
          </label>
        </div>
      )}
    </fieldset>
  );
}
