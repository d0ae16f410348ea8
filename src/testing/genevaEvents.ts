import type { RootEvent } from '../flow/events';
import { loadGeneva } from './scenarios';

const geneva = loadGeneva();

/** The flow event that tables a text to parties, both given by index into the Geneva scenario. */
export function tableEvent(parties: readonly number[], text: readonly number[]): RootEvent {
  return {
    type: 'move.table',
    parties: parties.map((p) => geneva.parties[p]!.id),
    text: Object.fromEntries(
      geneva.issues.map((issue, i) => [issue.id, issue.options[text[i]!]?.id ?? 'none']),
    ),
  };
}

/** A move with one party, the party given by index into the Geneva scenario. */
export function partyEvent(type: 'consult' | 'press' | 'reassure', party: number): RootEvent {
  return { type: `move.${type}`, party: geneva.parties[party]?.id ?? `party-${party}` };
}
