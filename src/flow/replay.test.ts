import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadGeneva } from '../testing/scenarios';
import { driveGame } from './driveGame';
import { replayRun } from './replay';
import { rootMachine } from './rootMachine';

const geneva = loadGeneva();
const catalog = [{ id: geneva.meta.id, scenario: geneva }];

describe('replay', () => {
  it('a recorded log replays to the same outcome and the same game, byte for byte', () => {
    for (const seed of [1, 2, 3]) {
      const played = driveGame(geneva, seed, 'thoughtful');
      const run = played.actor.getSnapshot().context.run!;
      const replayed = replayRun(catalog, {
        scenarioId: run.scenarioId,
        seed: run.seed,
        seats: run.seats,
        log: run.log,
      });
      if (!replayed.ok) throw new Error(replayed.reason);
      expect(replayed.run.game.outcome).toEqual(played.outcome);
      expect(JSON.stringify(replayed.run.game)).toBe(JSON.stringify(run.game));
      expect(JSON.stringify(replayed.run.journal)).toBe(JSON.stringify(run.journal));
    }
  });

  it('says why a record does not replay', () => {
    expect(replayRun(catalog, { scenarioId: 'nowhere', seed: 1, seats: [], log: [] })).toEqual({
      ok: false,
      reason: 'the scenario "nowhere" is not available',
    });
    const bad = replayRun(catalog, {
      scenarioId: geneva.meta.id,
      seed: 1,
      seats: [],
      log: [{ type: 'day.meet' }, { type: 'mediator.consult', party: 42 }],
    });
    expect(bad).toEqual({ ok: false, reason: '1 of the saved moves no longer replay' });
  });

  it('the persisted snapshot is plain JSON and restores the machine where it was', () => {
    const actor = createActor(rootMachine, {
      input: { soundOn: false, scenarios: catalog, seed: 5 },
    }).start();
    actor.send({ type: 'boot.loaded' });
    actor.send({ type: 'title.start' });
    actor.send({ type: 'briefing.begin' });
    actor.send({ type: 'day.meet' });
    actor.send({ type: 'mediator.consult', party: 2 });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(rootMachine, { snapshot: persisted, input: { soundOn: false } }).start();
    const snapshot = restored.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'idle' } })).toBe(true);
    expect(snapshot.context.run!.game).toEqual(actor.getSnapshot().context.run!.game);
    // The restored machine plays on: its seats answer.
    restored.send({ type: 'mediator.table', parties: [0, 1, 2], text: [1, 1, 2, 0, 0] });
    expect(restored.getSnapshot().context.run!.game.tabledToAll).toEqual([1, 1, 2, 0, 0]);
  });
});
