import type { RootEvent } from '../flow/events';
import { loadFixture } from './scenarios';

const fixture = loadFixture();

/** The flow event that tables a text to parties, both given by index into the fixture (see fixtureScenario.ts). */
export function tableEvent(parties: readonly number[], text: readonly number[]): RootEvent {
  return {
    type: 'move.table',
    parties: parties.map((p) => fixture.parties[p]?.id ?? `no-party-${p}`),
    // An index past the options names an option that does not exist, so the move is refused.
    text: Object.fromEntries(
      fixture.issues.map((issue, i) => [issue.id, issue.options[text[i]!]?.id ?? `no-option-${text[i]}`]),
    ),
  };
}

/** A move with one party, given by index into the fixture. */
export function partyEvent(type: 'consult' | 'press' | 'reassure', party: number): RootEvent {
  return { type: `move.${type}`, party: fixture.parties[party]?.id ?? `no-party-${party}` };
}
