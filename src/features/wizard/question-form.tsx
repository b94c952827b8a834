import { FormProvider } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import type { AnswerError, IsoDate, QuestionNode } from '@/engine';
import { ErrorSummary } from '@/shared/error-summary';
import { answerError, firstFieldId, QuestionFields, useQuestionForm } from '@/shared/question-fields';
import { useAnswerOptions } from '@/shared/use-answer-options';

interface Props {
  nodeId: string;
  node: QuestionNode;
  initial: string | undefined;
  today: IsoDate;
  rejected: AnswerError | undefined;
  onAnswer: (value: string) => void;
}

/**
 * One question, GOV.UK question-page style: the question is the page heading
 * (legend), a hint under it, big radio targets or DKFDS date fields, one button.
 * The answer counts when the user continues and the engine accepts it.
 */
export function QuestionForm({ nodeId, node, initial, today, rejected, onAnswer }: Props) {
  const { t } = useTranslation();
  const form = useQuestionForm(node, initial, today);
  const { errors, submitCount } = form.formState;
  const shownError = answerError(errors) ?? (rejected && rejected !== 'required' ? 'storedAnswerRejected' : undefined);
  const errorMessage = shownError ? t(`errors.${shownError}`) : '';
  const firstOption = useAnswerOptions(node)[0]?.value;

  return (
    <FormProvider {...form}>
      <ErrorSummary
        errors={shownError ? [{ fieldId: firstFieldId(nodeId, node, firstOption), message: errorMessage }] : []}
        attempt={submitCount}
      />
      <form onSubmit={form.handleSubmit((answer) => onAnswer(answer))} noValidate>
        <div className={shownError ? 'form-group form-error' : 'form-group'}>
          <QuestionFields id={nodeId} node={node} heading="page" error={shownError ? errorMessage : undefined} />
        </div>
        <button type="submit" className="button button-primary">
          {t('question.continue')}
        </button>
      </form>
    </FormProvider>
  );
}
