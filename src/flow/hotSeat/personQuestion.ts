import { demandOf } from '../../engine/demand';
import { type Package, utilityOf } from '../../engine/model';
import { type Mattering, matteringOf } from '../mattering';
import type { RunContext } from '../runContext';

/** How much an issue matters to a party, in words (the string table says them). */

export interface SeatOption {
  readonly label: string;
  /** The party's own points for the option, 0–100. */
  readonly points: number;
  /** Its best option on the issue (none where the issue does not matter to it). */
  readonly best: boolean;
  readonly redLine: boolean;
}

export interface SeatIssue {
  readonly name: string;
  readonly id: string;
  /** Its share of what the party cares about, in per cent. */
  readonly share: number;
  readonly matters: Mattering;
  readonly options: readonly SeatOption[];
}

/**
 * What the student at a seat sees when a text waits for their answer: their own side only, read from the
 * question the engine put to the seat (its DelegationView) and the scenario's words. Nothing of another party.
 */
export interface PersonQuestion {
  readonly party: number;
  readonly id: string;
  readonly name: string;
  /** The scenario's confidential brief for this party, if it writes one. */
  readonly brief: string | null;
  /** The tabled text, one option per issue. */
  readonly text: Package;
  /** What the tabled text is worth to the party, and the best any text could be, 0–100. */
  readonly worth: number;
  readonly best: number;
  /** What the party asks for today, as the computer would: between its walk-away value and its best. */
  readonly demand: number;
  readonly walkAway: number;
  readonly redLines: readonly { readonly issue: string; readonly option: string }[];
  /** The red lines the tabled text crosses. */
  readonly crossed: readonly { readonly issue: string; readonly option: string }[];
  readonly issues: readonly SeatIssue[];
}

/** The replies people have given to the text on the table, by party id. */
function repliedSinceTable(run: RunContext): ReadonlySet<string> {
  const replied = new Set<string>();
  for (let i = run.log.length - 1; i >= 0; i--) {
    const move = run.log[i]!;
    if (move.type === 'table') break;
    if (move.type === 'reply') replied.add(move.party);
  }
  return replied;
}

/** The person seats that must still answer the text on the table, in the order they are asked. */
export function waitingSeats(run: RunContext): number[] {
  const pending = run.pending;
  if (!pending) return [];
  const replied = repliedSinceTable(run);
  return pending.request.questions
    .map((q) => q.party)
    .filter(
      (p) =>
        run.seats[p] === 'person' &&
        !pending.answers.some((a) => a.party === p) &&
        !replied.has(run.scenario.parties[p]!.id),
    );
}

/** A text is on the table and only people's seats still owe an answer: the game waits for them (and may be saved). */
export function awaitsPerson(run: RunContext): boolean {
  const pending = run.pending;
  if (!pending) return false;
  const open = pending.request.questions.filter((q) => !pending.answers.some((a) => a.party === q.party));
  return open.length > 0 && open.every((q) => run.seats[q.party] === 'person');
}

/** Whether a person's seat was asked about the text on the table (the laptop then goes back to the mediator). */
export function personAsked(run: RunContext): boolean {
  return run.pending?.request.questions.some((q) => run.seats[q.party] === 'person') ?? false;
}

const round = (n: number) => Math.round(n);

/** The first person's seat waiting to answer the tabled text, with what that person may see; null when none. */
export function personQuestion(run: RunContext): PersonQuestion | null {
  const party = waitingSeats(run)[0];
  return party === undefined ? null : personQuestionFor(run, party);
}

/** What the person at one party's seat may see of the tabled text; null when that seat owes no answer. */
export function personQuestionFor(run: RunContext, party: number): PersonQuestion | null {
  const question = run.pending?.request.questions.find((q) => q.party === party);
  if (!question || !waitingSeats(run).includes(party)) return null;
  const view = question.view;
  const scenario = run.scenario;
  const total = view.weights.reduce((a, w) => a + Math.max(0, w), 0);
  const shares = view.weights.map((w) => (total > 0 ? round((Math.max(0, w) / total) * 100) : 0));
  const top = shares.indexOf(Math.max(...shares));
  const issues = scenario.issues.map((issue, i): SeatIssue => {
    const points = view.points[i]!;
    const most = Math.max(...points);
    return {
      id: issue.id,
      name: issue.name,
      share: shares[i]!,
      matters: matteringOf(shares[i]! / 100, i === top),
      options: issue.options.map((option, o) => ({
        label: option.label,
        points: round(points[o] ?? 0),
        best: shares[i]! > 0 && points[o] === most,
        redLine: view.redLine[i]?.[o] === true,
      })),
    };
  });
  const named = (i: number, o: number) => ({
    issue: scenario.issues[i]!.name,
    option: scenario.issues[i]!.options[o]!.label,
  });
  const redLines = view.redLine.flatMap((row, i) => row.flatMap((red, o) => (red ? [named(i, o)] : [])));
  const own = scenario.parties[party]!;
  return {
    party,
    id: own.id,
    name: own.name,
    brief: own.brief ?? null,
    text: view.text,
    worth: round(utilityOf(view.points, view.weights, view.text)),
    best: round(view.best),
    demand: round(demandOf(view)),
    walkAway: round(view.walkAway),
    redLines,
    crossed: view.text.flatMap((o, i) => (view.redLine[i]?.[o] ? [named(i, o)] : [])),
    issues,
  };
}
