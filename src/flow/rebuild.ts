import { NEUTRAL_STRINGS } from './strings';

/** A save is rebuilt before its scenario is on screen: its words are the neutral table's. */
const WORDS = NEUTRAL_STRINGS.save.replay;

import type { Move } from '../engine/move';
import type { GameLength } from './gameLength';
import { awaitsPerson } from './hotSeat/personQuestion';
import { rulesOf } from './rulesOf';
import {
  acceptReply,
  beginTable,
  collectAnswer,
  everyoneAnswered,
  finishTable,
  playMove,
  startRun,
} from './run';
import {
  FREE_PLAY,
  type Player,
  type Reflection,
  type RunContext,
  type ScenarioEntry,
  type SeatMode,
} from './runContext';
import { answerAsComputer, answerOfReply } from './seatAnswers';

/** What rebuilds a game exactly: the scenario, the seed, who sat where, and the moves. */
export interface RunRecord {
  readonly scenarioId: string;
  readonly seed: number;
  readonly startedAt: number;
  readonly seats: readonly SeatMode[];
  readonly log: readonly Move[];
  /** Absent in saves made before games had a length or a player: a full game, nobody named. */
  readonly length?: GameLength;
  readonly player?: Player;
  readonly reflection?: Reflection;
}

export type Rebuilt = { ok: true; run: RunContext } | { ok: false; at: number; reason: string };

/**
 * Rebuilds a run from its record without any actor or screen: the same pure functions the statechart calls, with
 * the computer's seats answering by the delegation policy and a person's seats by their logged replies. So a
 * resumed game plays no sound and shows no caption for the moves it replays. A log that ends on a text a
 * student has yet to answer rebuilds with that text still on the table.
 */
export function rebuildRun(entry: ScenarioEntry, record: RunRecord): Rebuilt {
  let run = startRun(entry, record.seed, record.seats, record.startedAt, {
    length: record.length ?? FREE_PLAY.length,
    player: record.player ?? FREE_PLAY.player,
    ...(record.reflection ? { reflection: record.reflection } : {}),
  });
  const model = rulesOf(run.scenario).model;
  const log = record.log;
  for (let i = 0; i < log.length; i++) {
    const move = log[i]!;
    const refused = (reason: string): Rebuilt => ({
      ok: false,
      at: i,
      reason: WORDS.at(i + 1, move.type, reason),
    });
    if (move.type === 'reply') return refused(WORDS.replyAlone);
    if (move.type !== 'table') {
      const next = playMove(run, move);
      if (!next) return refused(WORDS.notAllowed);
      run = next;
      continue;
    }
    const tabled = beginTable(run, move);
    if (!tabled) return refused(WORDS.notAllowed);
    run = tabled.run;
    for (const question of tabled.request.questions) {
      if (run.seats[question.party] === 'computer') run = collectAnswer(run, answerAsComputer(question));
    }
    // A person's seats answer in the order their replies came, right after the text was tabled.
    while (log[i + 1]?.type === 'reply') {
      const reply = log[++i] as Extract<Move, { type: 'reply' }>;
      const question = tabled.request.questions.find((q) => model.parties[q.party]!.id === reply.party);
      const accepted = question ? acceptReply(run, reply) : null;
      if (!question || !accepted) return refused(WORDS.replyMisfit(reply.party));
      run = collectAnswer(accepted, answerOfReply(model, question, reply));
    }
    if (!everyoneAnswered(run)) {
      // Saved while a student was still to answer: the question stays on the table for them.
      if (i === log.length - 1 && awaitsPerson(run)) return { ok: true, run };
      return refused(WORDS.noReply);
    }
    run = finishTable(run);
  }
  return { ok: true, run };
}
