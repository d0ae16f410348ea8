import { createActor } from 'xstate';
import type { PlayerEvent } from './events';
import type { RootActor, RunContext, ScenarioEntry } from './rootMachine';
import { rootMachine } from './rootMachine';
import type { SeatMode } from './seatActor';

export interface RunRecord {
  readonly scenarioId: string;
  readonly seed: number;
  readonly seats: readonly SeatMode[];
  readonly log: readonly PlayerEvent[];
}

/** Plays a recorded run into an actor that is on the title screen: the start, then every logged event. */
export function replayInto(actor: RootActor, record: RunRecord): void {
  actor.send({ type: 'title.start', scenarioId: record.scenarioId, seed: record.seed, seats: record.seats });
  actor.send({ type: 'briefing.begin' });
  for (const event of record.log) actor.send(event);
}

/**
 * Replays a record on a fresh machine and returns the run it leads to, or why it does not replay:
 * an unknown scenario, or moves the rules no longer accept.
 */
export function replayRun(
  scenarios: readonly ScenarioEntry[],
  record: RunRecord,
): { ok: true; run: RunContext } | { ok: false; reason: string } {
  if (!scenarios.some((s) => s.id === record.scenarioId)) {
    return { ok: false, reason: `the scenario "${record.scenarioId}" is not available` };
  }
  const actor = createActor(rootMachine, { input: { soundOn: false, scenarios } }).start();
  actor.send({ type: 'boot.loaded' });
  replayInto(actor, record);
  const run = actor.getSnapshot().context.run;
  actor.stop();
  if (!run || run.log.length !== record.log.length) {
    return {
      ok: false,
      reason: `${record.log.length - (run?.log.length ?? 0)} of the saved moves no longer replay`,
    };
  }
  return { ok: true, run };
}
