import type { Flow, OutcomeNode, OutcomeStatus } from './model/flow.ts';
import type { Phrase } from './model/phrase.ts';

/**
 * The status a result shows in words at the top; offers and referrals have defaults.
 * @example outcomeStatus({ ...node, type: 'referral', status: 'complain' }) // 'complain'
 */
export function outcomeStatus(node: Pick<OutcomeNode, 'type' | 'status'>): OutcomeStatus {
  return node.status ?? (node.type === 'offer' ? 'canGet' : 'notHere');
}

/**
 * The legal basis a result names: the outcome's own `law` where it has one (the Ældreloven in a § 86
 * flow), else its flow's.
 * @example legalBasis({ law: p('Serviceloven § 86 stk. 1') }, { law: p('Ældreloven') }).da // 'Ældreloven'
 */
export function legalBasis(flow: Pick<Flow, 'law'>, node: Pick<OutcomeNode, 'law'>): Phrase {
  return node.law ?? flow.law;
}
