import type { Answer, AnswerKind } from './answer';
import { type GameState, type Outcome, pointsOf, type Rules } from './game';
import { favouritesOf, type Model } from './model';
import { nameText } from './move';
import type { Report } from './moves';

/** What the mediator has heard, entry by entry: the reports of each move (and of each day's news) with its day. */
export interface Heard {
  readonly day: number;
  readonly reports: readonly Report[];
}

type Text = Readonly<Record<string, string>>;

export interface Reading {
  readonly day: number;
  /** The party's priorities as it let them show, by issue id (roughly summing to 100). */
  readonly priorities: Readonly<Record<string, number>>;
  /** Give or take this many points: the reading's precision, which grows with trust and repetition. */
  readonly noise: number;
  /** Its favourite option on each issue, as it said in private (no entry where it does not care). */
  readonly preferred: Text;
  readonly redLine: { readonly issue: string; readonly option: string } | null;
}

export interface AnswerSeen {
  readonly day: number;
  readonly text: Text;
  readonly kind: AnswerKind;
  /** The text it would accept instead, when it countered. */
  readonly counter: Text | null;
  /** The issues it complained of, costliest first. */
  readonly costs: readonly { readonly issue: string; readonly option: string }[];
  readonly redLine: { readonly issue: string; readonly option: string } | null;
  /** The answer as the meeting room shows it (indexes), for the screens' explanations: no hidden numbers. */
  readonly shown: ShownAnswer;
}

export interface PartyView {
  readonly id: string;
  /** Trust in the mediator, as the room's mood shows it (0–100). */
  readonly trust: number;
  readonly walkedOut: boolean;
  /** Its public position: its favourite option on each issue it cares about (none on the others). */
  readonly favourite: Text;
  /** Every private reading, oldest first: none is ever lost. */
  readonly readings: readonly Reading[];
  /** Every answer it gave to a tabled text, oldest first. */
  readonly answers: readonly AnswerSeen[];
  /** The red lines it has named, in private or in an answer. */
  readonly redLines: readonly { readonly issue: string; readonly option: string }[];
}

/**
 * What the player may know, and nothing more (as boardgame.io's player views strip secrets): no weights,
 * walk-away values or red lines but those the delegations said aloud. The screens, the selectors and every
 * simulated or user-written mediator read only this.
 */
export interface PlayerView {
  readonly day: number;
  readonly days: number;
  readonly actionsLeft: number;
  readonly actionsPerDay: number;
  readonly issues: readonly {
    readonly id: string;
    readonly options: readonly string[];
    readonly statusQuo: string;
  }[];
  readonly parties: readonly PartyView[];
  /** The text on the table: the last one tabled to every delegation, or null (the status quo). */
  readonly tabledToAll: Text | null;
  /** The news so far: each event's id and day. */
  readonly news: readonly { readonly day: number; readonly event: string }[];
  readonly outcome: Outcome | null;
}

/** What the meeting room shows of an answer: its kind, the costs it names (in points), a red line, a counter. */
export type ShownAnswer = Pick<Answer, 'kind' | 'costs' | 'redLine' | 'counter'>;

function shownOf(answer: Answer): ShownAnswer {
  // Written out case by case, in one key order: spreading optional parts costs far more.
  const { kind, costs, redLine, counter } = answer;
  if (redLine && counter) return { kind, costs, redLine, counter };
  if (redLine) return { kind, costs, redLine };
  if (counter) return { kind, costs, counter };
  return { kind, costs };
}

/** A position by ids: the favourite option of each issue, leaving out the issues with none (-1). */
function namePosition(model: Model, favourites: readonly number[]): Text {
  const named: Record<string, string> = {};
  for (let i = 0; i < model.issueIds.length; i++)
    if (favourites[i]! >= 0) named[model.issueIds[i]!] = model.optionIds[i]![favourites[i]!]!;
  return named;
}

function nameValues(ids: readonly string[], values: readonly number[]): Record<string, number> {
  const named: Record<string, number> = {};
  for (let i = 0; i < ids.length; i++) named[ids[i]!] = values[i]!;
  return named;
}

export function playerView(rules: Rules, state: GameState, heard: readonly Heard[]): PlayerView {
  return playerViewer(rules)(state, heard);
}

/**
 * The player view, kept up as a game goes on: what was heard is only ever added to, so each call reads just
 * the new entries (a simulator asks for the view before every move).
 */
export function playerViewer(rules: Rules): (state: GameState, heard: readonly Heard[]) => PlayerView {
  const { model } = rules;
  // Every option by ids, named once: answers name their costs and red lines with these.
  const optionNames = model.optionIds.map((options, i) =>
    options.map((option) => ({ issue: model.issueIds[i]!, option })),
  );
  const option = (issue: number, o: number) => optionNames[issue]![o]!;
  let readings: Shared<Reading>[] = [];
  let answers: Shared<AnswerSeen>[] = [];
  let redLines: Shared<{ issue: string; option: string }>[] = [];
  let news = shared<{ day: number; event: string }>();
  let seen = 0;
  const reset = () => {
    readings = model.parties.map(() => shared());
    answers = model.parties.map(() => shared());
    redLines = model.parties.map(() => shared());
    news = shared();
    seen = 0;
  };
  reset();
  const issues = model.issueIds.map((id, i) => ({
    id,
    options: model.optionIds[i]!,
    statusQuo: model.optionIds[i]![model.statusQuo[i]!]!,
  }));
  // Public positions follow the points: the scenario's, until news changes a party's (worked out again then).
  const positions = new WeakMap<object, Text>();
  const favouriteOf = (state: GameState, p: number): Text => {
    const points = pointsOf(rules, state, p);
    let named = positions.get(points);
    if (!named) {
      named = namePosition(model, favouritesOf(points, model.parties[p]!.cares));
      positions.set(points, named);
    }
    return named;
  };
  const name = (p: number, line: { issue: number; option: number } | null | undefined) => {
    if (!line) return null;
    const said = option(line.issue, line.option);
    if (!redLines[p]!.items.some((l) => l.issue === said.issue && l.option === said.option))
      add(redLines[p]!, said);
    return said;
  };
  let tabled: { pkg: GameState['tabledToAll']; text: Text | null } = { pkg: null, text: null };
  return (state, heard) => {
    if (heard.length < seen) reset();
    if (state.tabledToAll !== tabled.pkg)
      tabled = {
        pkg: state.tabledToAll,
        text: state.tabledToAll ? nameText(model, state.tabledToAll) : null,
      };
    for (; seen < heard.length; seen++) {
      const { day, reports } = heard[seen]!;
      for (const report of reports) {
        const consults =
          report.kind === 'consult' ? [report] : report.kind === 'event' ? report.consultations : [];
        if (report.kind === 'event') add(news, { day, event: report.event });
        for (const c of consults) {
          add(readings[c.party]!, {
            day,
            priorities: nameValues(model.issueIds, c.priorities),
            noise: c.noise,
            preferred: namePosition(model, c.preferred),
            redLine: name(c.party, c.redLine),
          });
        }
        if (report.kind === 'table') {
          const text = nameText(model, report.text);
          for (const { party, answer } of report.answers) {
            add(answers[party]!, {
              day,
              text,
              kind: answer.kind,
              counter: answer.counter ? nameText(model, answer.counter) : null,
              costs: answer.costs.map((c) => option(c.issue, c.option)),
              redLine: name(party, answer.redLine),
              shown: shownOf(answer),
            });
          }
        }
      }
    }
    const parties: PartyView[] = [];
    for (let p = 0; p < model.parties.length; p++) {
      parties.push({
        id: model.parties[p]!.id,
        trust: Math.round(state.parties[p]!.trustMediator),
        walkedOut: state.parties[p]!.walkedOut,
        favourite: favouriteOf(state, p),
        readings: copyOf(readings[p]!),
        answers: copyOf(answers[p]!),
        redLines: copyOf(redLines[p]!),
      });
    }
    return {
      day: state.day,
      days: rules.days,
      actionsLeft: state.actionsLeft,
      actionsPerDay: rules.actionsPerDay,
      issues,
      parties,
      tabledToAll: tabled.text,
      news: copyOf(news),
      outcome: state.outcome,
    };
  };
}

/**
 * A list that only grows, and the copy of it views hand out: made again only after it grew, so a simulator that
 * asks for the view before every move does not copy every list every time. A view never sees a list change.
 */
interface Shared<T> {
  readonly items: T[];
  copy: readonly T[] | null;
}

const shared = <T>(): Shared<T> => ({ items: [], copy: null });

function add<T>(list: Shared<T>, item: T): void {
  list.items.push(item);
  list.copy = null;
}

function copyOf<T>(list: Shared<T>): readonly T[] {
  if (!list.copy) list.copy = [...list.items];
  return list.copy;
}
