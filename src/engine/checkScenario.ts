import type { Finding } from '../scenario/diagnostic';
import { type LoadResult, loadScenario } from '../scenario/loader';
import { MESSAGES } from '../scenario/messages';
import type { Scenario } from '../scenario/schema';
import { clearsWalkAway, compileModel, forEachPackage, packageAt, packageCount } from './model';

/** Above this many packages the zone-of-agreement check samples instead of enumerating. */
export const ZONE_CHECK_LIMIT = 1_000_000;

/** Warns when no text clears every party's walk-away value and red lines: the scenario could never be won. */
export function zoneOfAgreement(scenario: Scenario): Finding[] {
  const model = compileModel(scenario);
  const count = packageCount(model);
  const findings: Finding[] = [];
  let found = false;
  if (count <= ZONE_CHECK_LIMIT) {
    forEachPackage(model, (pkg) => {
      if (!found && model.parties.every((party) => clearsWalkAway(party, pkg))) found = true;
    });
  } else {
    findings.push({
      severity: 'note',
      path: ['issues'],
      ...MESSAGES.tooManyPackages(count, ZONE_CHECK_LIMIT),
    });
    // A deterministic stride through the space stands in for the full enumeration.
    const stride = Math.floor(count / ZONE_CHECK_LIMIT) | 1;
    for (let n = 0; n < count && !found; n += stride) {
      const pkg = packageAt(model, n);
      found = model.parties.every((party) => clearsWalkAway(party, pkg));
    }
  }
  if (!found) findings.push({ severity: 'warning', path: ['parties'], ...MESSAGES.noZone() });
  return findings;
}

/**
 * A scenario file read and checked as the game uses it: the format's own checks (scenario/loader.ts), then the
 * engine's analysis of the negotiation it describes.
 */
export function loadCheckedScenario(text: string, file: string): LoadResult {
  return loadScenario(text, file, [zoneOfAgreement]);
}
