import { useTranslation } from '@/i18n';
import { outcomeStatus, type OutcomeNode, type OutcomeStatus } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

const BADGE: Record<OutcomeStatus, string> = {
  canGet: 'badge-success',
  canApply: 'badge-info',
  decides: 'badge-info',
  notNow: 'badge-warning',
  notHere: 'badge-warning',
  complain: 'badge-info',
  findOut: 'badge-info',
};

/** The status in words ("Du kan få det", "Du kan søge", "Ikke nu" …), from the outcome's kind; on the result, the desk and the handout. */
export function StatusBadge({ node, id }: { node: Pick<OutcomeNode, 'type' | 'status'>; id?: string }) {
  const { t } = useTranslation();
  const { context } = usePhrase();
  const status = outcomeStatus(node);
  return (
    <span className={`badge ${BADGE[status]}`} id={id}>
      {t(`result.status.${status}`, { context })}
    </span>
  );
}
