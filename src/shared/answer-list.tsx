import { useTranslation } from '@/i18n';
import type { MunicipalityContent, Step } from '@/engine';
import { useAnswerText } from './use-answer-text';
import { usePhrase } from './use-phrase';

/** The answered questions as a summary list; with `changeHref`, each row links back to its question. */
export function AnswerList({
  bundle,
  path,
  changeHref,
}: {
  bundle: MunicipalityContent;
  path: Step[];
  /** With a link per row back to the step's question. */
  changeHref?: (step: Step) => string;
}) {
  const { t } = useTranslation();
  const { text } = usePhrase();
  const answerText = useAnswerText();
  return (
    <dl className="summary-list">
      {path.map((step) => {
        const node = bundle.flows[step.flowId]?.nodes[step.nodeId];
        if (!node || node.kind === 'route' || node.kind === 'outcome' || node.kind === 'flow') return null;
        const question = text(node.question);
        return (
          <div className="summary-list-row" key={`${step.flowId}/${step.nodeId}`}>
            <dt className="summary-list-key">{question}</dt>
            <dd className="summary-list-value">{answerText(node, step.answer)}</dd>
            {changeHref && (
              <dd className="summary-list-action">
                <a className="function-link" href={changeHref(step)}>
                  {t('check.change')}
                  <span className="sr-only"> {t('check.changeHidden', { question })}</span>
                </a>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
