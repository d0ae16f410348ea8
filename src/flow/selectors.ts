import { type Explanation, explainAnswer } from '../agents/reasons';
import type { Answer } from '../engine/answer';
import { dayIndex, utcOfDay } from '../engine/calendar';
import type { ConsultReport, EventReport } from '../engine/moves';
import type { Scenario, ScenarioEvent } from '../scenario/schema';
import type { RunContext } from './rootMachine';
import { rulesOf } from './rulesOf';

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

export function dateOf(scenario: Scenario, day: number): DayLabel {
  const date = new Date(utcOfDay(scenario.calendar.start, day));
  // Plain "en" reads as American dates in Intl; the UN writes day before month.
  const locale = scenario.meta.language === 'en' ? 'en-GB' : scenario.meta.language;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
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
    daysToConference: rules.days - run.game.day,
    conferenceDate: dateOf(run.scenario, rules.days),
    actionsLeft: run.game.actionsLeft,
    actionsPerDay: rules.actionsPerDay,
    text: run.scenario.issues.map((issue, i) => ({
      issue: issue.name,
      option: issue.options[text[i]!]!.label,
    })),
    textIsStatusQuo: run.game.tabledToAll === null,
  };
}

/** What the mediator has learnt of one delegation: its latest private consultation and its latest answer. */
export interface Knowledge {
  readonly party: number;
  readonly consult: (ConsultReport & { readonly day: number }) | null;
  readonly answer: {
    readonly day: number;
    readonly text: readonly number[];
    readonly answer: Answer;
    readonly explanation: Explanation;
  } | null;
  /** Red lines the delegation has named, in consultation or in an answer. */
  readonly redLines: readonly { readonly issue: number; readonly option: number }[];
  /** Its public position: its favourite option on each issue. */
  readonly favourite: readonly number[];
}

export function knowledgeOf(run: RunContext): Knowledge[] {
  const rules = rulesOf(run.scenario);
  return rules.model.parties.map((party, p): Knowledge => {
    let consult: Knowledge['consult'] = null;
    let answer: Knowledge['answer'] = null;
    const redLines: { issue: number; option: number }[] = [];
    const note = (line: { issue: number; option: number } | null | undefined) => {
      if (line && !redLines.some((l) => l.issue === line.issue && l.option === line.option))
        redLines.push(line);
    };
    for (const entry of run.journal) {
      for (const report of entry.reports) {
        const consults =
          report.kind === 'consult' ? [report] : report.kind === 'event' ? report.consultations : [];
        for (const c of consults) {
          if (c.party !== p) continue;
          consult = { ...c, day: entry.day };
          note(c.redLine);
        }
        if (report.kind === 'table') {
          const given = report.answers.find((a) => a.party === p);
          if (given) {
            answer = {
              day: entry.day,
              text: report.text,
              answer: given.answer,
              explanation: explainAnswer(run.scenario, p, report.text, given.answer),
            };
            note(given.answer.redLine);
          }
        }
      }
    }
    return {
      party: p,
      consult,
      answer,
      redLines,
      favourite: party.points.map((row) => row.indexOf(Math.max(...row))),
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
