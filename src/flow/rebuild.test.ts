import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { BUILT_IN } from '../agents/mediators/builtIn';
import { goldenLines } from '../testing/golden';
import { loadFixture } from '../testing/scenarios';
import { driveGame } from './driveGame';
import { eventOf } from './events';
import { rebuildRun } from './rebuild';
import { rootMachine } from './rootMachine';
import { draftMove } from './run';

// The three-valley fixture (src/testing/fixtureScenario.ts), so Geneva's tuning does not move the recorded game.
const fixture = loadFixture();
const entry = { id: fixture.meta.id, scenario: fixture };

describe('rebuilding a run from its record', () => {
  it('the machine plays the recorded game: its moves, by id, and its outcome', async () => {
    const played = driveGame(fixture, 1, BUILT_IN.careful!);
    const lines = [{ strategy: 'careful', seed: 1 }, ...played.log, played.outcome];
    await expect(goldenLines(lines)).toMatchFileSnapshot('./__golden__/machine-careful-seed-1.txt');
  });

  it('gives the game the machine played, byte for byte, journal included', () => {
    for (const seed of [1, 2, 3]) {
      const played = driveGame(fixture, seed, BUILT_IN.careful!);
      const run = played.actor.getSnapshot().context.run!;
      const rebuilt = rebuildRun(entry, run);
      if (!rebuilt.ok) throw new Error(rebuilt.reason);
      expect(rebuilt.run.game.outcome).toEqual(played.outcome);
      expect(JSON.stringify(rebuilt.run.game)).toBe(JSON.stringify(run.game));
      expect(JSON.stringify(rebuilt.run.journal)).toBe(JSON.stringify(run.journal));
    }
  });

  it('the machine then goes to the saved screen and plays on: its seats answer', () => {
    const played = driveGame(fixture, 5, BUILT_IN.random!);
    const record = played.actor.getSnapshot().context.run!;
    const early = rebuildRun(entry, { ...record, log: record.log.slice(0, 2) });
    if (!early.ok) throw new Error(early.reason);
    const actor = createActor(rootMachine, {
      input: { soundOn: false, scenarios: [entry], resume: { run: early.run, screen: 'meetings' } },
    }).start();
    actor.send({ type: 'boot.loaded' });
    expect(actor.getSnapshot().matches({ run: { meetings: 'idle' } })).toBe(true);
    if (actor.getSnapshot().context.run!.game.actionsLeft === 0) actor.send({ type: 'move.endDay' });
    const before = actor.getSnapshot().context.run!.journal.length;
    actor.send({ type: 'nav.nextDay' });
    actor.send({ type: 'nav.meet' });
    actor.send(eventOf(draftMove(actor.getSnapshot().context.run!)));
    expect(actor.getSnapshot().context.run!.journal.length).toBeGreaterThan(before);
    expect(actor.getSnapshot().matches({ run: { meetings: 'idle' } })).toBe(true);
  });

  it('stops at a reply that belongs to no tabled text, naming the move', () => {
    const bad = rebuildRun(entry, {
      scenarioId: entry.id,
      seed: 1,
      startedAt: 0,
      seats: [],
      log: [{ type: 'reply', party: 'upper', answer: { kind: 'accept' } }],
    });
    expect(bad).toEqual({ ok: false, at: 0, reason: 'move 1 (reply): a reply with no text on the table' });
  });
});
