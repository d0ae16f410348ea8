import { type Analysis, analyse, type Point } from '../engine/analysis';
import { utcOfDay } from '../engine/calendar';
import { demandOf } from '../engine/demand';
import { compileRules, type GameState, initialState, pointsOf, type Rules } from '../engine/game';
import { forEachPackage, type Package, packageAt, packageCount, utilityOf } from '../engine/model';
import { begin, endDay, viewFor } from '../engine/moves';
import type { Scenario } from '../scenario/schema';
import { type BANDS, type BandCheck, bandBounds, bandChecks, type Census, textStride } from './census';

/**
 * What `npm run scenario -- analyze` tells a scenario's author (docs/authoring.md, "Analysing your file"): the
 * zone of agreement day by day, the frontier and the bargaining solutions, whose veto binds, and the balance
 * bands of the census. Pure: the census is played by the caller (the CLI runs it on every core) and passed in.
 *
 * The zone by day. On each day (after that day's events) a party accepts a text that crosses none of its red
 * lines and is worth at least what it demands that day (engine/demand.ts, without the day-to-day wobble of a
 * tabled answer: exactly the conference-day rule). The demand comes down along the party's concession curve
 * only as far as the envoy has engaged it, so three zones are counted per day:
 * - `atWalkAway`: worth at least the walk-away value (the floor no demand goes below);
 * - `alone`: worth at least the demand of a party nobody engaged (only the calendar's meetings engage it);
 * - `engaged`: worth at least the demand of a party fully engaged (engagement 1).
 * The nominal figures use the scenario's own values (`walkAway.value`, `weight`), the scheduled events and
 * none of the chance ones; `spread` gives, over drawn games (each draws values in the ranges and rolls the
 * chance events, as a real game does), the least, median and most of each zone and the share of games in
 * which it is not empty.
 */

/** Above this many texts, the day-by-day zones count an evenly spaced sample of them. */
export const DAY_TEXT_LIMIT = 50_000;
/** The spread across drawn games is kept to about this many demand evaluations. */
export const SPREAD_BUDGET = 12_000_000;
/** Above this many texts the counter-proposal search stops at its limit (agents/counterProposal.ts). */
export const LARGE_TEXT_SPACE = 20_000;
/** The census plays at most this many fixed texts (every k-th beyond it). */
export const CENSUS_TEXT_LIMIT = 500;

export const REPORT_VERSION = 1;

export interface TextReport {
  /** The option id per issue id. */
  readonly text: Readonly<Record<string, string>>;
  /** The option label per issue id, as the text reads. */
  readonly labels: Readonly<Record<string, string>>;
  /** Each party's points (utility, 0–100) by party id. */
  readonly points: Readonly<Record<string, number>>;
  /** Points above the walk-away value, by party id. */
  readonly surplus: Readonly<Record<string, number>>;
  readonly onFrontier: boolean;
  /** The party with the least to spare (smallest surplus): the constraint that binds this text. */
  readonly binding: string;
}

export interface ZoneCounts {
  readonly atWalkAway: number;
  readonly alone: number;
  readonly engaged: number;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Share of the drawn games in which this zone holds at least one text. */
  readonly nonEmpty: number;
}

export interface DayReport extends ZoneCounts {
  readonly day: number;
  readonly date: string;
  readonly conference: boolean;
  /** Over drawn games; null when not computed (`spreadGames` 0). */
  readonly spread: { readonly atWalkAway: Spread; readonly alone: Spread; readonly engaged: Spread } | null;
}

export interface VetoReport {
  readonly party: string;
  /** Texts the party refuses at its walk-away value (of those examined). */
  readonly refuses: number;
  /** Of them, the texts crossing one of its red lines. */
  readonly byRedLine: number;
  /** Texts every other party accepts but this one refuses: what its veto alone rules out. */
  readonly aloneRulesOut: number;
}

export interface BandReport {
  readonly band: keyof typeof BANDS;
  readonly name: string;
  readonly rate: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly bounds: string;
  readonly status: 'PASS' | 'WARN';
  /** For the fixed-text band: the text that wins most, by option label per issue id. */
  readonly text?: Readonly<Record<string, string>>;
  readonly atOnce?: boolean;
}

export interface AuthorReport {
  readonly reportVersion: typeof REPORT_VERSION;
  readonly scenario: { readonly id: string; readonly title: string };
  readonly parties: readonly { readonly id: string; readonly name: string; readonly walkAway: number }[];
  readonly issues: readonly { readonly id: string; readonly name: string; readonly options: number }[];
  readonly textSpace: {
    readonly texts: number;
    /** Texts the analysis examined (all of them unless `sampled`). */
    readonly examined: number;
    readonly sampled: boolean;
    readonly large: boolean;
  };
  readonly zone: { readonly atWalkAway: number; readonly examined: number };
  /** `examined`: how many texts the frontier search compared before its work budget ran out. */
  readonly frontier: { readonly size: number; readonly examined: number };
  readonly nash: TextReport | null;
  readonly kalaiSmorodinsky: TextReport | null;
  readonly vetoes: readonly VetoReport[];
  /** The party whose veto alone rules out the most texts, or null when none does. */
  readonly bindingVeto: string | null;
  readonly days: {
    /** Texts counted per day (a sample when `sampled`). */
    readonly texts: number;
    readonly sampled: boolean;
    readonly spreadGames: number;
    readonly byDay: readonly DayReport[];
  };
  readonly balance: {
    readonly games: number;
    readonly textGames: number;
    readonly seed: number;
    readonly textsPlayed: number;
    readonly bands: readonly BandReport[];
    readonly strategies: readonly { readonly name: string; readonly dealRate: number }[];
  };
  readonly warnings: readonly string[];
}

export interface AuthorReportOptions {
  /** The census, played by the caller (at most CENSUS_TEXT_LIMIT fixed texts, as the CLI does). */
  readonly census: Census;
  /** Games per text of the census (the census records the games per mediator itself). */
  readonly textGames?: number;
  /** Drawn games for the day-by-day spread (trimmed to SPREAD_BUDGET); 0 for none. */
  readonly spreadGames?: number;
  readonly seed?: number;
}

/** The scenario's own values: every range collapsed to its value, no chance event. */
export function nominalRules(rules: Rules): Rules {
  return {
    ...rules,
    model: {
      ...rules.model,
      parties: rules.model.parties.map((party, p) => ({
        ...party,
        walkAwayRange: [party.walkAway, party.walkAway] as const,
        weightRanges: rules.rawWeights[p]!.map((w) => [w, w] as const),
      })),
    },
    events: rules.events.filter((event) => event.probability === null),
  };
}

/** The state at the start of every day of a game left alone (its events fired), the conference day last. */
export function statesByDay(rules: Rules, seed: number): GameState[] {
  let state = begin(rules, initialState(rules, seed)).state;
  const states = [state];
  while (state.day < rules.days) {
    const next = endDay(rules, state);
    if (!next.ok) break;
    state = next.state;
    states.push(state);
  }
  return states;
}

/** How many of the texts every party accepts on this day, in the three senses of the module's comment. */
export function zonesOn(rules: Rules, state: GameState, texts: readonly Package[]): ZoneCounts {
  const P = rules.model.parties.length;
  let atWalkAway = 0;
  let alone = 0;
  let engaged = 0;
  for (const text of texts) {
    let floor = true;
    let left = true;
    let full = true;
    for (let p = 0; p < P && (floor || full); p++) {
      const model = rules.model.parties[p]!;
      const party = state.parties[p]!;
      let crosses = false;
      for (let i = 0; i < text.length; i++) if (model.redLine[i]![text[i]!]) crosses = true;
      if (crosses) {
        floor = left = full = false;
        break;
      }
      const u = utilityOf(pointsOf(rules, state, p), party.weights, text);
      if (u < party.walkAway) floor = false;
      if (!full) continue;
      // The demand only falls with engagement: a text the engaged party refuses, it refuses alone too.
      const view = viewFor(rules, state, p, text);
      if (u < demandOf({ ...view, engagement: 1 })) full = left = false;
      else if (left && u < demandOf(view)) left = false;
    }
    if (floor) atWalkAway++;
    if (left) alone++;
    if (full) engaged++;
  }
  return { atWalkAway, alone, engaged };
}

function spreadOf(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? 0 : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    min: sorted[0] ?? 0,
    median,
    max: sorted[n - 1] ?? 0,
    nonEmpty: n === 0 ? 0 : values.filter((v) => v > 0).length / n,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function textReport(scenario: Scenario, analysis: Analysis, point: Point): TextReport {
  const ids = scenario.parties.map((p) => p.id);
  const text: Record<string, string> = {};
  const labels: Record<string, string> = {};
  scenario.issues.forEach((issue, i) => {
    const option = issue.options[point.package[i]!]!;
    text[issue.id] = option.id;
    labels[issue.id] = option.label;
  });
  const surplus = point.utilities.map((u, p) => u - analysis.walkAways[p]!);
  const least = surplus.indexOf(Math.min(...surplus));
  return {
    text,
    labels,
    points: Object.fromEntries(ids.map((id, p) => [id, round2(point.utilities[p]!)])),
    surplus: Object.fromEntries(ids.map((id, p) => [id, round2(surplus[p]!)])),
    onFrontier: analysis.frontier.some((f) => f.index === point.index),
    binding: ids[least]!,
  };
}

/** The texts the day-by-day zones count: all of them, or an evenly spaced sample above DAY_TEXT_LIMIT. */
function dayTexts(rules: Rules): { texts: Package[]; sampled: boolean } {
  const count = packageCount(rules.model);
  if (count <= DAY_TEXT_LIMIT) {
    const texts: Package[] = [];
    forEachPackage(rules.model, (pkg) => texts.push([...pkg]));
    return { texts, sampled: false };
  }
  return {
    texts: Array.from({ length: DAY_TEXT_LIMIT }, (_, k) =>
      packageAt(rules.model, Math.floor((k * count) / DAY_TEXT_LIMIT)),
    ),
    sampled: true,
  };
}

function warningsOf(report: Omit<AuthorReport, 'warnings'>, plan: { stride: number }): string[] {
  const warnings: string[] = [];
  const last = report.days.byDay.at(-1);
  if (report.zone.atWalkAway === 0)
    warnings.push(
      'no text clears every walk-away value and red line: no mediator can win; lower a walk-away value or soften a red line',
    );
  else if (last && last.engaged === 0)
    warnings.push(
      'on the final day not even fully engaged parties share a text: only pressing and trust can open the zone',
    );
  if (last?.spread && last.spread.engaged.nonEmpty < 0.5)
    warnings.push(
      `fully engaged, the parties share a text on the final day in only ${pct(last.spread.engaged.nonEmpty)} of drawn games: narrow the ranges or lower the walk-away values`,
    );
  for (const band of report.balance.bands) {
    if (band.status === 'PASS') continue;
    const rate = pct(band.rate);
    switch (band.band) {
      case 'fixedText': {
        const text = Object.values(band.text ?? {}).join(' · ');
        const how = band.atOnce ? 'called at once' : 'tabled on day 1 and left alone';
        warnings.push(
          `text "${text}" brings everyone in ${rate} of games (${how}; a fixed text should win ${band.bounds}): widen the ranges of walk-away values or weights so no text is safe every game`,
        );
        break;
      }
      case 'careful':
        warnings.push(
          band.rate < (band.min ?? 0)
            ? `no careful strategy wins often enough: careful wins ${rate} (band ${band.bounds}); the zone may be too small or too hidden`
            : `careful wins ${rate} (band ${band.bounds}): the negotiation may be too easy`,
        );
        break;
      case 'oracle':
        warnings.push(
          `even a mediator told the hidden values wins only ${rate} (band ${band.bounds}): in many games no text can bring everyone`,
        );
        break;
      default:
        warnings.push(`${band.name} wins ${rate} (band ${band.bounds}): play without thought should not win`);
    }
  }
  if (report.textSpace.sampled)
    warnings.push(
      `${report.textSpace.texts.toLocaleString('en')} texts: the analysis examined a sample of ${report.textSpace.examined.toLocaleString('en')}`,
    );
  if (report.textSpace.large)
    warnings.push(
      `${report.textSpace.texts.toLocaleString('en')} texts is a large text space: the parties' counter-proposal search stops at ${LARGE_TEXT_SPACE.toLocaleString('en')} candidates, and analysis and census cost grow with it`,
    );
  if (plan.stride > 1)
    warnings.push(
      `the census played ${report.balance.textsPlayed} of ${report.textSpace.texts.toLocaleString('en')} fixed texts (every ${plan.stride}th)`,
    );
  return warnings;
}

/** The author's report of a (checked) scenario. */
export function authorReport(scenario: Scenario, options: AuthorReportOptions): AuthorReport {
  const rules = compileRules(scenario);
  const model = rules.model;
  const seed = options.seed ?? options.census.seed;
  const analysis = analyse(model, { seed });
  const count = packageCount(model);
  const ids = scenario.parties.map((p) => p.id);
  const P = ids.length;

  // Refusals per party over the examined texts (the veto counts come from the analysis itself).
  const refuses = new Array<number>(P).fill(0);
  const byRedLine = new Array<number>(P).fill(0);
  for (let k = 0; k < analysis.examined; k++) {
    for (let p = 0; p < P; p++) {
      const red = (analysis.redLines[k]! & (1 << p)) !== 0;
      if (red) byRedLine[p]!++;
      if (red || analysis.utilities[k * P + p]! < analysis.walkAways[p]!) refuses[p]!++;
    }
  }

  const { texts, sampled: daysSampled } = dayTexts(rules);
  const nominal = nominalRules(rules);
  const nominalDays = statesByDay(nominal, seed);
  const perGame = texts.length * P * nominalDays.length;
  const spreadGames = Math.min(
    options.spreadGames ?? options.census.runs,
    Math.max(perGame > 0 ? Math.floor(SPREAD_BUDGET / perGame) : 0, 0),
  );
  const drawn: ZoneCounts[][] = nominalDays.map(() => []);
  for (let g = 0; g < spreadGames; g++) {
    statesByDay(rules, (seed + g) | 0).forEach((state, d) => {
      drawn[d]?.push(zonesOn(rules, state, texts));
    });
  }
  const byDay = nominalDays.map((state, d): DayReport => {
    const zones = zonesOn(nominal, state, texts);
    const games = drawn[d]!;
    return {
      day: d,
      date: new Date(utcOfDay(scenario.calendar.start, state.day)).toISOString().slice(0, 10),
      conference: state.day >= rules.conferenceDay,
      ...zones,
      spread:
        games.length === 0
          ? null
          : {
              atWalkAway: spreadOf(games.map((z) => z.atWalkAway)),
              alone: spreadOf(games.map((z) => z.alone)),
              engaged: spreadOf(games.map((z) => z.engaged)),
            },
    };
  });

  const labelled = (text: Readonly<Record<string, string>>) =>
    Object.fromEntries(
      scenario.issues.map((issue) => [
        issue.id,
        issue.options.find((o) => o.id === text[issue.id])?.label ?? text[issue.id] ?? '',
      ]),
    );
  const bands = bandChecks(options.census).map(
    (b: BandCheck): BandReport => ({
      band: b.band,
      name: b.name,
      rate: b.rate,
      min: b.min,
      max: b.max,
      bounds: bandBounds(b),
      status: b.pass ? 'PASS' : 'WARN',
      ...(b.text ? { text: labelled(b.text), atOnce: b.atOnce ?? false } : {}),
    }),
  );
  const maxVeto = Math.max(...analysis.vetoes);
  const plan = { stride: textStride(count, CENSUS_TEXT_LIMIT) };

  const report: Omit<AuthorReport, 'warnings'> = {
    reportVersion: REPORT_VERSION,
    scenario: { id: scenario.meta.id, title: scenario.meta.title },
    parties: scenario.parties.map((p) => ({ id: p.id, name: p.name, walkAway: p.walkAway.value })),
    issues: scenario.issues.map((i) => ({ id: i.id, name: i.name, options: i.options.length })),
    textSpace: {
      texts: count,
      examined: analysis.examined,
      sampled: analysis.sampled,
      large: count > LARGE_TEXT_SPACE,
    },
    zone: { atWalkAway: analysis.zoneSize, examined: analysis.examined },
    frontier: { size: analysis.frontier.length, examined: analysis.frontierExamined },
    nash: analysis.nash ? textReport(scenario, analysis, analysis.nash) : null,
    kalaiSmorodinsky: analysis.kalaiSmorodinsky
      ? textReport(scenario, analysis, analysis.kalaiSmorodinsky)
      : null,
    vetoes: ids.map((party, p) => ({
      party,
      refuses: refuses[p]!,
      byRedLine: byRedLine[p]!,
      aloneRulesOut: analysis.vetoes[p]!,
    })),
    bindingVeto: maxVeto > 0 ? ids[analysis.vetoes.indexOf(maxVeto)]! : null,
    days: { texts: texts.length, sampled: daysSampled, spreadGames, byDay },
    balance: {
      games: options.census.runs,
      textGames: options.textGames ?? options.census.runs,
      seed: options.census.seed,
      textsPlayed: options.census.fixedTexts.length,
      bands,
      strategies: options.census.strategies.map((s) => ({ name: s.name, dealRate: s.dealRate })),
    },
  };
  return { ...report, warnings: warningsOf(report, plan) };
}
