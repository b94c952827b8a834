import { useEffect, useEffectEvent } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import type { IsoDate, QuestionNode } from '@/engine';
import { answerError, QuestionFields, useQuestionForm, type FieldValues } from '@/shared/question-fields';

interface Props {
  id: string;
  node: QuestionNode;
  value: string | undefined;
  current: boolean;
  today: IsoDate;
  onChange: (value: string) => void;
}

/**
 * Whether what the fields hold is whole enough to be checked at the desk: a choice or "Ved ikke"
 * at once, a number as soon as something is typed, a date once day, month and a four-digit year are there.
 */
function whole(node: QuestionNode, values: FieldValues): boolean {
  if (node.kind === 'date' || node.kind === 'number') {
    if (values.unknown) return true;
    if (node.kind === 'number') return values.number.trim() !== '';
    return values.day.trim() !== '' && values.month.trim() !== '' && values.year.trim().length >= 4;
  }
  return values.choice !== '';
}

/**
 * One question in the desk view, its own small form (so each radio group is its own, with arrow
 * keys inside it): answers take effect as they are given, checked by the engine like the wizard's.
 */
export function DeskQuestion({ id, node, value, current, today, onChange }: Props) {
  const { t } = useTranslation();
  const form = useQuestionForm(node, value, today);
  const { watch, getValues, handleSubmit, clearErrors } = form;
  const problem = answerError(form.formState.errors);
  const error = problem ? t(`errors.${problem}`) : undefined;
  const commit = handleSubmit((answer) => onChange(answer));

  const changed = useEffectEvent((name: string | undefined) => {
    if (whole(node, getValues())) return void commit();
    clearErrors();
    // "Ved ikke" taken back with nothing whole typed: the question has no answer again.
    if (name === 'unknown') onChange('');
  });
  useEffect(() => watch((_, { name }) => changed(name)).unsubscribe, [watch]);

  return (
    <FormProvider {...form}>
      <form onSubmit={commit} noValidate>
        <QuestionFields
          id={id}
          node={node}
          heading="inline"
          badge={current && <span className="badge badge-warning desk-missing">{t('desk.missing')}</span>}
          error={error}
          className={`desk-question${current ? ' desk-question-current' : ''}${error ? ' form-error' : ''}`}
        />
      </form>
    </FormProvider>
  );
}
