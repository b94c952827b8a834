/**
 * The status a result page shows at the top, in the words a citizen reads (src/i18n/da.ts), for the
 * kinds of outcome the flows have.
 */
import { describe, expect, it } from 'vitest';
import { legalBasis, outcomeStatus } from '../../src/engine/outcome-status';
import { da } from '../../src/i18n/da';

const words = (node: Parameters<typeof outcomeStatus>[0]) => da.result.status[outcomeStatus(node)];

describe('outcomeStatus', () => {
  it('says an offer without a status can be had', () => {
    // sl140.yaml: the municipality's rehabilitation offer.
    expect(words({ type: 'offer' })).toBe('Du kan få det');
  });

  it('says a referral without a status is not here', () => {
    // sl140.yaml: "Specialiseret genoptræning foregår på sygehuset".
    expect(words({ type: 'referral' })).toBe('Ikke her');
  });

  it("shows the outcome's own status before the default of its type", () => {
    // sl86-2.yaml: "Sådan klager du over kommunens afgørelse" is a referral with status complain.
    expect(words({ type: 'referral', status: 'complain' })).toBe('Sådan klager du');
    // sl140.yaml: "Find ud af, om du har fået en genoptræningsplan".
    expect(words({ type: 'referral', status: 'findOut' })).toBe('Find ud af det først');
    // sl86-1.yaml: an application the municipality decides on.
    expect(words({ type: 'offer', status: 'decides' })).toBe('Kommunen vurderer');
    expect(words({ type: 'offer', status: 'notHere' })).toBe('Ikke her');
    expect(words({ type: 'referral', status: 'notNow' })).toBe('Ikke nu');
    expect(words({ type: 'offer', status: 'canApply' })).toBe('Du kan søge');
    expect(words({ type: 'referral', status: 'canGet' })).toBe('Du kan få det');
  });
});

describe('legalBasis', () => {
  const p = (da: string) => ({ da, en: da });
  it('names the outcome’s own law where it has one, else the flow’s', () => {
    // sl86-1.yaml: the Ældreloven result in the § 86 stk. 1 flow.
    expect(legalBasis({ law: p('Serviceloven § 86 stk. 1') }, { law: p('Ældreloven') }).da).toBe('Ældreloven');
    expect(legalBasis({ law: p('Serviceloven § 86 stk. 1') }, {}).da).toBe('Serviceloven § 86 stk. 1');
  });
});
