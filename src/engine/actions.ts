import type { Policy } from './answer';
import type { GameState, Rules } from './game';
import type { MediatorAction } from './move';
import { conference, consult, endDay, type MoveResult, press, reassure, statement, table } from './moves';

export type { MediatorAction } from './move';

/** Applies one mediator action by the rules; `policy` answers for every seat (the computer's delegations). */
export function applyAction(
  rules: Rules,
  state: GameState,
  action: MediatorAction,
  policy: Policy,
): MoveResult {
  switch (action.type) {
    case 'consult':
      return consult(rules, state, action.party);
    case 'table':
      return table(rules, state, action.parties, action.text, policy);
    case 'press':
      return press(rules, state, action.party);
    case 'reassure':
      return reassure(rules, state, action.party);
    case 'statement':
      return statement(rules, state);
    case 'endDay':
      return endDay(rules, state);
    case 'callConference':
      return conference(rules, state);
  }
}
