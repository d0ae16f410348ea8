import type { RunContext } from './runContext';

const pick = <T>(change: T | undefined, current: T): T => (change === undefined ? current : change);

/**
 * Copy-with-changes for the run: it changes on every move, and a literal with every field named costs far
 * less than object spread in V8 (see engine/records.ts).
 */
export function updateRun(s: RunContext, c: Partial<RunContext>): RunContext {
  return {
    scenarioId: s.scenarioId,
    scenario: s.scenario,
    length: s.length,
    player: s.player,
    seed: s.seed,
    startedAt: s.startedAt,
    seats: pick(c.seats, s.seats),
    game: pick(c.game, s.game),
    log: pick(c.log, s.log),
    journal: pick(c.journal, s.journal),
    pending: pick(c.pending, s.pending),
    draft: pick(c.draft, s.draft),
    reflection: pick(c.reflection, s.reflection),
  };
}
