import { useTranslation } from '@/i18n';
import type { OutcomeNode, OutcomeStatus } from '@/engine';
import { usePhrase } from '@/shared/use-phrase';

/** The status the outcome gives, in words; offers and referrals have defaults. */
export function outcomeStatus(node: OutcomeNode): OutcomeStatus {
  return node.status ?? (node.type === 'offer' ? 'canGet' : 'cannotGet');
}

const BADGE: Record<OutcomeStatus, string> = {
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
