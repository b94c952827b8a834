import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { isoFromParts, UNKNOWN, validateAnswer, type IsoDate, type QuestionNode } from '@/engine';
import { fieldValues, QuestionFields, type FieldName, type FieldValues } from '@/shared/question-fields';

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
  // What is typed into the date and number fields; the choice and "Ved ikke" are the stored answer itself.
  const [draft, setDraft] = useState(() => fieldValues(node, value));
  const [error, setError] = useState<string | undefined>(undefined);
  const values: FieldValues = { ...draft, choice: value ?? '', unknown: value === UNKNOWN };

  const change = (next: FieldValues, changed: FieldName) => {
    if (changed === 'choice') return onChange(next.choice);
    if (changed === 'unknown') {
      setError(undefined);
      return onChange(next.unknown ? UNKNOWN : '');
    }
    setDraft(next);
    if (changed === 'number') {
      const problem = validateAnswer(node, next.number, today);
      setError(problem && next.number ? t(`errors.${problem}`) : undefined);
      if (!problem) onChange(next.number.trim());
      return;
    }
    // A date counts once day, month and a four-digit year are there.
    const { day, month, year } = next;
    if (!day.trim() || !month.trim() || year.trim().length < 4) return;
    const iso = isoFromParts(next);
    const problem = validateAnswer(node, iso, today);
    setError(problem ? t(`errors.${problem}`) : undefined);
    if (!problem) onChange(iso);
  };

  return (
    <QuestionFields
      id={id}
      node={node}
      values={values}
      onChange={change}
      heading="inline"
      badge={current && <span className="badge badge-warning desk-missing">{t('desk.missing')}</span>}
      error={error}
      className={`desk-question${current ? ' desk-question-current' : ''}${error ? ' form-error' : ''}`}
    />
  );
}
