import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../agents/mediators/builtIn';
import { loadGeneva, loadShipped } from '../testing/scenarios';
import { makeClassCode } from './classCode';
import { driveGame } from './driveGame';
import { fullScenarioOf, lengthsOf, withLength } from './gameLength';
import { rebuildRun } from './rebuild';
import { resultOf } from './resultOf';
import { rulesOf } from './rulesOf';
import { startRun } from './run';
import { FREE_PLAY } from './runContext';
import { scenarioDigest } from './scenarioDigest';

const geneva = loadGeneva();

describe('a short game for a single lesson', () => {
  it('plays the days its scenario names (Geneva: 12–16 January), and the conference still meets on its date', () => {
    expect(lengthsOf(geneva)).toEqual(['full', 'short']);
    const short = withLength(geneva, 'short');
    expect(rulesOf(geneva).days).toBe(10);
    expect(rulesOf(short).days).toBe(5);
    expect(rulesOf(short).conferenceDay).toBe(rulesOf(geneva).conferenceDay);
    expect(withLength(geneva, 'short')).toBe(short);
    expect(fullScenarioOf(short)).toBe(geneva);
    expect(withLength(short, 'full')).toBe(geneva);
  });

  it('is not offered where the author wrote none (Halvane: its balance needs all six days)', () => {
    const halvane = loadShipped('halvane-basin-2041.yaml');
    expect(lengthsOf(halvane)).toEqual(['full']);
    expect(withLength(halvane, 'short')).toBe(halvane);
    // Asked for anyway, it is a full game, and says so (the briefing, the code, the result).
    expect(
      startRun({ id: 'halvane', scenario: halvane }, 1, [], 0, { length: 'short', player: FREE_PLAY.player })
        .length,
    ).toBe('full');
    expect(makeClassCode({ id: 'halvane', scenario: halvane }, 1, 'short').length).toBe('full');
  });

  it('ends after its last day, and its result names the length and the scenario as written', () => {
    const game = driveGame(geneva, 11, BUILT_IN.careful!, { length: 'short' });
    const run = game.actor.getSnapshot().context.run!;
    expect(game.actor.getSnapshot().matches('conference')).toBe(true);
    expect(run.length).toBe('short');
    expect(Math.max(...run.journal.map((entry) => entry.day))).toBeLessThan(5);
    const result = resultOf(run, '2026-12-02')!;
    expect(result).toMatchObject({ length: 'short', scenario: { digest: scenarioDigest(geneva) } });
    // The teacher's replay of the same record is the same game.
    const rebuilt = rebuildRun(
      { id: 'geneva', scenario: geneva },
      { scenarioId: 'geneva', seed: 11, seats: [], startedAt: 0, log: result.moves, length: 'short' },
    );
    expect(rebuilt.ok && rebuilt.run.game).toEqual(run.game);
  });
});
