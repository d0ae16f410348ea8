import { type Explanation, explainAnswer } from '../agents/reasons';
import { dayIndex, utcOfDay } from '../engine/calendar';
import type { EventReport } from '../engine/moves';
import { type PlayerView, playerView, type ShownAnswer } from '../engine/playerView';
import type { Scenario, ScenarioEvent } from '../scenario/schema';
import { answerLine, type SpokenExplanation } from './phrasebook';
import { rulesOf } from './rulesOf';
import type { RunContext } from './runContext';

/** What the screens show, derived from the run: the view renders these and decides nothing. */

export interface DayLabel {
  readonly long: string;
  readonly short: string;
  readonly iso: string;
}

/** The game day on which a scenario date falls. */
export function dayOfDate(scenario: Scenario, iso: string): number {
  return dayIndex(scenario.calendar.start, iso);
}

/** Date formatters are costly to make (a third of a game's time through the machine): one per locale and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function dateOf(scenario: Scenario, day: number): DayLabel {
  const date = new Date(utcOfDay(scenario.calendar.start, day));
  // Plain "en" reads as American dates in Intl; the UN writes day before month.
  const locale = scenario.meta.language === 'en' ? 'en-GB' : scenario.meta.language;
  const format = (options: Intl.DateTimeFormatOptions) => formatterOf(locale, options).format(date);
  return {
    long: format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(
      /^(\p{L}+),/u,
      '$1',
    ),
    short: format({ weekday: 'short', day: 'numeric', month: 'short' }),
    iso: date.toISOString().slice(0, 10),
  };
}

export interface Status {
  readonly date: DayLabel;
  readonly day: number;
  readonly days: number;
  readonly daysToConference: number;
  readonly conferenceDate: DayLabel;
  readonly actionsLeft: number;
  readonly actionsPerDay: number;
  /** The text on the table: the last one tabled to every delegation, or the status quo. */
  readonly text: readonly { readonly issue: string; readonly option: string }[];
  readonly textIsStatusQuo: boolean;
}

export function statusOf(run: RunContext): Status {
  const rules = rulesOf(run.scenario);
  const text = run.game.tabledToAll ?? rules.model.statusQuo;
  return {
    date: dateOf(run.scenario, run.game.day),
    day: run.game.day,
    days: rules.days,
    daysToConference: rules.conferenceDay - run.game.day,
    conferenceDate: dateOf(run.scenario, rules.conferenceDay),
    actionsLeft: run.game.actionsLeft,
    actionsPerDay: rules.actionsPerDay,
    text: run.scenario.issues.map((issue, i) => ({
      issue: issue.name,
      option: issue.options[text[i]!]!.label,
    })),
    textIsStatusQuo: run.game.tabledToAll === null,
  };
}

/**
 * A party's name in a few letters, for marks where space is short: the scenario's own short form, else the
 * initials of up to four capitalised words, or a one-word name's first three letters.
 */
export function shortNameOf(party: { readonly name: string; readonly short?: string }): string {
  if (party.short) return party.short;
  const name = party.name;
  const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return words.length > 1
    ? words
        .slice(0, 4)
        .map((w) => w[0])
        .join('')
    : name.slice(0, 3).toUpperCase();
}

/** What the mediator has learnt of one delegation, for the meeting room: read from the player view alone. */
export interface Knowledge {
  readonly party: number;
  /** The latest private reading (priorities by issue index), and how many there have been. */
  readonly consult: {
    readonly day: number;
    readonly priorities: readonly number[];
    readonly noise: number;
    readonly readings: number;
    /** Every reading before the latest, oldest first: a later one never erases what an earlier one showed. */
    readonly earlier: readonly {
      readonly day: number;
      readonly noise: number;
      readonly priorities: readonly number[];
    }[];
  } | null;
  readonly answer: {
    readonly day: number;
    readonly text: readonly number[];
    readonly answer: ShownAnswer;
    /** The answer in words, with the line its leader says (phrasebook.ts). */
    readonly explanation: SpokenExplanation;
  } | null;
  /** Red lines the delegation has named, in consultation or in an answer. */
  readonly redLines: readonly { readonly issue: number; readonly option: number }[];
  /** Its public position: its favourite option on each issue; -1 on an issue it does not care about. */
  readonly favourite: readonly number[];
}

/** The player view of a run: what the player may know, and nothing more (engine/playerView.ts). */
export function viewOf(run: RunContext): PlayerView {
  return playerView(rulesOf(run.scenario), run.game, run.journal);
}

const spokenAnswer = (run: RunContext, p: number, why: Explanation): SpokenExplanation => ({
  ...why,
  said: answerLine(run, p, why),
});

export function knowledgeOf(run: RunContext): Knowledge[] {
  const { model } = rulesOf(run.scenario);
  const view = viewOf(run);
  const issueAt = (id: string) => model.issueIds.indexOf(id);
  const optionAt = (issue: number, id: string) => model.optionIds[issue]!.indexOf(id);
  const textOf = (text: Readonly<Record<string, string>>) =>
    model.issueIds.map((id, i) => optionAt(i, text[id]!));
  return view.parties.map((party, p): Knowledge => {
    const reading = party.readings.at(-1);
    const answer = party.answers.at(-1);
    return {
      party: p,
      consult: reading
        ? {
            day: reading.day,
            priorities: model.issueIds.map((id) => reading.priorities[id]!),
            noise: reading.noise,
            readings: party.readings.length,
            earlier: party.readings.slice(0, -1).map((r) => ({
              day: r.day,
              noise: r.noise,
              priorities: model.issueIds.map((id) => r.priorities[id]!),
            })),
          }
        : null,
      answer: answer
        ? {
            day: answer.day,
            text: textOf(answer.text),
            answer: answer.shown,
            explanation: spokenAnswer(
              run,
              p,
              explainAnswer(run.scenario, p, textOf(answer.text), answer.shown),
            ),
          }
        : null,
      redLines: party.redLines.map((l) => {
        const issue = issueAt(l.issue);
        return { issue, option: optionAt(issue, l.option) };
      }),
      favourite: model.issueIds.map((id, i) =>
        Object.hasOwn(party.favourite, id) ? optionAt(i, party.favourite[id]!) : -1,
      ),
    };
  });
}

export interface NewsItem {
  readonly event: ScenarioEvent;
  readonly date: DayLabel;
  readonly consulted: readonly number[];
}

/** The events that fired on a day, with the scenario's text for each. */
export function newsOf(run: RunContext, day: number): NewsItem[] {
  return run.journal
    .filter((entry) => entry.day === day || (entry.move?.type === 'endDay' && entry.day === day - 1))
    .flatMap((entry) => entry.reports.filter((r): r is EventReport => r.kind === 'event'))
    .flatMap((report) => {
      const event = run.scenario.events.find((e) => e.id === report.event);
      return event
        ? [{ event, date: dateOf(run.scenario, day), consulted: report.consultations.map((c) => c.party) }]
        : [];
    });
}

/** What the press made of the envoy's own moves on a day: a statement, a text put to every delegation. */
export type PressItem =
  | { readonly kind: 'statement' }
  | { readonly kind: 'draft'; readonly satisfied: readonly number[]; readonly unhappy: readonly number[] };

export function pressOf(run: RunContext, day: number): PressItem[] {
  const items: PressItem[] = [];
  for (const entry of run.journal) {
    if (entry.day !== day || !entry.move) continue;
    if (entry.move.type === 'statement' && !items.some((i) => i.kind === 'statement'))
      items.push({ kind: 'statement' });
    if (entry.move.type === 'table' && entry.move.parties.length === run.scenario.parties.length) {
      const report = entry.reports.find((r) => r.kind === 'table');
      if (report?.kind !== 'table') continue;
      const satisfied = report.answers.filter((a) => a.answer.kind === 'accept').map((a) => a.party);
      const unhappy = report.answers.filter((a) => a.answer.kind !== 'accept').map((a) => a.party);
      // Only the day's last draft makes the papers.
      const last = items.findIndex((i) => i.kind === 'draft');
      if (last >= 0) items.splice(last, 1);
      items.push({ kind: 'draft', satisfied, unhappy });
    }
  }
  return items;
}

/** The sources a player may see before playing: none dated after the first day, so the briefing never tells the ending. */
export function sourcesKnownAtStart(scenario: Scenario): Scenario['meta']['sources'] {
  return scenario.meta.sources.filter((source) => !source.date || source.date <= scenario.calendar.start);
}

/**
 * A morning with no cables and nothing in the press: the day goes straight to the meeting room. The machine asks
 * at every end of day, so this reads the journal as newsOf and pressOf do without writing any dates.
 */
export function isQuietMorning(run: RunContext): boolean {
  const day = run.game.day;
  if (day <= 0) return false;
  const parties = run.scenario.parties.length;
  for (const entry of run.journal) {
    const morning = entry.day === day || (entry.move?.type === 'endDay' && entry.day === day - 1);
    if (
      morning &&
      entry.reports.some((r) => r.kind === 'event' && run.scenario.events.some((e) => e.id === r.event))
    )
      return false;
    if (entry.day !== day - 1 || !entry.move) continue;
    if (entry.move.type === 'statement') return false;
    if (
      entry.move.type === 'table' &&
      entry.move.parties.length === parties &&
      entry.reports.some((r) => r.kind === 'table')
    )
      return false;
  }
  return true;
}
