import { textHash } from '../../engine/digest';
import { readClassCode } from '../classCode';
import type { GameLength } from '../gameLength';
import { rebuildRun } from '../rebuild';
import type { ResultFile, ResultRead } from '../resultFile';
import type { RunContext, ScenarioEntry, SeatMode } from '../runContext';
import { scenarioDigest } from '../scenarioDigest';

/**
 * The result files a teacher opened, read and checked one by one: each is untrusted, so each is parsed against
 * the schema, matched to a scenario this copy has (by id and digest), and replayed from its seed and moves. Only
 * a file whose moves replay to the outcome it states counts in the class's figures.
 */

/** A file as the view read it: `text` is null when it was refused by its size, unread. */
export interface ResultSource {
  readonly name: string;
  readonly text: string | null;
}

/** A file read against the result schema (teacher/parseResults.ts), before it is checked against a game. */
export interface ParsedSource extends ResultSource {
  readonly read: ResultRead;
}

/** Why a file's moves do not give its stated game. */
export type Altered =
  /** A move its game refuses (the rebuild's own words, naming the move). */
  | { readonly kind: 'replay'; readonly reason: string }
  /** Its moves stop before the final meeting. */
  | { readonly kind: 'unfinished' }
  /** Its moves give another outcome, other points or another text than it states. */
  | { readonly kind: 'outcome' }
  /** Its class code is not of this game (another scenario, seed or length). */
  | { readonly kind: 'code' };

export type Verdict =
  | { readonly kind: 'unreadable'; readonly problem: string }
  /** A scenario this copy of the game does not have at all. */
  | { readonly kind: 'unknownScenario' }
  /** A scenario this copy has, but another version of its text. */
  | { readonly kind: 'otherVersion' }
  | { readonly kind: 'altered'; readonly why: Altered }
  | {
      readonly kind: 'played';
      readonly entryId: string;
      /** Days of talks the student used, and actions spent (consultations, pressure, statements, texts). */
      readonly days: number;
      readonly moves: number;
      /** The last step of its replay: one per move of the mediator, after the opening. */
      readonly steps: number;
    };

export interface ReadFile {
  readonly name: string;
  /** The file picked (fingerprintOf): the same file picked again is read once. */
  readonly fingerprint: string;
  /** What the file says, when it reads as a result file at all. */
  readonly result: ResultFile | null;
  readonly verdict: Verdict;
}

/** The moves that cost an action: what a teacher counts as "moves used". */
const ACTIONS = new Set(['consult', 'press', 'reassure', 'statement', 'table']);

export function movesUsed(result: ResultFile): number {
  return result.moves.filter((m) => ACTIONS.has(m.type)).length;
}

/** Days of talks used: each day ended, and the day the meeting was called early, if it was. */
export function daysUsed(result: ResultFile): number {
  const ended = result.moves.filter((m) => m.type === 'endDay').length;
  return ended + (result.moves.some((m) => m.type === 'callConference') ? 1 : 0);
}

/**
 * The scenario entry a result was played on: the same id and the same text. The id is the scenario's own
 * (`meta.id`, as the file names it), not its place in the list: a file opened from disk whose id is a shipped
 * scenario's is listed as "<id> (file)".
 */
export function entryOf(result: ResultFile, scenarios: readonly ScenarioEntry[]): ScenarioEntry | undefined {
  return scenarios.find(
    (s) => s.scenario.meta.id === result.scenario.id && scenarioDigest(s.scenario) === result.scenario.digest,
  );
}

/** Who sat where, as the run keeps it: by party order, the computer where the file names no one. */
function seatsOf(result: ResultFile, entry: ScenarioEntry): SeatMode[] | null {
  const ids = entry.scenario.parties.map((p) => p.id);
  const named = Object.keys(result.seats ?? {});
  if (named.some((id) => !ids.includes(id))) return null;
  return ids.map((id) => result.seats?.[id] ?? 'computer');
}

/** The result's game rebuilt from its seed and moves, or why it cannot be. */
export function replayResult(
  result: ResultFile,
  entry: ScenarioEntry,
  log = result.moves,
): { ok: true; run: RunContext } | { ok: false; why: Altered } {
  const seats = seatsOf(result, entry);
  if (!seats) return { ok: false, why: { kind: 'outcome' } };
  const rebuilt = rebuildRun(entry, {
    scenarioId: entry.id,
    seed: result.seed,
    startedAt: 0,
    seats,
    log,
    length: result.length,
    player: { name: result.student, classCode: result.classCode },
  });
  return rebuilt.ok ? rebuilt : { ok: false, why: { kind: 'replay', reason: rebuilt.reason } };
}

const sameKeys = (record: Readonly<Record<string, unknown>>, ids: readonly string[]) =>
  Object.keys(record).length === ids.length && ids.every((id) => Object.hasOwn(record, id));

/** Whether the replayed run ends as the file says: who came, each party's points and the text. */
function statesItsOutcome(result: ResultFile, run: RunContext): boolean {
  const outcome = run.game.outcome!;
  const { parties, issues } = run.scenario;
  const ids = parties.map((p) => p.id);
  if (result.outcome.deal !== outcome.deal) return false;
  if (!sameKeys(result.outcome.attends, ids) || !sameKeys(result.utilities, ids)) return false;
  if (
    !sameKeys(
      result.text,
      issues.map((i) => i.id),
    )
  )
    return false;
  return (
    parties.every((p, i) => result.outcome.attends[p.id] === outcome.attends[i]) &&
    parties.every((p, i) => Math.abs(result.utilities[p.id]! - outcome.utilities[i]!) < 1e-6) &&
    issues.every((issue, i) => result.text[issue.id] === issue.options[outcome.text[i]!]!.id)
  );
}

/** Whether the class code the file names gives its game: the same scenario version, seed and length. */
function codeFits(result: ResultFile, entry: ScenarioEntry): boolean {
  if (result.classCode === null) return true;
  const read = readClassCode(result.classCode, [entry]);
  return read.ok && read.game.seed === result.seed && read.game.length === result.length;
}

/** What a result says checked against the scenarios this copy has: its scenario, its code and its replay. */
export function verdictOf(result: ResultFile, scenarios: readonly ScenarioEntry[]): Verdict {
  const entry = entryOf(result, scenarios);
  if (!entry) {
    const known = scenarios.some((s) => s.scenario.meta.id === result.scenario.id);
    return { kind: known ? 'otherVersion' : 'unknownScenario' };
  }
  if (!codeFits(result, entry)) return { kind: 'altered', why: { kind: 'code' } };
  const replayed = replayResult(result, entry);
  if (!replayed.ok) return { kind: 'altered', why: replayed.why };
  if (!replayed.run.game.outcome) return { kind: 'altered', why: { kind: 'unfinished' } };
  if (!statesItsOutcome(result, replayed.run)) return { kind: 'altered', why: { kind: 'outcome' } };
  return {
    kind: 'played',
    entryId: entry.id,
    days: daysUsed(result),
    moves: movesUsed(result),
    steps: replayed.run.journal.length - 1,
  };
}

/**
 * How a file is known again when it is picked again: its name, and its text's length and hash (or that it was
 * too large to read).
 */
export function fingerprintOf(source: ResultSource): string {
  const text = source.text === null ? 'unread' : `${source.text.length}:${textHash(source.text)}`;
  return `${text}:${source.name}`;
}

/** A parsed file checked against the scenarios this copy has: never throws. */
export function checkResultFile(source: ParsedSource, scenarios: readonly ScenarioEntry[]): ReadFile {
  const name = source.name.slice(0, 200);
  const fingerprint = fingerprintOf(source);
  const { read } = source;
  if (!read.ok)
    return { name, fingerprint, result: null, verdict: { kind: 'unreadable', problem: read.problem } };
  return { name, fingerprint, result: read.result, verdict: verdictOf(read.result, scenarios) };
}

/** One class: the results of one game (scenario version, class code, seed and length). */
export interface ClassGroup {
  readonly key: string;
  readonly entry: ScenarioEntry;
  readonly classCode: string | null;
  readonly seed: number;
  readonly length: GameLength;
  /** The files counted, as indexes into the files read, in the order read. */
  readonly members: readonly number[];
  /** Files that repeat a member's game (the same student, the same moves): each with the member it repeats. */
  readonly duplicates: readonly { readonly index: number; readonly of: number }[];
}

/** Why a file is not in the class shown. */
export type Flag =
  | { readonly kind: 'unreadable'; readonly problem: string }
  | { readonly kind: 'unknownScenario'; readonly title: string }
  | { readonly kind: 'otherVersion'; readonly title: string }
  | { readonly kind: 'altered'; readonly why: Altered }
  | { readonly kind: 'duplicate'; readonly of: string }
  | { readonly kind: 'otherClass'; readonly code: string | null }
  | { readonly kind: 'otherScenario'; readonly title: string }
  /** The same scenario and class code (or none), but another seed or length: another game. */
  | { readonly kind: 'otherGame' };

export interface FlaggedFile {
  readonly index: number;
  readonly name: string;
  /** The student the file names, when it could be read. */
  readonly student: string | null;
  readonly flag: Flag;
}

export interface ClassView {
  readonly files: readonly ReadFile[];
  /** Every class among the files, the largest first. */
  readonly groups: readonly ClassGroup[];
  /** The class the figures are of: the one chosen, else the largest. */
  readonly shown: ClassGroup | null;
  readonly flagged: readonly FlaggedFile[];
}

const keyOf = (r: ResultFile) =>
  JSON.stringify([r.scenario.id, r.scenario.digest, r.classCode, r.length, r.seed]);
const gameOf = (r: ResultFile) => JSON.stringify([r.student.trim().toLowerCase(), r.moves]);

function groupsOf(files: readonly ReadFile[], scenarios: readonly ScenarioEntry[]): ClassGroup[] {
  const byKey = new Map<
    string,
    {
      entry: ScenarioEntry;
      result: ResultFile;
      members: number[];
      duplicates: { index: number; of: number }[];
    }
  >();
  const games = new Map<string, Map<string, number>>();
  files.forEach((file, index) => {
    if (file.verdict.kind !== 'played' || !file.result) return;
    const result = file.result;
    const key = keyOf(result);
    const entry = entryOf(result, scenarios);
    if (!entry) return;
    let group = byKey.get(key);
    if (!group) {
      group = { entry, result, members: [], duplicates: [] };
      byKey.set(key, group);
      games.set(key, new Map());
    }
    const seen = games.get(key)!;
    const game = gameOf(result);
    const first = seen.get(game);
    if (first === undefined) {
      seen.set(game, index);
      group.members.push(index);
    } else group.duplicates.push({ index, of: first });
  });
  return [...byKey]
    .map(([key, g]) => ({
      key,
      entry: g.entry,
      classCode: g.result.classCode,
      seed: g.result.seed,
      length: g.result.length,
      members: g.members,
      duplicates: g.duplicates,
    }))
    .sort((a, b) => b.members.length - a.members.length || a.members[0]! - b.members[0]!);
}

function flagOf(file: ReadFile, shown: ClassGroup | null, scenarios: readonly ScenarioEntry[]): Flag {
  const { verdict, result } = file;
  const title = result?.scenario.title ?? '';
  switch (verdict.kind) {
    case 'unreadable':
      return { kind: 'unreadable', problem: verdict.problem };
    case 'unknownScenario':
      return { kind: 'unknownScenario', title };
    case 'otherVersion':
      return { kind: 'otherVersion', title };
    case 'altered':
      return { kind: 'altered', why: verdict.why };
    case 'played': {
      const r = result!;
      const entry = entryOf(r, scenarios);
      if (!shown || entry !== shown.entry) return { kind: 'otherScenario', title };
      if (r.classCode !== shown.classCode) return { kind: 'otherClass', code: r.classCode };
      return { kind: 'otherGame' };
    }
  }
}

/** The files read, sorted into classes, with the class shown and every file left out of it and why. */
export function classViewOf(
  files: readonly ReadFile[],
  chosen: string | null,
  scenarios: readonly ScenarioEntry[],
): ClassView {
  const groups = groupsOf(files, scenarios);
  const shown = groups.find((g) => g.key === chosen) ?? groups[0] ?? null;
  const counted = new Set(shown?.members ?? []);
  const repeats = new Map(shown?.duplicates.map((d) => [d.index, d.of]) ?? []);
  const flagged = files.flatMap((file, index): FlaggedFile[] => {
    if (counted.has(index)) return [];
    const of = repeats.get(index);
    const flag: Flag =
      of === undefined ? flagOf(file, shown, scenarios) : { kind: 'duplicate', of: files[of]!.name };
    return [{ index, name: file.name, student: file.result?.student ?? null, flag }];
  });
  return { files, groups, shown, flagged };
}
