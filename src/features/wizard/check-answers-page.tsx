import { useTranslation } from '@/i18n';
import type { Evaluation, MunicipalityContent } from '@/engine';
import { href } from '@/app/routes';
import { StepIndicator } from '@/shared/step-indicator';
import { AnswerList } from '@/shared/answer-list';

/** "Tjek dine svar": every answer on the path, each with a link to change it. */
export function CheckAnswersPage({
  municipality,
  bundle,
  evaluation,
}: {
  municipality: string;
  bundle: MunicipalityContent;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <StepIndicator current="check" />
      <h1>{t('check.title')}</h1>
      <AnswerList
        bundle={bundle}
        path={evaluation.path}
        changeHref={(step) =>
          href({ page: 'question', municipality, flow: step.flowId, node: step.nodeId, fromCheck: true })
        }
      />
      <a className="button button-primary" href={href({ page: 'result', municipality })}>
        {t('check.seeResult')}
      </a>
    </>
  );
}
