import { demandOf } from '../../engine/demand';
import { type GameState, pointsOf, type Rules } from '../../engine/game';
import { forEachPackage, type Package, redLineCrossed, samePackage, utilityOf } from '../../engine/model';
import { type MediatorMove, nameMove } from '../../engine/move';
import { viewFor } from '../../engine/moves';
import type { Mediator, MediatorSetting } from './mediator';

/** The text that leaves the worst-off party best placed on the conference day, by the true hidden values. */
export function bestFinalText(rules: Rules, state: GameState): { text: Package; margins: number[] } {
  const atConference = { ...state, day: rules.conferenceDay };
  let best: { text: Package; margins: number[] } = { text: rules.model.statusQuo, margins: [] };
  let bestMin = Number.NEGATIVE_INFINITY;
  forEachPackage(rules.model, (pkg) => {
    const margins = rules.model.parties.map((party, p) => {
      if (redLineCrossed(party, pkg) >= 0) return -1000;
      const u = utilityOf(pointsOf(rules, state, p), state.parties[p]!.weights, pkg);
      return u - demandOf(viewFor(rules, atConference, p, pkg));
    });
    const min = Math.min(...margins);
    if (min > bestMin) {
      bestMin = min;
      best = { text: [...pkg], margins };
    }
  });
  return best;
}

/**
 * Knows the hidden values (told them on purpose: it shows the game's ceiling). It engages every delegation
 * until its demands have come down as far as they will, keeps trust up, and tables the text that clears every
 * delegation's demand on the conference day.
 */
export const oracleMediator = (setting: MediatorSetting): Mediator => {
  let tabledOnLastDay = false;
  return (view) => {
    const { rules } = setting;
    const state = setting.peek();
    const name = (action: Parameters<typeof nameMove>[1]): MediatorMove => nameMove(rules.model, action);
    if (view.actionsLeft === 0) return { type: 'endDay' };
    const out = state.parties.findIndex((p) => p.walkedOut || p.trustMediator < 30);
    if (out >= 0) return name({ type: 'reassure', party: out });
    const { text, margins } = bestFinalText(rules, state);
    const lastDay = state.day === rules.days - 1;
    const onTable = state.tabledToAll !== null && samePackage(state.tabledToAll, text);
    // The text must be on the table by the last day of talks, and asked again then.
    if (lastDay && (!onTable || !tabledOnLastDay)) {
      tabledOnLastDay = true;
      return name({ type: 'table', parties: rules.model.parties.map((_, p) => p), text });
    }
    const needy = state.parties
      .map((p, i) => ({ i, e: p.engagement, m: margins[i] ?? 0 }))
      .filter((p) => p.e < 0.95 && state.parties[p.i]!.consultations < 8)
      .sort((a, b) => a.m - b.m)[0];
    if (needy) return name({ type: 'consult', party: needy.i });
    if (!onTable) return name({ type: 'table', parties: rules.model.parties.map((_, p) => p), text });
    return { type: 'endDay' };
  };
};

/**
 * The strongest play of three actions or fewer, told the hidden values: consult the two delegations furthest
 * from the best text, table it, and wait for the conference.
 */
export const threeActionMediator = (setting: MediatorSetting): Mediator => {
  let plan: MediatorMove[] | null = null;
  return (view) => {
    if (view.actionsLeft === 0) return { type: 'endDay' };
    if (!plan) {
      const { rules } = setting;
      const state = setting.peek();
      const { text, margins } = bestFinalText(rules, state);
      const furthest = margins
        .map((m, p) => ({ m, p }))
        .sort((a, b) => a.m - b.m)
        .slice(0, 2)
        .map(({ p }) => nameMove(rules.model, { type: 'consult', party: p }));
      plan = [
        ...furthest,
        nameMove(rules.model, { type: 'table', parties: rules.model.parties.map((_, p) => p), text }),
      ];
    }
    return plan.shift() ?? { type: 'endDay' };
  };
};
