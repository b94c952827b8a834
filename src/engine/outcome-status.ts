import type { OutcomeNode, OutcomeStatus } from './model/flow.ts';

/**
 * The status a result shows in words at the top; offers and referrals have defaults.
 * @example outcomeStatus({ ...node, type: 'referral', status: 'complain' }) // 'complain'
 */
export function outcomeStatus(node: Pick<OutcomeNode, 'type' | 'status'>): OutcomeStatus {
  return node.status ?? (node.type === 'offer' ? 'canGet' : 'notHere');
}
