import type { MoveType } from '../../engine/move';
import type { Scenario } from '../../scenario/schema';
import { debriefOf } from '../debrief';
import { type GameLength, withLength } from '../gameLength';
import type { ResultFile } from '../resultFile';
import { playMove, startRun } from '../run';
import { FREE_PLAY, type RunContext, type ScenarioEntry } from '../runContext';
import type { ClassGroup, ReadFile } from './classResults';

/**
 * A class's figures, from the results of one game: who got everyone to the table, each party's points and
 * attendance, the days and moves used, the openings most students chose, and where the game's Nash point and
 * (for a historical scenario) the real outcome lie, for the chart.
 */

/** The least, the middle and the most of some numbers, with each one (in the students' order). */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly values: readonly number[];
}

export interface StudentLine {
  /** The file's index among the files read. */
  readonly index: number;
  readonly file: string;
  readonly student: string;
  readonly date: string;
  readonly classCode: string | null;
  readonly deal: boolean;
  /** By party, in the scenario's order. */
  readonly attends: readonly boolean[];
  readonly utilities: readonly number[];
  readonly days: number;
  readonly moves: number;
}

/**
 * One move of an opening: its type and the parties it was about (indexes; for a text, those it was tabled to).
 * The student's own moves: not a delegation's reply, not the teacher's inject.
 */
export interface OpeningMove {
  readonly type: Exclude<MoveType, 'reply' | 'inject'>;
  readonly parties: readonly number[];
}

export interface Opening {
  readonly moves: readonly OpeningMove[];
  /** The students who opened so (indexes into `students`). */
  readonly students: readonly number[];
}

export interface ReflectionQuestion {
  readonly question: string;
  /** Each student's answer (null where they were not asked it), by student, before and after the game. */
  readonly before: readonly (string | null)[] | null;
  readonly after: readonly (string | null)[] | null;
}

/** The game as dealt, for the chart: every possible text and the frontier, the Nash point, the real outcome. */
export interface ClassReference {
  readonly nash: readonly number[] | null;
  readonly actual: readonly number[] | null;
  readonly frontier: readonly (readonly number[])[];
  readonly cloud: readonly (readonly number[])[];
  /** Each party's walk-away value as the game drew it, before any move. */
  readonly walkAways: readonly number[];
}

export interface ClassSummary {
  readonly entry: ScenarioEntry;
  /** The scenario as this class's game plays it (a short game's ends sooner). */
  readonly scenario: Scenario;
  readonly classCode: string | null;
  readonly length: GameLength;
  readonly students: readonly StudentLine[];
  /** How many students brought every party to the table. */
  readonly deals: number;
  /** How many students brought each party. */
  readonly attendance: readonly number[];
  readonly points: readonly Spread[];
  readonly days: Spread;
  readonly moves: Spread;
  readonly openings: readonly Opening[];
  readonly reflection: readonly ReflectionQuestion[];
  readonly reference: ClassReference;
}

/** How many moves make an opening, and how many openings the summary lists. */
export const OPENING_MOVES = 3;
export const MOST_OPENINGS = 5;

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { min: 0, median: 0, max: 0, values };
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { min: sorted[0]!, median, max: sorted[n - 1]!, values };
}

export function openingOf(result: ResultFile, scenario: Scenario): OpeningMove[] {
  const at = (id: string) => scenario.parties.findIndex((p) => p.id === id);
  return result.moves
    .filter(
      (m): m is Exclude<typeof m, { type: 'reply' | 'inject' }> => m.type !== 'reply' && m.type !== 'inject',
    )
    .slice(0, OPENING_MOVES)
    .map((m): OpeningMove => {
      switch (m.type) {
        case 'consult':
        case 'press':
        case 'reassure':
          return { type: m.type, parties: [at(m.party)] };
        case 'table':
          return { type: m.type, parties: m.parties.map(at).sort((a, b) => a - b) };
        default:
          return { type: m.type as OpeningMove['type'], parties: [] };
      }
    });
}

function openingsOf(lines: readonly ResultFile[], scenario: Scenario): Opening[] {
  const byKey = new Map<string, { moves: OpeningMove[]; students: number[] }>();
  lines.forEach((result, i) => {
    const moves = openingOf(result, scenario);
    const key = JSON.stringify(moves);
    const found = byKey.get(key) ?? { moves, students: [] };
    found.students.push(i);
    byKey.set(key, found);
  });
  // The most common first; among as common, the one a student in the list opened with first.
  return [...byKey.values()]
    .sort((a, b) => b.students.length - a.students.length || a.students[0]! - b.students[0]!)
    .slice(0, MOST_OPENINGS);
}

/** Every question asked, in the order first asked, with each student's answer beside the others'. */
function reflectionOf(results: readonly ResultFile[]): ReflectionQuestion[] {
  const questions: string[] = [];
  for (const r of results)
    for (const when of ['before', 'after'] as const)
      for (const { question } of r.reflection?.[when] ?? [])
        if (!questions.includes(question)) questions.push(question);
  return questions.map((question) => {
    const answers = (when: 'before' | 'after') => {
      const given = results.map(
        (r) => r.reflection?.[when].find((a) => a.question === question)?.answer ?? null,
      );
      return results.some((r) => r.reflection?.[when].some((a) => a.question === question)) ? given : null;
    };
    return { question, before: answers('before'), after: answers('after') };
  });
}

/** The game the class played, with nobody at the mediator's desk: each day ended until the final meeting. */
function dealtRun(entry: ScenarioEntry, seed: number, length: GameLength): RunContext {
  let run = startRun(entry, seed, [], 0, { ...FREE_PLAY, length });
  while (!run.game.outcome) {
    const next = playMove(run, { type: 'endDay' });
    if (!next) break;
    run = next;
  }
  return run;
}

const references = new Map<string, { scenario: Scenario; reference: ClassReference }>();

function referenceOf(entry: ScenarioEntry, seed: number, length: GameLength): ClassReference {
  const key = JSON.stringify([entry.id, seed, length]);
  const cached = references.get(key);
  if (cached && cached.scenario === entry.scenario) return cached.reference;
  const run = dealtRun(entry, seed, length);
  const data = debriefOf(run);
  const reference: ClassReference = {
    nash: data?.nash?.utilities ?? null,
    actual: data?.actual?.utilities ?? null,
    frontier: data?.frontier ?? [],
    cloud: data?.cloud ?? [],
    walkAways: run.game.parties.map((p) => Math.round(p.drawnWalkAway * 10) / 10),
  };
  // A few classes at most in a lesson: keep the last few.
  if (references.size > 8) references.delete(references.keys().next().value!);
  references.set(key, { scenario: entry.scenario, reference });
  return reference;
}

export function summariseClass(group: ClassGroup, files: readonly ReadFile[]): ClassSummary {
  const { entry } = group;
  const scenario = withLength(entry.scenario, group.length);
  const ids = scenario.parties.map((p) => p.id);
  const results = group.members.map((i) => files[i]!.result!);
  const students = group.members.map((index, i): StudentLine => {
    const file = files[index]!;
    const r = results[i]!;
    const verdict = file.verdict.kind === 'played' ? file.verdict : null;
    return {
      index,
      file: file.name,
      student: r.student,
      date: r.date,
      classCode: r.classCode,
      deal: r.outcome.deal,
      attends: ids.map((id) => r.outcome.attends[id]!),
      utilities: ids.map((id) => r.utilities[id]!),
      days: verdict?.days ?? 0,
      moves: verdict?.moves ?? 0,
    };
  });
  return {
    entry,
    scenario,
    classCode: group.classCode,
    length: group.length,
    students,
    deals: students.filter((s) => s.deal).length,
    attendance: ids.map((_, p) => students.filter((s) => s.attends[p]).length),
    points: ids.map((_, p) => spreadOf(students.map((s) => s.utilities[p]!))),
    days: spreadOf(students.map((s) => s.days)),
    moves: spreadOf(students.map((s) => s.moves)),
    openings: openingsOf(results, scenario),
    reflection: reflectionOf(results),
    reference: referenceOf(entry, group.seed, group.length),
  };
}
