import type { Scenario } from '../scenario/schema';
import type { AnswerKind } from './answer';
import { conferenceDayOf, dayIndex, playedDays } from './calendar';
import { compileModel, type Model, normaliseWeights, type Package, type Points, type Weights } from './model';
import { nextFloat, type RngState, seedStreams } from './rng';

export type CompiledEffect =
  | {
      readonly kind: 'trust';
      readonly party: number;
      readonly towards: number | 'mediator';
      readonly delta: number;
    }
  | { readonly kind: 'walkAway'; readonly party: number; readonly delta: number }
  | { readonly kind: 'weight'; readonly party: number; readonly issue: number; readonly delta: number }
  | {
      readonly kind: 'value';
      readonly party: number;
      readonly issue: number;
      readonly option: number;
      readonly delta: number;
    }
  | { readonly kind: 'meeting'; readonly parties: readonly number[] };

export interface CompiledEvent {
  readonly id: string;
  readonly day: number;
  /** null for a scheduled event; otherwise the chance it happens on its day. */
  readonly probability: number | null;
  readonly effects: readonly CompiledEffect[];
}

/** Everything the rules need from a scenario, as indices. */
export interface Rules {
  readonly model: Model;
  /** How many days are played (engine/calendar.ts playedDays): days 0 to days − 1. */
  readonly days: number;
  /**
   * The day the meeting convenes (counted from the start): `days` when the conference date is not played, the
   * last played day (`days` − 1) when it is, and the meeting convenes at the end of it.
   */
  readonly conferenceDay: number;
  readonly actionsPerDay: number;
  readonly events: readonly CompiledEvent[];
  /** The raw issue weights per party, before normalisation; events add to them. */
  readonly rawWeights: readonly (readonly number[])[];
}

export interface PartyState {
  readonly trustMediator: number;
  readonly trustParties: readonly number[];
  readonly walkAway: number;
  readonly rawWeights: readonly number[];
  readonly weights: Weights;
  /**
   * points[issue][option] once news has changed them (a `value` effect); undefined until then, when the model's
   * points stand. Undefined rather than copied: JSON leaves it out, so a game without such news has the same
   * record and digest as before the effect existed.
   */
  readonly points?: Points;
  readonly consultations: number;
  readonly pressed: number;
  readonly reassured: number;
  readonly walkedOut: boolean;
  /** Texts this party has rejected, as package keys: tabling one again annoys it. */
  readonly rejected: readonly number[];
  /**
   * How much the mediator has engaged the party, 0–1: consulted it, adopted its counter-proposals. It decides
   * how far the party's demands come down by the conference: waiting alone brings them only part of the way.
   */
  readonly engagement: number;
  /** Texts tabled to it that took up part of its last counter-proposal. */
  readonly adoptions: number;
  /** Texts it has accepted: trust grows with each, less each time. */
  readonly acceptances: number;
  /** The last text put to it, its answer and its counter-proposal to that text (null when it had none). */
  readonly lastAsked: Package | null;
  readonly lastKind: AnswerKind | null;
  readonly lastCounter: Package | null;
  /** How many times the news has moved what it wants (its walk-away value or weights). */
  readonly shifted: number;
  /** The last text it accepted, and how often the news had moved it by then (null when none, or refused since). */
  readonly accepted: { readonly text: Package; readonly shifted: number } | null;
  /** This game's draw of its hidden preferences, within the scenario's ranges: the debrief reveals them. */
  readonly drawnWalkAway: number;
  readonly drawnWeights: Weights;
  readonly rng: RngState;
}

export interface Outcome {
  /** The text the conference met on: the last one tabled to every party, else the status quo. */
  readonly text: Package;
  readonly attends: readonly boolean[];
  readonly utilities: readonly number[];
  /** Why each party decided as it did. */
  readonly reasons: readonly AttendanceReason[];
  /** What each party demanded on the day (its target), and its last answer to this text (null if never asked). */
  readonly demands: readonly number[];
  readonly lastAnswers: readonly (AnswerKind | null)[];
  readonly deal: boolean;
  readonly day: number;
}

export type AttendanceReason =
  /** It accepted this very text, and nothing has moved it since. */
  | 'accepted'
  /** It would accept the text today: its demands have come down to what the text offers. */
  | 'would-accept'
  /** It wants more than the text gives it today. */
  | 'demands-more'
  | 'red-line'
  | 'walked-out'
  | 'no-trust';

export interface GameState {
  readonly day: number;
  readonly actionsLeft: number;
  readonly parties: readonly PartyState[];
  readonly tabledToAll: Package | null;
  readonly statements: number;
  readonly actionsTaken: number;
  readonly firedEvents: readonly string[];
  readonly eventRng: RngState;
  readonly outcome: Outcome | null;
  /** Every party's walk-away value at the start of each day (after its events): the zone of agreement by day. */
  readonly walkAwaysByDay: readonly (readonly number[])[];
}

export function compileRules(scenario: Scenario): Rules {
  const model = compileModel(scenario);
  const partyIndex = (id: string) => scenario.parties.findIndex((p) => p.id === id);
  const issueIndex = (id: string) => scenario.issues.findIndex((i) => i.id === id);
  const events = scenario.events.map(
    (event): CompiledEvent => ({
      id: event.id,
      day: dayIndex(scenario.calendar.start, event.date),
      probability: event.probability ?? null,
      effects: event.effects.map((effect): CompiledEffect => {
        switch (effect.kind) {
          case 'trust':
            return {
              kind: 'trust',
              party: partyIndex(effect.party),
              towards: effect.towards === 'mediator' ? 'mediator' : partyIndex(effect.towards),
              delta: effect.delta,
            };
          case 'walkAway':
            return { kind: 'walkAway', party: partyIndex(effect.party), delta: effect.delta };
          case 'weight':
            return {
              kind: 'weight',
              party: partyIndex(effect.party),
              issue: issueIndex(effect.issue),
              delta: effect.delta,
            };
          case 'value': {
            const issue = issueIndex(effect.issue);
            return {
              kind: 'value',
              party: partyIndex(effect.party),
              issue,
              option: scenario.issues[issue]!.options.findIndex((o) => o.id === effect.option),
              delta: effect.delta,
            };
          }
          default:
            return { kind: 'meeting', parties: effect.parties.map(partyIndex) };
        }
      }),
    }),
  );
  return {
    model,
    days: playedDays(scenario.calendar),
    conferenceDay: conferenceDayOf(scenario.calendar),
    actionsPerDay: scenario.calendar.actionsPerDay,
    events,
    rawWeights: scenario.parties.map((party) =>
      scenario.issues.map((issue) =>
        Object.hasOwn(party.weights, issue.id) ? party.weights[issue.id]!.weight : 0,
      ),
    ),
  };
}

/** A new game before any event has fired: day 0 with a full day of actions. One random stream per party. */
export function initialState(rules: Rules, seed: number): GameState {
  const streams = seedStreams(seed, rules.model.parties.length + 1);
  return {
    day: 0,
    actionsLeft: rules.actionsPerDay,
    parties: rules.model.parties.map((party, p): PartyState => {
      // Each game draws the party's hidden preferences within the scenario's ranges, from the party's stream.
      let rng = streams[p + 1]!;
      const draw = ([lo, hi]: readonly [number, number]) => {
        if (hi <= lo) return lo;
        const [u, next] = nextFloat(rng);
        rng = next;
        return Math.round((lo + (hi - lo) * u) * 100) / 100;
      };
      const rawWeights = party.weightRanges.map(draw);
      const walkAway = draw(party.walkAwayRange);
      const weights = normaliseWeights(rawWeights);
      return {
        trustMediator: party.trustMediator,
        trustParties: party.trustParties,
        walkAway,
        rawWeights,
        weights,
        consultations: 0,
        pressed: 0,
        reassured: 0,
        walkedOut: false,
        rejected: [],
        engagement: 0,
        adoptions: 0,
        acceptances: 0,
        lastAsked: null,
        lastKind: null,
        lastCounter: null,
        shifted: 0,
        accepted: null,
        drawnWalkAway: walkAway,
        drawnWeights: weights,
        rng,
      };
    }),
    tabledToAll: null,
    statements: 0,
    actionsTaken: 0,
    firedEvents: [],
    eventRng: streams[0]!,
    outcome: null,
    walkAwaysByDay: [],
  };
}

/** The points the party gives each option now: the model's, unless news has changed them. */
export function pointsOf(rules: Rules, state: GameState, p: number): Points {
  return state.parties[p]!.points ?? rules.model.parties[p]!.points;
}

/** A package as one number (mixed radix, base 16 per issue is plenty for a key). */
export const packageKey = (pkg: Package): number => pkg.reduce((key, option) => key * 16 + option, 0);
