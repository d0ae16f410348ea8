import type { MediatorMove } from '../../engine/move';
import { everyone, type Mediator, statusQuoText } from './mediator';

/** Any legal move at random; a random text when it tables (one time in three). */
export const randomMediator = (): Mediator => (view, rng) => {
  if (view.actionsLeft === 0) return { type: 'endDay' };
  const roll = Math.floor(rng.next() * 6);
  const party = view.parties[Math.floor(rng.next() * view.parties.length)]!.id;
  switch (roll) {
    case 0:
      return { type: 'consult', party };
    case 1:
      return { type: 'press', party };
    case 2:
      return { type: 'reassure', party };
    case 3:
      return { type: 'statement' };
    default: {
      const text: Record<string, string> = {};
      for (const issue of view.issues)
        text[issue.id] = issue.options[Math.floor(rng.next() * issue.options.length)]!;
      return { type: 'table', parties: everyone(view), text };
    }
  }
};

export const REPEATABLE = ['consult', 'press', 'reassure', 'statement', 'table'] as const;
export type Repeatable = (typeof REPEATABLE)[number];

/** The same gesture every time, to every party in turn: what a player who found one "good" button would do. */
export const repeatMediator =
  (action: Repeatable): (() => Mediator) =>
  () => {
    let turn = 0;
    return (view): MediatorMove => {
      if (view.actionsLeft === 0) return { type: 'endDay' };
      const party = view.parties[turn++ % view.parties.length]!.id;
      if (action === 'statement') return { type: 'statement' };
      if (action === 'table')
        return { type: 'table', parties: everyone(view), text: view.tabledToAll ?? statusQuoText(view) };
      return { type: action, party };
    };
  };

/**
 * One fixed text tabled to everyone on the first day, then nothing: the conference meets on its date
 * (`callAtOnce` false) or is called at once. The census plays every text both ways.
 */
export const fixedTextMediator =
  (text: Readonly<Record<string, string>>, callAtOnce: boolean): (() => Mediator) =>
  () => {
    let tabled = false;
    return (view) => {
      if (!tabled) {
        tabled = true;
        return { type: 'table', parties: everyone(view), text: { ...text } };
      }
      return callAtOnce ? { type: 'callConference' } : { type: 'endDay' };
    };
  };
