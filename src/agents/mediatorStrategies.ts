import type { MediatorAction } from '../engine/actions';
import { analyse } from '../engine/analysis';
import type { Answer } from '../engine/answer';
import type { GameState, Rules } from '../engine/game';
import { forEachPackage, type Package, samePackage } from '../engine/model';
import type { ConsultReport, Report } from '../engine/moves';
import type { Observation } from '../engine/observation';
import type { Rng } from '../engine/rng';

/**
 * Simulated mediators for the headless simulator and the balance checks. A strategy sees what a player sees
 * (the Observation and the reports of its own moves), except greedy-nash, which is told the hidden preferences
 * on purpose: it shows the ceiling of the game.
 */
export interface Strategy {
  decide(observation: Observation, rng: Rng): MediatorAction;
  /** Hears what its last action produced (consultation reports, answers, events). */
  hear(reports: readonly Report[]): void;
}

export interface StrategyContext {
  readonly rules: Rules;
  /** Only greedy-nash reads this: the true state, hidden preferences included. */
  readonly peek: () => GameState;
}

const everyone: number[][] = [];
/** The list of all party indices, made once per party count. */
const allParties = (o: Observation): readonly number[] =>
  (everyone[o.parties] ??= Array.from({ length: o.parties }, (_, p) => p));

function randomText(o: Observation, rng: Rng): Package {
  return o.optionCounts.map((n) => Math.floor(rng.next() * n));
}

const silent = { hear() {} };

/** Any legal action at random; a random text when it tables (one time in three). */
function randomStrategy(): Strategy {
  return {
    ...silent,
    decide(o, rng) {
      if (o.actionsLeft === 0) return { type: 'endDay' };
      const roll = Math.floor(rng.next() * 6);
      const party = Math.floor(rng.next() * o.parties);
      switch (roll) {
        case 0:
          return { type: 'consult', party };
        case 1:
          return { type: 'press', party };
        case 2:
          return { type: 'reassure', party };
        case 3:
          return { type: 'statement' };
        default:
          return { type: 'table', parties: allParties(o), text: randomText(o, rng) };
      }
    },
  };
}

export const REPEATABLE = ['consult', 'press', 'reassure', 'statement', 'table'] as const;
export type Repeatable = (typeof REPEATABLE)[number];

/** The same gesture every time, to every party in turn: what a player who found one "good" button would do. */
function repeatStrategy(action: Repeatable): Strategy {
  let turn = 0;
  return {
    ...silent,
    decide(o) {
      if (o.actionsLeft === 0) return { type: 'endDay' };
      const party = turn++ % o.parties;
      switch (action) {
        case 'consult':
        case 'press':
        case 'reassure':
          return { type: action, party };
        case 'statement':
          return { type: 'statement' };
        case 'table':
          return { type: 'table', parties: allParties(o), text: o.statusQuo };
      }
    },
  };
}

/** Omniscient: tables the Nash point of today's true walk-away values to everyone, every day. */
function greedyNashStrategy(context: StrategyContext): Strategy {
  let tabledOn = -1;
  return {
    ...silent,
    decide(o) {
      if (o.actionsLeft === 0 || tabledOn === o.day) return { type: 'endDay' };
      tabledOn = o.day;
      const state = context.peek();
      const nash = analyse(context.rules.model, { walkAways: state.parties.map((p) => p.walkAway) }).nash;
      return { type: 'table', parties: allParties(o), text: nash?.package ?? o.statusQuo };
    },
  };
}

/**
 * A careful player: consults everyone, drafts the text that leaves the least-satisfied party best off by its
 * estimates, tables it to all, learns from the answers (costs, counters, red lines) and revises; reassures a
 * party whose trust runs low, and presses the last holdout near the end.
 */
function thoughtfulStrategy(context: StrategyContext): Strategy {
  const { optionIds } = context.rules.model;
  const P = context.rules.model.parties.length;
  const I = optionIds.length;
  const weights: number[][] = Array.from({ length: P }, () => Array<number>(I).fill(1 / I));
  // What each party seems to need: raised when it refuses a text late in the run-up.
  const needs = Array<number>(P).fill(50);
  let currentDay = 0;
  let days = 1;
  let points: number[][][] | null = null;
  const redLines: { party: number; issue: number; option: number }[] = [];
  const consulted = new Set<number>();
  const pressed = new Set<number>();
  let lastAnswers: { party: number; answer: Answer }[] = [];
  let draft: Package | null = null;
  let tabledToday = 0;
  let day = -1;

  const estimate = (p: number, pkg: Package) =>
    pkg.reduce((sum, o, i) => sum + weights[p]![i]! * points![p]![i]![o]!, 0);
  const crossesKnownRedLine = (pkg: Package) => redLines.some((r) => pkg[r.issue] === r.option);

  function bestDraft(): Package {
    let best: Package = context.rules.model.statusQuo;
    let bestScore = Number.NEGATIVE_INFINITY;
    forEachPackage(context.rules.model, (pkg) => {
      if (crossesKnownRedLine(pkg)) return;
      let min = Number.POSITIVE_INFINITY;
      let sum = 0;
      for (let p = 0; p < P; p++) {
        const u = estimate(p, pkg) - needs[p]!;
        min = Math.min(min, u);
        sum += u;
      }
      const score = min + sum * 0.01;
      if (score > bestScore) {
        bestScore = score;
        best = [...pkg];
      }
    });
    return best;
  }

  function learn(report: Report) {
    if (report.kind === 'consult' || report.kind === 'event') {
      const reports: readonly ConsultReport[] = report.kind === 'consult' ? [report] : report.consultations;
      for (const r of reports) {
        const total = r.priorities.reduce((a, b) => a + b, 0);
        weights[r.party] = r.priorities.map((w) => w / total);
        consulted.add(r.party);
        if (r.redLine && !redLines.some((l) => l.party === r.party && l.issue === r.redLine!.issue)) {
          redLines.push({ party: r.party, ...r.redLine });
        }
      }
    }
    if (report.kind === 'table') {
      lastAnswers = [...report.answers];
      for (const { party, answer } of report.answers) {
        if (answer.redLine) redLines.push({ party, ...answer.redLine });
        // Late refusals say more about the walk-away value than early ones, which reflect opening demands.
        if (answer.kind !== 'accept' && currentDay >= days - 4) {
          needs[party] = Math.max(needs[party]!, estimate(party, report.text) + 2);
        }
        // The issues a party complains about matter more to it than we thought.
        for (const cost of answer.costs) weights[party]![cost.issue]! *= 1.15;
        const total = weights[party]!.reduce((a, b) => a + b, 0);
        weights[party] = weights[party]!.map((w) => w / total);
      }
    }
  }

  return {
    hear(reports) {
      for (const report of reports) learn(report);
    },
    decide(o) {
      if (!points) {
        // Public positions: favourite option 100, least favourite 0, evenly between.
        points = o.publicRanking.map((issues) =>
          issues.map((ranking) => {
            const row = Array<number>(ranking.length).fill(0);
            ranking.forEach((option, rank) => {
              row[option] = ranking.length > 1 ? 100 * (1 - rank / (ranking.length - 1)) : 100;
            });
            return row;
          }),
        );
      }
      if (o.day !== day) {
        day = o.day;
        tabledToday = 0;
      }
      currentDay = o.day;
      days = o.days;
      if (o.actionsLeft === 0) return { type: 'endDay' };
      const lastDay = o.day === o.days - 1;

      const unconsulted = allParties(o).find((p) => !consulted.has(p));
      if (unconsulted !== undefined) return { type: 'consult', party: unconsulted };

      const wary = allParties(o).find((p) => o.trust[p]! < 25 || o.walkedOut[p]);
      if (wary !== undefined) return { type: 'reassure', party: wary };

      const refusing = lastAnswers.filter((a) => a.answer.kind !== 'accept');
      if (draft && lastAnswers.length > 0 && refusing.length === 0) {
        // Everyone accepted: keep the text and let the days pass; re-table only to make it the conference text.
        if (!o.tabledToAll || !samePackage(o.tabledToAll, draft))
          return { type: 'table', parties: allParties(o), text: draft };
        return { type: 'endDay' };
      }

      if (lastDay && refusing.length === 1 && !pressed.has(refusing[0]!.party)) {
        pressed.add(refusing[0]!.party);
        return { type: 'press', party: refusing[0]!.party };
      }

      if (tabledToday >= 2 && !lastDay) return { type: 'endDay' };
      // Revise: adopt a counter-proposal when the others should still accept it, else redraft from estimates.
      let next = bestDraft();
      for (const { answer } of refusing) {
        const counter = answer.counter;
        if (counter && !crossesKnownRedLine(counter)) {
          const others = allParties(o).every((p) => estimate(p, counter) >= needs[p]! - 5);
          if (others) next = counter;
        }
      }
      draft = next;
      tabledToday++;
      return { type: 'table', parties: allParties(o), text: next };
    },
  };
}

export const STRATEGY_NAMES = [
  'random',
  ...REPEATABLE.map((a) => `repeat-${a}` as const),
  'greedy-nash',
  'thoughtful',
] as const;
export type StrategyName = (typeof STRATEGY_NAMES)[number];

export function createStrategy(name: StrategyName, context: StrategyContext): Strategy {
  if (name === 'random') return randomStrategy();
  if (name === 'greedy-nash') return greedyNashStrategy(context);
  if (name === 'thoughtful') return thoughtfulStrategy(context);
  return repeatStrategy(name.slice('repeat-'.length) as Repeatable);
}
