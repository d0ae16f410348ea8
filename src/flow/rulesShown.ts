import { POLICY } from '../agents/delegationPolicy';
import { DEMAND } from '../engine/demand';
import { TUNING } from '../engine/moves';

/** The rules' numbers the screens state: the price of a walk-out, the trust thresholds, the reach of a demand. */
export const RULES_SHOWN = {
  perReassurance: TUNING.returnReassure,
  returnTrust: TUNING.returnTrust,
  conferenceTrust: TUNING.conferenceTrust,
  walkOutTrust: POLICY.walkOutTrust,
  reachAlone: DEMAND.reachAlone,
} as const;
