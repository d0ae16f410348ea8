import { describe, expect, it } from 'vitest';
import type { Move } from '../../engine/move';
import { classGameOf, studentMediator, studentResult } from '../../testing/classResults';
import { loadFixture } from '../../testing/scenarios';
import { driveGame } from '../driveGame';
import { knowledgeOf } from '../selectors';
import { movesThrough, replayFrame } from './classReplay';

const fixture = loadFixture();
const game = classGameOf(fixture, 1234);

describe('replaying a student’s game for the teacher', () => {
  it('steps through the game the student played: each step the journal, answers and words they saw', () => {
    const mediator = studentMediator(fixture, 1);
    const played = driveGame(fixture, game.seed, mediator, {
      length: 'full',
      player: { name: 'Ben', classCode: game.code },
    });
    const run = played.actor.getSnapshot().context.run!;
    const result = studentResult(game, 'Ben', 1);
    const last = replayFrame(result, game.entry, 10_000)!;
    expect(last.last).toBe(run.journal.length - 1);
    expect(last.step).toBe(last.last);
    expect(last.run.game.outcome).toEqual(run.game.outcome);
    expect(last.entry.reports.some((r) => r.kind === 'conference')).toBe(true);
    const opening = replayFrame(result, game.entry, -3)!;
    expect(opening.step).toBe(0);
    expect(opening.entry.move).toBeNull();
    for (let step = 1; step <= last.last; step++) {
      const frame = replayFrame(result, game.entry, step)!;
      expect(frame.run.journal).toHaveLength(step + 1);
      expect(frame.entry).toEqual(run.journal[step]);
      expect(frame.run.journal).toEqual(run.journal.slice(0, step + 1));
    }
    // After a text was tabled, each party's answer and its leader's words are the ones the student had.
    const tabled = run.journal.findIndex((e) => e.move?.type === 'table');
    expect(tabled).toBeGreaterThan(0);
    const frame = replayFrame(result, game.entry, tabled)!;
    const seen = knowledgeOf(frame.run).map((k) => k.answer?.explanation.said.text);
    expect(seen.some(Boolean)).toBe(true);
    expect(seen.every((line) => line === undefined || line.length > 0)).toBe(true);
  });

  it('takes the replies of people’s seats with the text they answer', () => {
    const log: Move[] = [
      { type: 'consult', party: 'a' },
      { type: 'table', parties: ['a', 'b'], text: {} },
      { type: 'reply', party: 'a', answer: { kind: 'accept' } },
      { type: 'reply', party: 'b', answer: { kind: 'accept' } },
      { type: 'endDay' },
    ];
    expect(movesThrough(log, 0)).toEqual([]);
    expect(movesThrough(log, 1)).toEqual(log.slice(0, 1));
    expect(movesThrough(log, 2)).toEqual(log.slice(0, 4));
    expect(movesThrough(log, 3)).toEqual(log);
    expect(movesThrough(log, 9)).toEqual(log);
  });

  it('has no steps for a file whose moves do not replay', () => {
    const result = studentResult(game, 'Ben', 1);
    expect(
      replayFrame({ ...result, moves: [{ type: 'consult', party: 'atlantis' }] }, game.entry, 0),
    ).toBeNull();
  });
});
