import { describe, expect, it } from 'vitest';
import { gameDigest } from '../engine/digest';
import { MOVE_TYPES, type Move, type MoveType } from '../engine/move';
import { moveSchema } from '../engine/moveSchema';
import { rebuildRun } from '../flow/rebuild';
import { rulesOf } from '../flow/rulesOf';
import {
  acceptReply,
  beginTable,
  collectAnswer,
  draftMove,
  everyoneAnswered,
  finishTable,
  playMove,
  startRun,
} from '../flow/run';
import type { RunContext, ScenarioEntry } from '../flow/runContext';
import { answerAsComputer, answerAsPerson } from '../flow/seatAnswers';
import { loadGeneva } from '../testing/scenarios';
import { restore } from './resume';
import { makeSave, parseSave } from './save';

const geneva = loadGeneva();
const entry: ScenarioEntry = { id: geneva.meta.id, scenario: geneva };
const [first, second] = geneva.parties;

/** Plays a move the way the statechart does, with the computer or a logged reply answering a tabled text. */
function play(run: RunContext, move: Move, replies: Extract<Move, { type: 'reply' }>[] = []): RunContext {
  if (move.type === 'reply') throw new Error('replies come with their table');
  if (move.type !== 'table') {
    const next = playMove(run, move);
    if (!next) throw new Error(`refused: ${move.type}`);
    return next;
  }
  const tabled = beginTable(run, move)!;
  let next = tabled.run;
  for (const q of tabled.request.questions)
    if (run.seats[q.party] === 'computer') next = collectAnswer(next, answerAsComputer(q));
  for (const reply of replies) {
    const q = tabled.request.questions.find((x) => geneva.parties[x.party]!.id === reply.party)!;
    next = collectAnswer(acceptReply(next, reply)!, answerAsPerson(rulesOf(geneva).model, q, reply));
  }
  expect(everyoneAnswered(next)).toBe(true);
  return finishTable(next);
}

/** One game per member of the move definition: adding a move without a case here fails to compile. */
const GAMES: Record<MoveType, () => RunContext> = {
  consult: () => play(startRun(entry, 3, [], 0), { type: 'consult', party: first!.id }),
  press: () => play(startRun(entry, 3, [], 0), { type: 'press', party: second!.id }),
  reassure: () => play(startRun(entry, 3, [], 0), { type: 'reassure', party: first!.id }),
  statement: () => play(startRun(entry, 3, [], 0), { type: 'statement' }),
  table: () => {
    const run = startRun(entry, 3, [], 0);
    return play(run, draftMove(run));
  },
  endDay: () => play(startRun(entry, 3, [], 0), { type: 'endDay' }),
  callConference: () => play(startRun(entry, 3, [], 0), { type: 'callConference' }),
  inject: () => play(startRun(entry, 3, [], 0), { type: 'inject', event: geneva.events.at(-1)!.id }),
  reply: () => {
    const run = startRun(entry, 3, ['person'], 0);
    return play(run, draftMove(run), [{ type: 'reply', party: first!.id, answer: { kind: 'reject' } }]);
  },
};

describe('every move of the one move definition', () => {
  it.each(MOVE_TYPES)('%s: save → parse → rebuild gives the same game and the same log', (type) => {
    const run = GAMES[type]();
    expect(run.log.some((m) => m.type === type)).toBe(true);
    for (const move of run.log) expect(moveSchema.safeParse(move).success).toBe(true);
    const read = parseSave(JSON.stringify(makeSave(run, 'meetings', 1, false)));
    if (read.kind !== 'ok') throw new Error(JSON.stringify(read));
    const restored = restore(read.save, [entry]);
    if (!restored.ok) throw new Error(restored.problem.detail);
    expect(restored.restored.run.log).toEqual(run.log);
    expect(gameDigest(restored.restored.run.game)).toBe(gameDigest(run.game));
    expect(restored.restored.run.journal).toEqual(run.journal);
    expect(restored.restored.screen).toBe('meetings');
  });

  it('a log names parties, issues and options by id, so it survives an author reordering the options', () => {
    const run = GAMES.table();
    const reordered = structuredClone(geneva);
    for (const issue of reordered.issues) issue.options.reverse();
    reordered.parties.reverse();
    const a = rebuildRun(entry, { ...run, log: run.log });
    const b = rebuildRun({ id: entry.id, scenario: reordered }, { ...run, log: run.log });
    if (!a.ok || !b.ok) throw new Error('should rebuild');
    const tabledA = a.run.log.find((m) => m.type === 'table');
    const tabledB = b.run.log.find((m) => m.type === 'table');
    expect(tabledB).toEqual(tabledA);
    const labels = (r: RunContext) => {
      const report = r.journal.find((j) => j.move?.type === 'table')!.reports[0]!;
      if (report.kind !== 'table') throw new Error('a table report');
      return report.text.map((o, i) => r.scenario.issues[i]!.options[o]!.id).sort();
    };
    expect(labels(b.run)).toEqual(labels(a.run));
  });

  it('a move the rules refuse, or a name the scenario lacks, stops the rebuild and says which move', () => {
    const bad = rebuildRun(entry, {
      scenarioId: entry.id,
      seed: 1,
      startedAt: 0,
      seats: [],
      log: [{ type: 'statement' }, { type: 'consult', party: 'atlantis' }],
    });
    expect(bad).toEqual({ ok: false, at: 1, reason: 'move 2 (consult): the rules no longer allow it' });
  });
});
