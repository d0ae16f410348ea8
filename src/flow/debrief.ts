import { type Analysis, analyse, distanceToFrontier, zoneSizeWith } from '../engine/analysis';
import { type AttendanceReason, pointsOf } from '../engine/game';
import { type Package, redLineCrossed, utilityOf } from '../engine/model';
import type { Evidence } from '../scenario/schema';
import { rulesOf } from './rulesOf';
import type { RunContext } from './runContext';

/** Everything the debrief reveals, worked out from a finished run with the engine's analysis. */
export interface DebriefParty {
  readonly name: string;
  readonly colour: string;
  readonly leader: string;
  readonly portrait: string;
  readonly attends: boolean;
  readonly reason: AttendanceReason;
  readonly utility: number;
  readonly walkAway: number;
  /** This game's draw of the walk-away value, and the range the scenario allows (null: no range). */
  readonly walkAwayAtStart: number;
  readonly walkAwayRange: readonly [number, number] | null;
  /** What it asked for on the conference day, and how far the mediator had engaged it (0–100). */
  readonly demand: number;
  readonly engagement: number;
  readonly walkAwayEvidence: Evidence;
  /**
   * Its hidden priorities: the share of what matters to it of each issue it cares about, with the evidence for
   * the weight (an issue it does not weigh is left out).
   */
  readonly priorities: readonly {
    readonly issue: string;
    readonly share: number;
    readonly evidence: Evidence;
  }[];
  readonly redLines: readonly {
    readonly issue: string;
    readonly option: string;
    readonly evidence: Evidence;
  }[];
  readonly trust: number;
}

export interface ChartPoint {
  readonly utilities: readonly number[];
  readonly text: readonly string[];
}

export interface SourceRef {
  readonly id: string;
  readonly publisher: string;
  readonly title?: string;
  readonly date: string;
  readonly url?: string;
}

/** The most texts the chart's faint cloud draws. */
export const MOST_DOTS = 3000;

export interface DebriefData {
  readonly deal: boolean;
  readonly parties: readonly DebriefParty[];
  readonly issues: readonly string[];
  readonly player: ChartPoint & { readonly distance: number; readonly onFrontier: boolean };
  readonly nash: ChartPoint | null;
  readonly kalaiSmorodinsky: ChartPoint | null;
  /** A better text: one on the frontier every delegation prefers at least as much as the player's, or the Nash point. */
  readonly better: (ChartPoint & { readonly kind: 'dominates' | 'nash' }) | null;
  readonly actual:
    | (ChartPoint & {
        readonly attended: readonly string[];
        readonly note: string;
        readonly sources: readonly SourceRef[];
        /**
         * Whether this game's delegations, at their walk-away values, would have taken the real terms: where the
         * model and the record disagree, the debrief says so and why.
         */
        readonly model: readonly {
          readonly party: string;
          readonly wouldCome: boolean;
          readonly utility: number;
          readonly walkAway: number;
          readonly redLine: boolean;
        }[];
      })
    | null;
  /** Every possible text's utilities (at most MOST_DOTS of them, evenly spread), for the faint cloud behind the chart. */
  readonly cloud: readonly (readonly number[])[];
  readonly frontier: readonly (readonly number[])[];
  readonly zoneSize: number;
  /** How many texts every delegation would have accepted, day by day, as walk-away values moved. */
  readonly zoneByDay: readonly number[];
  readonly packageCount: number;
  /**
   * How much of the space the analysis looked at: `examined` texts of `packageCount` (a deterministic sample
   * when `sampled`), and `frontierExamined` of those, in order of welfare, for the frontier. Show "of N texts,
   * M examined" when they differ: zoneSize and the frontier then describe the texts examined.
   */
  readonly examined: number;
  readonly sampled: boolean;
  readonly frontierExamined: number;
  readonly bindingVeto: string | null;
  readonly history: readonly {
    readonly date: string;
    readonly text: string;
    readonly sources: readonly SourceRef[];
  }[];
  readonly questions: readonly string[];
}

const analyses = new WeakMap<object, Analysis>();

export function debriefOf(run: RunContext): DebriefData | null {
  const outcome = run.game.outcome;
  if (!outcome) return null;
  const { scenario } = run;
  const rules = rulesOf(scenario);
  const walkAways = run.game.parties.map((p) => p.walkAway);
  let analysis = analyses.get(run.game);
  if (!analysis) {
    // Events move weights during the run: analyse the texts as the delegations valued them at the end,
    // the same way the player's text is scored below.
    const model = {
      ...rules.model,
      parties: rules.model.parties.map((p, i) => ({
        ...p,
        weights: run.game.parties[i]!.weights,
        points: pointsOf(rules, run.game, i),
        maxPoints: pointsOf(rules, run.game, i).map((row) => Math.max(...row)),
      })),
    };
    analysis = analyse(model, { walkAways });
    analyses.set(run.game, analysis);
  }
  const labels = (pkg: Package) => pkg.map((o, i) => scenario.issues[i]!.options[o]!.label);
  const utilities = (pkg: Package) =>
    rules.model.parties.map((_, p) =>
      utilityOf(pointsOf(rules, run.game, p), run.game.parties[p]!.weights, pkg),
    );
  const point = (pkg: Package): ChartPoint => ({ utilities: utilities(pkg), text: labels(pkg) });
  const source = (id: string): SourceRef => {
    const s = scenario.meta.sources.find((x) => x.id === id);
    return s
      ? { id, publisher: s.publisher, title: s.title, date: s.date, url: s.url }
      : { id, publisher: id, date: '' };
  };

  const player = point(outcome.text);
  const distance = Math.round(distanceToFrontier(analysis, player.utilities) * 10) / 10;
  const dominating = analysis.frontier
    .filter(
      (f) =>
        f.utilities.every((u, p) => u >= player.utilities[p]!) &&
        f.utilities.some((u, p) => u > player.utilities[p]! + 0.5),
    )
    .filter((f) => f.utilities.every((u, p) => u >= walkAways[p]!))
    .sort((a, b) => b.utilities.reduce((x, y) => x + y, 0) - a.utilities.reduce((x, y) => x + y, 0))[0];
  const nashIsBetter = analysis.nash && !analysis.nash.package.every((o, i) => o === outcome.text[i]);
  const better = dominating
    ? { ...point(dominating.package), kind: 'dominates' as const }
    : nashIsBetter && analysis.nash
      ? { ...point(analysis.nash.package), kind: 'nash' as const }
      : null;

  // A fictional scenario has no real outcome to set the game beside, whatever its file says.
  const actual = scenario.meta.kind === 'historical' ? scenario.debrief.actualOutcome : undefined;
  const actualPackage = actual
    ? scenario.issues.map((issue) => issue.options.findIndex((o) => o.id === actual.package[issue.id]))
    : null;

  // A chart can draw a few thousand dots, not a sample of 200,000: past that, every n-th text stands for the rest.
  const cloud: number[][] = [];
  const stride = Math.max(1, Math.ceil(analysis.examined / MOST_DOTS));
  for (let k = 0; k < analysis.examined; k += stride)
    cloud.push(
      Array.from({ length: analysis.parties }, (_, p) => analysis.utilities[k * analysis.parties + p]!),
    );

  return {
    deal: outcome.deal,
    issues: scenario.issues.map((i) => i.name),
    parties: scenario.parties.map((party, p): DebriefParty => {
      const state = run.game.parties[p]!;
      return {
        name: party.name,
        colour: party.colour,
        leader: party.leaders[0]!.name,
        portrait: party.portrait,
        attends: outcome.attends[p]!,
        reason: outcome.reasons[p]!,
        utility: outcome.utilities[p]!,
        walkAway: Math.round(state.walkAway * 10) / 10,
        walkAwayAtStart: Math.round(state.drawnWalkAway * 10) / 10,
        walkAwayRange: party.walkAway.range ? [party.walkAway.range.min, party.walkAway.range.max] : null,
        demand: outcome.demands[p]!,
        engagement: Math.round(state.engagement * 100),
        walkAwayEvidence: party.walkAway.evidence,
        trust: Math.round(state.trustMediator),
        priorities: scenario.issues.flatMap((issue, i) =>
          rules.model.parties[p]!.cares[i] && Object.hasOwn(party.weights, issue.id)
            ? [
                {
                  issue: issue.name,
                  share: Math.round(state.weights[i]! * 100),
                  evidence: party.weights[issue.id]!.evidence,
                },
              ]
            : [],
        ),
        redLines: party.redLines.map((line) => {
          const issue = scenario.issues.find((i) => i.id === line.issue)!;
          return {
            issue: issue.name,
            option: issue.options.find((o) => o.id === line.option)!.label,
            evidence: line.evidence,
          };
        }),
      };
    }),
    player: { ...player, distance, onFrontier: distance === 0 },
    nash: analysis.nash ? point(analysis.nash.package) : null,
    kalaiSmorodinsky: analysis.kalaiSmorodinsky ? point(analysis.kalaiSmorodinsky.package) : null,
    better,
    actual:
      actual && actualPackage?.every((o) => o >= 0)
        ? {
            ...point(actualPackage),
            attended: actual.attended.map((id) => scenario.parties.find((p) => p.id === id)?.name ?? id),
            note: actual.note,
            sources: actual.sources.map(source),
            model: rules.model.parties.map((party, p) => {
              const u = utilityOf(pointsOf(rules, run.game, p), run.game.parties[p]!.weights, actualPackage);
              const redLine = redLineCrossed(party, actualPackage) >= 0;
              const walkAway = run.game.parties[p]!.walkAway;
              return {
                party: scenario.parties[p]!.name,
                wouldCome: !redLine && u >= walkAway,
                utility: Math.round(u * 10) / 10,
                walkAway: Math.round(walkAway * 10) / 10,
                redLine,
              };
            }),
          }
        : null,
    cloud,
    frontier: analysis.frontier.map((f) => f.utilities),
    zoneSize: analysis.zoneSize,
    zoneByDay: run.game.walkAwaysByDay.map((w) => zoneSizeWith(analysis, w)),
    packageCount: analysis.packageCount,
    examined: analysis.examined,
    sampled: analysis.sampled,
    frontierExamined: analysis.frontierExamined,
    bindingVeto: analysis.bindingVeto === null ? null : scenario.parties[analysis.bindingVeto]!.name,
    history: (scenario.debrief.history ?? []).map((h) => ({
      date: h.date,
      text: h.text,
      sources: h.sources.map(source),
    })),
    questions: scenario.debrief.questions,
  };
}
