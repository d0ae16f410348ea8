import { applyAction } from '../engine/actions';
import { initialState } from '../engine/game';
import { compileMove, compileText, type MediatorMove, type Move, nameText } from '../engine/move';
import {
  begin,
  completeTable,
  type GivenAnswer,
  injectEvent,
  type MoveResult,
  prepareTable,
  type TableRequest,
} from '../engine/moves';
import { lengthsOf, withLength } from './gameLength';
import { rulesOf } from './rulesOf';
import {
  FREE_PLAY,
  type GameSetup,
  MOST_ANSWER_CHARS,
  type ReflectionPhase,
  type RunContext,
  type ScenarioEntry,
  type SeatMode,
} from './runContext';
import { updateRun } from './runRecord';

/**
 * The run's logic as pure functions: the statechart (rootMachine.ts) only decides when each is called, and the
 * rebuild of a saved game (rebuild.ts) calls the same ones without any actor.
 */

export function startRun(
  entry: ScenarioEntry,
  seed: number,
  seats: readonly SeatMode[],
  startedAt: number,
  setup: GameSetup = FREE_PLAY,
): RunContext {
  // A length the scenario does not offer is the full game, and is recorded as one.
  const length = lengthsOf(entry.scenario).includes(setup.length) ? setup.length : 'full';
  const scenario = withLength(entry.scenario, length);
  const rules = rulesOf(scenario);
  const started = begin(rules, initialState(rules, seed));
  return {
    scenarioId: entry.id,
    scenario,
    length,
    player: { name: setup.player.name.trim().slice(0, 80), classCode: setup.player.classCode },
    seed,
    startedAt,
    seats: scenario.parties.map((_, p): SeatMode => seats[p] ?? 'computer'),
    game: started.state,
    log: [],
    journal: started.reports.length > 0 ? [{ day: 0, move: null, reports: started.reports }] : [],
    pending: null,
    draft: { text: rules.model.statusQuo, parties: scenario.parties.map((_, p) => p) },
    reflection: {
      before: scenario.reflection.before.map((_, i) => setup.reflection?.before[i] ?? ''),
      after: scenario.reflection.after.map((_, i) => setup.reflection?.after[i] ?? ''),
    },
  };
}

/** A reflection answer as the student writes it; null for a question the scenario does not ask. */
export function answerReflection(
  run: RunContext,
  phase: ReflectionPhase,
  index: number,
  text: string,
): RunContext | null {
  const answers = run.reflection[phase];
  if (!Number.isInteger(index) || index < 0 || index >= answers.length) return null;
  const next = answers.map((answer, i) => (i === index ? text.slice(0, MOST_ANSWER_CHARS) : answer));
  return updateRun(run, { reflection: { ...run.reflection, [phase]: next } });
}

type Immediate = Exclude<MediatorMove, { type: 'table' }> | Extract<Move, { type: 'inject' }>;

/** A move that takes effect at once (all but tabling), by the engine's rules; null when the rules refuse it. */
export function playMove(run: RunContext, move: Immediate): RunContext | null {
  const rules = rulesOf(run.scenario);
  if (move.type === 'inject') return logged(run, move, injectEvent(rules, run.game, move.event));
  const compiled = compileMove(rules.model, move);
  if (!compiled.ok || compiled.value.type === 'table') return null;
  const result = applyAction(rules, run.game, compiled.value, () => {
    throw new Error('tabling goes through beginTable');
  });
  return logged(run, move, result);
}

function logged(run: RunContext, move: Immediate, result: MoveResult): RunContext | null {
  if (!result.ok) return null;
  return updateRun(run, {
    game: result.state,
    log: [...run.log, move],
    journal: [...run.journal, { day: run.game.day, move, reports: result.reports }],
  });
}

/** Tables a text: the questions each seat must answer, with the move logged; null when the rules refuse it. */
export function beginTable(
  run: RunContext,
  move: Extract<Move, { type: 'table' }>,
): { run: RunContext; request: TableRequest } | null {
  const rules = rulesOf(run.scenario);
  const compiled = compileMove(rules.model, move);
  if (!compiled.ok || compiled.value.type !== 'table') return null;
  const prepared = prepareTable(rules, run.game, compiled.value.parties, compiled.value.text);
  if (!prepared.ok) return null;
  return {
    request: prepared.request,
    run: updateRun(run, { log: [...run.log, move], pending: { request: prepared.request, answers: [] } }),
  };
}

export function collectAnswer(run: RunContext, given: GivenAnswer): RunContext {
  if (!run.pending || run.pending.answers.some((a) => a.party === given.party)) return run;
  return updateRun(run, {
    pending: { request: run.pending.request, answers: [...run.pending.answers, given] },
  });
}

export function everyoneAnswered(run: RunContext): boolean {
  return run.pending !== null && run.pending.answers.length >= run.pending.request.questions.length;
}

/** Applies the tabled text once every seat has answered. */
export function finishTable(run: RunContext): RunContext {
  if (!run.pending) return run;
  const result = completeTable(rulesOf(run.scenario), run.game, run.pending.request, run.pending.answers);
  let tabled: Move | null = null;
  for (let i = run.log.length - 1; i >= 0 && !tabled; i--)
    if (run.log[i]!.type === 'table') tabled = run.log[i]!;
  return updateRun(run, {
    game: result.state,
    pending: null,
    journal: [...run.journal, { day: run.game.day, move: tabled, reports: result.ok ? result.reports : [] }],
  });
}

/** A person's reply at a seat that is waiting for one: the move logged; null when no such seat waits. */
export function acceptReply(run: RunContext, move: Extract<Move, { type: 'reply' }>): RunContext | null {
  const party = run.scenario.parties.findIndex((p) => p.id === move.party);
  const pending = run.pending;
  if (party < 0 || !pending || run.seats[party] !== 'person') return null;
  if (
    !pending.request.questions.some((q) => q.party === party) ||
    pending.answers.some((a) => a.party === party)
  )
    return null;
  if (move.answer.counter && !compileText(rulesOf(run.scenario).model, move.answer.counter).ok) return null;
  return updateRun(run, { log: [...run.log, move] });
}

export function chooseDraft(run: RunContext, issueId: string, optionId: string): RunContext | null {
  const issue = run.scenario.issues.findIndex((i) => i.id === issueId);
  const option = run.scenario.issues[issue]?.options.findIndex((o) => o.id === optionId) ?? -1;
  if (issue < 0 || option < 0) return null;
  const text = run.draft.text.map((o, i) => (i === issue ? option : o));
  return updateRun(run, { draft: { text, parties: run.draft.parties } });
}

export function addressDraft(run: RunContext, partyId: string, included: boolean): RunContext | null {
  const party = run.scenario.parties.findIndex((p) => p.id === partyId);
  if (party < 0) return null;
  const others = run.draft.parties.filter((p) => p !== party);
  const parties = included ? [...others, party].sort((a, b) => a - b) : others;
  return updateRun(run, { draft: { text: run.draft.text, parties } });
}

/** Whether the engine accepts the move now: the view greys out what this refuses, and decides nothing itself. */
export function isAllowed(run: RunContext, move: Move): boolean {
  if (move.type === 'table') return beginTable(run, move) !== null;
  if (move.type === 'reply') return acceptReply(run, move) !== null;
  return playMove(run, move) !== null;
}

/** The move that tables the draft as it stands. */
export function draftMove(run: RunContext): Extract<Move, { type: 'table' }> {
  const model = rulesOf(run.scenario).model;
  return {
    type: 'table',
    parties: run.draft.parties.map((p) => model.parties[p]!.id),
    text: nameText(model, run.draft.text),
  };
}
