import { useTranslation } from 'react-i18next';
import type { Evaluation, Flow } from '@/engine';
import { href, type Route } from '@/app/routes';
import { StepIndicator } from '@/shared/step-indicator';
import { useAnswerText } from '@/shared/use-answer-text';
import { usePhrase } from '@/shared/use-phrase';

/** "Tjek dine svar": every answer on the path, each with a link to change it. */
export function CheckAnswersPage({
  route,
  flow,
  evaluation,
}: {
  route: Extract<Route, { page: 'check' }>;
  flow: Flow;
  evaluation: Extract<Evaluation, { status: 'outcome' }>;
}) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  const answerText = useAnswerText();
  return (
    <>
      <StepIndicator current="check" />
      <h1>{t('check.title')}</h1>
      <dl className="summary-list">
        {evaluation.path.map((step) => {
          const node = flow.nodes[step.nodeId];
          if (!node || node.kind === 'route' || node.kind === 'outcome') return null;
          const question = text(node.question);
          return (
            <div className="summary-list-row" key={step.nodeId}>
              <dt className="summary-list-key">{question}</dt>
              <dd className="summary-list-value">{answerText(node, step.answer)}</dd>
              <dd className="summary-list-action">
                <a
                  className="function-link"
                  href={href({
                    page: 'question',
                    municipality: route.municipality,
                    flow: route.flow,
                    node: step.nodeId,
                    fromCheck: true,
                  })}
                >
                  {t('check.change')}
                  <span className="sr-only"> {t('check.changeHidden', { question })}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <a
        className="button button-primary"
        href={href({ page: 'result', municipality: route.municipality, flow: route.flow })}
      >
        {t('check.seeResult')}
      </a>
    </>
  );
}
