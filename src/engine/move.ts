import type { Model, Package } from './model';
import type { SchemaMove } from './moveSchema';

/**
 * The player's moves: the one definition. The flow's events, the save and result files, replays and
 * user-written mediators all use this vocabulary; the engine's index-based actions are derived from it.
 * Things are named by the scenario's ids, so a log still reads correctly after an author reorders options.
 */
export type Move = SchemaMove;
export type MoveType = Move['type'];
/** Every type once: the record fails to compile if the schema gains or loses one. */
const EVERY_TYPE: Record<MoveType, true> = {
  consult: true,
  press: true,
  reassure: true,
  statement: true,
  table: true,
  endDay: true,
  callConference: true,
  reply: true,
  inject: true,
};
export const MOVE_TYPES = Object.keys(EVERY_TYPE) as readonly MoveType[];

/** What the mediator does (a reply is a delegation's, an inject the teacher's). */
export type MediatorMove = Exclude<Move, { type: 'reply' | 'inject' }>;

/** The engine's form of a move: ids compiled to indexes. */
type Compiled<M> = {
  readonly [K in keyof M]: K extends 'party'
    ? number
    : K extends 'parties'
      ? readonly number[]
      : K extends 'text'
        ? Package
        : M[K];
};
export type MediatorAction = Compiled<MediatorMove>;

export type Compile<T> = { ok: true; value: T } | { ok: false; reason: string };

function partyIndex(model: Model, party: string): number {
  return model.parties.findIndex((p) => p.id === party);
}

/** A text named by ids, as indexes; every issue must name one of its options. */
export function compileText(model: Model, text: Readonly<Record<string, string>>): Compile<Package> {
  const pkg: number[] = [];
  for (const [i, issue] of model.issueIds.entries()) {
    const option = Object.hasOwn(text, issue) ? text[issue]! : undefined;
    if (option === undefined)
      return { ok: false, reason: `the text names no option for the issue "${issue}"` };
    const o = model.optionIds[i]!.indexOf(option);
    if (o < 0) return { ok: false, reason: `"${option}" is not an option of the issue "${issue}"` };
    pkg.push(o);
  }
  const extra = Object.keys(text).find((issue) => !model.issueIds.includes(issue));
  if (extra !== undefined) return { ok: false, reason: `the text names an unknown issue "${extra}"` };
  return { ok: true, value: pkg };
}

export function nameText(model: Model, pkg: Package): Record<string, string> {
  const text: Record<string, string> = {};
  for (let i = 0; i < model.issueIds.length; i++) text[model.issueIds[i]!] = model.optionIds[i]![pkg[i]!]!;
  return text;
}

/** A move as the engine applies it, or why the scenario has no such thing. */
export function compileMove(model: Model, move: MediatorMove): Compile<MediatorAction> {
  switch (move.type) {
    case 'consult':
    case 'press':
    case 'reassure': {
      const party = partyIndex(model, move.party);
      if (party < 0) return { ok: false, reason: `there is no party "${move.party}"` };
      return { ok: true, value: { type: move.type, party } };
    }
    case 'table': {
      const parties = move.parties.map((p) => partyIndex(model, p));
      const unknown = move.parties.find((_, i) => parties[i]! < 0);
      if (unknown !== undefined) return { ok: false, reason: `there is no party "${unknown}"` };
      if (new Set(parties).size !== parties.length) return { ok: false, reason: 'a party is named twice' };
      const text = compileText(model, move.text);
      if (!text.ok) return text;
      return {
        ok: true,
        value: { type: 'table', parties: [...parties].sort((a, b) => a - b), text: text.value },
      };
    }
    default:
      return { ok: true, value: { type: move.type } };
  }
}

/** The move that names an engine action by the scenario's ids. */
export function nameMove(model: Model, action: MediatorAction): MediatorMove {
  switch (action.type) {
    case 'consult':
    case 'press':
    case 'reassure':
      return { type: action.type, party: model.parties[action.party]!.id };
    case 'table':
      return {
        type: 'table',
        parties: action.parties.map((p) => model.parties[p]!.id),
        text: nameText(model, action.text),
      };
    default:
      return { type: action.type };
  }
}
