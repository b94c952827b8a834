import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import { validateAnswer, type AnswerError, type IsoDate, type QuestionNode } from '@/engine';
import { ErrorSummary } from '@/shared/error-summary';
import { answerOf, fieldValues, firstFieldId, QuestionFields } from '@/shared/question-fields';
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
 * The answer counts when the user continues.
 */
export function QuestionForm({ nodeId, node, initial, today, rejected, onAnswer }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => fieldValues(node, initial));
  const [error, setError] = useState<AnswerError | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const shownError = error ?? (rejected && rejected !== 'required' ? 'storedAnswerRejected' : undefined);
  const errorMessage = shownError ? t(`errors.${shownError}`) : '';
  const firstOption = useAnswerOptions(node)[0]?.value;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer = answerOf(node, values);
    const problem = validateAnswer(node, answer, today);
    if (problem) {
      setError(problem);
      setAttempt((a) => a + 1);
      return;
    }
    setError(undefined);
    onAnswer(answer);
  };

  return (
    <>
      <ErrorSummary
        errors={shownError ? [{ fieldId: firstFieldId(nodeId, node, firstOption), message: errorMessage }] : []}
        attempt={attempt}
      />
      <form onSubmit={submit} noValidate>
        <div className={shownError ? 'form-group form-error' : 'form-group'}>
          <QuestionFields
            id={nodeId}
            node={node}
            values={values}
            onChange={setValues}
            heading="page"
            error={shownError ? errorMessage : undefined}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
