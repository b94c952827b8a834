import { useTranslation } from '@/i18n';
import { outcomeStatus, type OutcomeNode, type OutcomeStatus } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

export const BADGE: Record<OutcomeStatus, string> = {
  canGet: 'badge badge-success',
  cannotGet: 'badge badge-warning',
  decides: 'badge badge-info',
  complain: 'badge badge-info',
  findOut: 'badge badge-info',
};

/** The status badge above the headline ("Du kan få det", "Kommunen afgør det", "Sådan klager du" …). */
export function ResultStatus({ node }: { node: OutcomeNode }) {
  const { t } = useTranslation();
  const { context } = usePhrase();
  const status = outcomeStatus(node);
  return (
    <p className="result-status">
      <span className={BADGE[status]}>{t(`result.status.${status}`, { context })}</span>
    </p>
  );
}
