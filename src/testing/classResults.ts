import { BUILT_IN } from '../agents/mediators/builtIn';
import type { MediatorFactory } from '../agents/mediators/mediator';
import type { MediatorMove } from '../engine/move';
import { makeClassCode } from '../flow/classCode';
import { driveGame } from '../flow/driveGame';
import type { GameLength } from '../flow/gameLength';
import type { ResultFile } from '../flow/resultFile';
import { resultOf } from '../flow/resultOf';
import type { ScenarioEntry } from '../flow/runContext';
import type { Scenario } from '../scenario/schema';

/** A class game as a teacher's code gives it: the scenario, the code, its seed and length. */
export interface ClassGameSetup {
  readonly entry: ScenarioEntry;
  readonly code: string;
  readonly seed: number;
  readonly length: GameLength;
}

export function classGameOf(scenario: Scenario, seed = 1234, length: GameLength = 'full'): ClassGameSetup {
  const entry = { id: scenario.meta.id, scenario };
  return makeClassCode(entry, seed, length);
}

/** A mediator that opens with the given moves, then plays as another. */
export function opening(moves: readonly MediatorMove[], then: MediatorFactory): MediatorFactory {
  return (setting) => {
    const after = then(setting);
    let played = 0;
    return (view, rng) => (played < moves.length ? moves[played++]! : after(view, rng));
  };
}

const STYLES = ['careful', 'random', 'three-actions', 'oracle'] as const;

/**
 * The `i`-th student's game: each plays in one of four styles after an opening of their own (consulting one
 * party or two, in turn), so a class of a dozen has a dozen different games and some openings in common.
 */
export function studentMediator(scenario: Scenario, i: number): MediatorFactory {
  const ids = scenario.parties.map((p) => p.id);
  const first = ids[i % ids.length]!;
  const second = ids[(i + 1) % ids.length]!;
  const moves: MediatorMove[] =
    Math.floor(i / ids.length) % 2 === 0
      ? [{ type: 'consult', party: first }]
      : [
          { type: 'consult', party: first },
          { type: 'consult', party: second },
        ];
  return opening(moves, BUILT_IN[STYLES[i % STYLES.length]!]!);
}

/** The result file the `i`-th student of the class downloads, played through the root machine. */
export function studentResult(
  game: ClassGameSetup,
  name: string,
  i: number,
  date = '2026-03-10',
  mediator: MediatorFactory = studentMediator(game.entry.scenario, i),
): ResultFile {
  const played = driveGame(game.entry.scenario, game.seed, mediator, {
    length: game.length,
    player: { name, classCode: game.code },
  });
  const result = resultOf(played.actor.getSnapshot().context.run!, date);
  if (!result) throw new Error('the game did not reach its final meeting');
  return result;
}

/** A result as the file the student downloads. */
export const resultText = (result: ResultFile): string => `${JSON.stringify(result, null, 2)}\n`;
