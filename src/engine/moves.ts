import type { Answer, AnswerKind, DelegationView, Policy } from './answer';
import { demandOf } from './demand';
import type { AttendanceReason, GameState, Outcome, PartyState, Rules } from './game';
import { packageKey, pointsOf } from './game';
import {
  bestOf,
  bestUtility,
  favouritesOf,
  normaliseWeights,
  type Package,
  type PartyModel,
  type Points,
  redLineCrossed,
  samePackage,
  utilityOf,
  type Weights,
} from './model';
import { updateGame, updateParty } from './records';
import { nextFloat, rngFrom } from './rng';

/**
 * The mediator's moves, as pure functions: (rules, state, …) → the next state and a report of what happened.
 * Every move costs one action; the same gesture repeated yields less each time (halving), so no single
 * action can be farmed to a win.
 */

export const TUNING = {
  consultTrust: 4,
  /** The noise of a consultation's reading at trust 0; it shrinks with trust and with each consultation. */
  consultNoise: 24,
  /** Engagement a first consultation brings; each later one brings `engagementDecay` times the one before. */
  consultEngagement: 0.2,
  /** Engagement a text brings that takes up all of the party's last counter-proposal (in part, in proportion). */
  adoptEngagement: 0.3,
  reassureEngagement: 0.05,
  engagementDecay: 0.75,
  pressWalkAway: 4,
  pressTrustCost: 8,
  reassureTrust: 10,
  reassureWalkAway: 1,
  /** Trust a reassurance restores to a party that walked out: the stated price of bringing it back. */
  returnReassure: 12,
  returnTrust: 30,
  statementWalkAway: 1.5,
  /** A statement corners the party that trusts the mediator least: it costs that party this much trust. */
  statementTrustCost: 5,
  /** Walk-away values never fall more than this below the game's drawn value, however hard the mediator presses. */
  walkAwayFloor: 15,
  acceptTrust: 2,
  rejectTrust: -1,
  insultTrust: -3,
  insultMargin: 15,
  repeatTrust: -2,
  /** Below this trust in the mediator a party stays away from the conference whatever the text. */
  conferenceTrust: 10,
} as const;

export interface ConsultReport {
  readonly kind: 'consult';
  readonly party: number;
  /** The party's issue priorities as it lets them show: shares of 100, noisy (0 on an issue it does not care about). */
  readonly priorities: readonly number[];
  /** Its favourite option on each issue (public positions); -1 on an issue it does not care about. */
  readonly preferred: readonly number[];
  /** A red line it chose to reveal, if it trusts the mediator enough. */
  readonly redLine: { readonly issue: number; readonly option: number } | null;
  /** The noise in `priorities` (standard deviation, in shares of 100): it grows with each repeat. */
  readonly noise: number;
}

export interface TableReport {
  readonly kind: 'table';
  readonly text: Package;
  readonly answers: readonly { readonly party: number; readonly answer: Answer }[];
}

export interface EventReport {
  readonly kind: 'event';
  readonly event: string;
  readonly consultations: readonly ConsultReport[];
}

export type Report =
  | ConsultReport
  | TableReport
  | EventReport
  | {
      readonly kind: 'press' | 'reassure';
      readonly party: number;
      readonly walkAwayDelta: number;
      readonly trustDelta: number;
    }
  | {
      readonly kind: 'statement';
      readonly walkAwayDelta: number;
      /** The delegation the statement cornered in public (-1 when none is left in the talks), and the trust it cost. */
      readonly cornered: number;
      readonly trustDelta: number;
    }
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'conference'; readonly outcome: Outcome };

export type MoveResult =
  | { readonly ok: true; readonly state: GameState; readonly reports: readonly Report[] }
  | {
      readonly ok: false;
      readonly state: GameState;
      readonly reason:
        | 'no-actions-left'
        | 'game-over'
        | 'bad-party'
        | 'bad-text'
        | 'walked-out'
        | 'bad-event';
    };

const clamp = (v: number, lo = 0, hi = 100) => Math.min(hi, Math.max(lo, v));
const round2 = (v: number) => Math.round(v * 100) / 100;

function withParty(
  state: GameState,
  p: number,
  change: (party: PartyState) => Partial<PartyState>,
): GameState {
  return updateGame(state, {
    parties: state.parties.map((party, i) => (i === p ? updateParty(party, change(party)) : party)),
  });
}

function spend(rules: Rules, state: GameState, party?: number): MoveResult | null {
  if (state.outcome) return { ok: false, state, reason: 'game-over' };
  if (state.actionsLeft <= 0) return { ok: false, state, reason: 'no-actions-left' };
  if (party !== undefined && !(party >= 0 && party < rules.model.parties.length))
    return { ok: false, state, reason: 'bad-party' };
  return null;
}

const spent = (state: GameState): GameState =>
  updateGame(state, {
    actionsLeft: state.actionsLeft - 1,
    actionsTaken: state.actionsTaken + 1,
  });

function floorOf(state: GameState, p: number): number {
  return state.parties[p]!.drawnWalkAway - TUNING.walkAwayFloor;
}

/** A walk-away lowered by `delta`, not below the floor, and never raised by it. */
const lowered = (walkAway: number, delta: number, floor: number) =>
  Math.min(walkAway, Math.max(floor, walkAway - delta));

const decayed = (first: number, times: number) => first * TUNING.engagementDecay ** times;
const engaged = (party: PartyState, gain: number) => Math.min(1, party.engagement + gain);

const redLineLists = new WeakMap<PartyModel, readonly { issue: number; option: number }[]>();

/** A party's red lines in the order a consultation reveals them (fixed for a scenario: listed once). */
function redLinesOf(model: PartyModel): readonly { issue: number; option: number }[] {
  let lines = redLineLists.get(model);
  if (!lines) {
    lines = model.redLine.flatMap((row, issue) =>
      row.flatMap((red, option) => (red ? [{ issue, option }] : [])),
    );
    redLineLists.set(model, lines);
  }
  return lines;
}

/** A private consultation: the party shows its priorities, blurred by distrust and by repetition. */
function consultParty(
  rules: Rules,
  state: GameState,
  p: number,
): { state: GameState; report: ConsultReport } {
  const party = state.parties[p]!;
  const model = rules.model.parties[p]!;
  // A reading grows more precise with trust and with each consultation, never noisier.
  const noise = round2(
    (TUNING.consultNoise * (1 - party.trustMediator / 120)) / Math.sqrt(1 + party.consultations),
  );
  // One stream for the whole reading, drawn in order: a normal per issue, then the roll for a red line.
  const stream = rngFrom(party.rng);
  const priorities = party.weights.map((w, i) => {
    const z = stream.normal();
    // An issue it does not care about reads 0, plainly: there is nothing to blur.
    return model.cares[i] ? Math.max(1, Math.round(w * 100 + z * noise)) : 0;
  });
  let redLine: ConsultReport['redLine'] = null;
  const roll = stream.next();
  const rng = stream.state;
  if (roll < (party.trustMediator - 40) / 60) {
    const lines = redLinesOf(model);
    redLine = lines[party.consultations % Math.max(1, lines.length)] ?? null;
  }
  const next = withParty(state, p, (s) => ({
    rng,
    consultations: s.consultations + 1,
    trustMediator: clamp(s.trustMediator + TUNING.consultTrust / (1 + s.consultations)),
    engagement: engaged(s, decayed(TUNING.consultEngagement, s.consultations)),
  }));
  const preferred = favouritesOf(pointsOf(rules, state, p), model.cares);
  return { state: next, report: { kind: 'consult', party: p, priorities, preferred, redLine, noise } };
}

/** A delegation that walked out takes no calls and cannot be pressed; only reassurance reaches it. */
function walkedOut(state: GameState, p: number): MoveResult | null {
  return state.parties[p]!.walkedOut ? { ok: false, state, reason: 'walked-out' } : null;
}

export function consult(rules: Rules, state: GameState, p: number): MoveResult {
  const refused = spend(rules, state, p) ?? walkedOut(state, p);
  if (refused) return refused;
  const { state: next, report } = consultParty(rules, spent(state), p);
  return { ok: true, state: next, reports: [report] };
}

/** The result of pressing or reassuring a party: what moved, measured against the party before. */
function leaned(kind: 'press' | 'reassure', p: number, before: PartyState, next: GameState): MoveResult {
  const after = next.parties[p]!;
  return {
    ok: true,
    state: next,
    reports: [
      {
        kind,
        party: p,
        walkAwayDelta: round2(after.walkAway - before.walkAway),
        trustDelta: round2(after.trustMediator - before.trustMediator),
      },
    ],
  };
}

export function press(rules: Rules, state: GameState, p: number): MoveResult {
  const refused = spend(rules, state, p) ?? walkedOut(state, p);
  if (refused) return refused;
  const party = state.parties[p]!;
  const walkAway = lowered(party.walkAway, TUNING.pressWalkAway * 0.5 ** party.pressed, floorOf(state, p));
  const trust = clamp(party.trustMediator - TUNING.pressTrustCost);
  const next = withParty(spent(state), p, (s) => ({
    walkAway,
    trustMediator: trust,
    pressed: s.pressed + 1,
  }));
  return leaned('press', p, party, next);
}

export function reassure(rules: Rules, state: GameState, p: number): MoveResult {
  const refused = spend(rules, state, p);
  if (refused) return refused;
  const party = state.parties[p]!;
  // Bringing back a party that walked out has a stated price: each reassurance restores the same trust.
  const gain = party.walkedOut ? TUNING.returnReassure : TUNING.reassureTrust * 0.5 ** party.reassured;
  const trust = clamp(party.trustMediator + gain);
  const walkAway = clamp(party.walkAway + TUNING.reassureWalkAway);
  const next = withParty(spent(state), p, (s) => ({
    trustMediator: trust,
    walkAway,
    reassured: s.reassured + 1,
    walkedOut: s.walkedOut && trust < TUNING.returnTrust,
    engagement: engaged(s, TUNING.reassureEngagement * 0.5 ** s.reassured),
  }));
  return leaned('reassure', p, party, next);
}

/**
 * A public statement urging every delegation to attend: it lowers every walk-away value a little (less each
 * time) and corners, in public, the delegation that trusts the mediator least, which loses trust.
 */
export function statement(rules: Rules, state: GameState): MoveResult {
  const refused = spend(rules, state);
  if (refused) return refused;
  const delta = TUNING.statementWalkAway * 0.5 ** state.statements;
  const next = spent(state);
  // Cornered: the delegation still in the talks that trusts the mediator least.
  let cornered = -1;
  next.parties.forEach((party, p) => {
    if (!party.walkedOut && (cornered < 0 || party.trustMediator < next.parties[cornered]!.trustMediator))
      cornered = p;
  });
  const trustBefore = cornered >= 0 ? next.parties[cornered]!.trustMediator : 0;
  const trustDelta = round2(clamp(trustBefore - TUNING.statementTrustCost) - trustBefore);
  return {
    ok: true,
    state: updateGame(next, {
      statements: state.statements + 1,
      parties: next.parties.map((party, p) =>
        updateParty(party, {
          walkAway: lowered(party.walkAway, delta, floorOf(state, p)),
          trustMediator:
            p === cornered ? clamp(party.trustMediator - TUNING.statementTrustCost) : party.trustMediator,
        }),
      ),
    }),
    reports: [{ kind: 'statement', walkAwayDelta: round2(-delta), cornered, trustDelta }],
  };
}

/**
 * What every party's public position looks like to the others: its points, with nothing on an issue it does
 * not care about, weighed equally across the issues it does care about. Fixed for a scenario until news changes
 * someone's points, so worked out once per set of points.
 */
interface PublicPositions {
  /** Per party: equal weights over the issues it cares about. */
  readonly equal: readonly Weights[];
  readonly publicBest: readonly number[];
  /** Per party: the points it is known to give (rows of 0 on issues it does not care about). */
  readonly publicPoints: readonly Points[];
  readonly othersPoints: readonly (readonly (Points | null)[])[];
}
const publicPositionsCache = new WeakMap<Rules, PublicPositions>();

function positionsFrom(rules: Rules, points: readonly Points[]): PublicPositions {
  const equal = rules.model.parties.map((party) => normaliseWeights(party.cares.map((c) => (c ? 1 : 0))));
  const publicPoints = rules.model.parties.map((party, p) =>
    points[p]!.map((row, i) => (party.cares[i] ? row : row.map(() => 0))),
  );
  return {
    equal,
    publicBest: rules.model.parties.map((_, p) => bestOf(publicPoints[p]!, equal[p]!)),
    publicPoints,
    othersPoints: rules.model.parties.map((_, p) =>
      rules.model.parties.map((other) => (other.index === p ? null : publicPoints[other.index]!)),
    ),
  };
}

const changedPositionsCache = new WeakMap<GameState['parties'], PublicPositions>();

function publicPositions(rules: Rules, state: GameState): PublicPositions {
  // News that changed someone's points changes what the others know of them: worked out afresh, once per state
  // of the parties (the states are immutable, so the answer for one never changes).
  if (state.parties.some((party) => party.points !== undefined)) {
    let changed = changedPositionsCache.get(state.parties);
    if (!changed) {
      changed = positionsFrom(
        rules,
        state.parties.map((_, p) => pointsOf(rules, state, p)),
      );
      changedPositionsCache.set(state.parties, changed);
    }
    return changed;
  }
  let cached = publicPositionsCache.get(rules);
  if (!cached) {
    cached = positionsFrom(
      rules,
      rules.model.parties.map((party) => party.points),
    );
    publicPositionsCache.set(rules, cached);
  }
  return cached;
}

/** What party p sees of a tabled text (see DelegationView): nothing of the others' hidden priorities. */
export function viewFor(rules: Rules, state: GameState, p: number, text: Package): DelegationView {
  const party = state.parties[p]!;
  // The mean of its trust in the others, summed in party order (as filter and reduce did).
  let othersTrust = 0;
  let othersCount = 0;
  for (let i = 0; i < party.trustParties.length; i++) {
    if (i === p) continue;
    othersTrust += party.trustParties[i]!;
    othersCount++;
  }
  const model = rules.model.parties[p]!;
  const { equal, publicBest, publicPoints, othersPoints } = publicPositions(rules, state);
  const points = pointsOf(rules, state, p);
  let concession = 0;
  let counted = 0;
  for (const other of rules.model.parties) {
    if (other.index === p) continue;
    concession += publicBest[other.index]! - utilityOf(publicPoints[other.index]!, equal[other.index]!, text);
    counted++;
  }
  return {
    party: p,
    text,
    // The last day of talks already counts as the end: what a delegation says then is what it does on the day.
    time: rules.days <= 1 ? 1 : Math.min(1, state.day / (rules.days - 1)),
    weights: party.weights,
    points,
    redLine: model.redLine,
    walkAway: party.walkAway,
    best: party.points === undefined ? bestUtility(model, party.weights) : bestOf(points, party.weights),
    exponent: model.exponent,
    trustMediator: party.trustMediator,
    trustParties: party.trustParties,
    othersPublicPoints: othersPoints[p]!,
    othersConcession: counted > 0 ? concession / counted : 0,
    engagement: Math.min(1, party.engagement + adoptionGain(party, text)),
    trustInOthers: othersCount > 0 ? othersTrust / othersCount : 50,
  };
}

/**
 * The engagement a text brings a party by taking up its last counter-proposal: in proportion to the changes
 * it asked for that the text makes, less for each text that did so before. Its own wish list tabled back does
 * not farm it: only a change towards what it asked counts, and each counts less.
 */
export function adoptionGain(party: PartyState, text: Package): number {
  const asked = party.lastAsked;
  const counter = party.lastCounter;
  if (!asked || !counter) return 0;
  let changes = 0;
  let taken = 0;
  for (let i = 0; i < counter.length; i++) {
    if (counter[i] === asked[i]) continue;
    changes++;
    if (text[i] === counter[i]) taken++;
  }
  return changes > 0 ? decayed(TUNING.adoptEngagement, party.adoptions) * (taken / changes) : 0;
}

/** A party after answering a text: trust moves with the answer, a walk-out takes the party out of the talks. */
export function answeredParty(
  party: PartyState,
  text: Package,
  answer: Answer,
  rng: PartyState['rng'],
): PartyState {
  const gain = adoptionGain(party, text);
  const key = packageKey(text);
  const seen = party.rejected.includes(key);
  let trust = party.trustMediator;
  if (answer.kind === 'accept') trust += TUNING.acceptTrust * 0.5 ** party.acceptances;
  else {
    trust += TUNING.rejectTrust;
    if (answer.utility < party.walkAway - TUNING.insultMargin) trust += TUNING.insultTrust;
    if (seen) trust += TUNING.repeatTrust;
  }
  return updateParty(party, {
    rng,
    trustMediator: clamp(trust),
    rejected: answer.kind === 'accept' || seen ? party.rejected : [...party.rejected, key],
    walkedOut: party.walkedOut || answer.kind === 'walk-out',
    engagement: Math.min(1, party.engagement + gain),
    adoptions: gain > 0 ? party.adoptions + 1 : party.adoptions,
    acceptances: answer.kind === 'accept' ? party.acceptances + 1 : party.acceptances,
    lastAsked: text,
    lastKind: answer.kind,
    lastCounter: answer.counter ?? null,
    // Refusing a text it once accepted takes the acceptance back.
    accepted:
      answer.kind === 'accept'
        ? { text, shifted: party.shifted }
        : party.accepted && samePackage(party.accepted.text, text)
          ? null
          : party.accepted,
  });
}

/** A text about to be tabled: who must answer it, each with what they see and the random stream they draw from. */
export interface TableRequest {
  readonly text: Package;
  readonly addressed: readonly number[];
  readonly questions: readonly {
    readonly party: number;
    readonly view: DelegationView;
    readonly rng: PartyState['rng'];
  }[];
}

export interface GivenAnswer {
  readonly party: number;
  readonly answer: Answer;
  /** The party's random stream after answering (unchanged when a person answered). */
  readonly rng: PartyState['rng'];
}

/** Checks a tabling and prepares the questions; the answers come from each seat (see completeTable). */
export function prepareTable(
  rules: Rules,
  state: GameState,
  parties: readonly number[],
  text: Package,
): { ok: true; request: TableRequest } | Extract<MoveResult, { ok: false }> {
  const refused = spend(rules, state);
  if (refused && !refused.ok) return refused;
  const sizes = rules.model.optionIds;
  if (
    text.length !== sizes.length ||
    text.some((o, i) => !Number.isInteger(o) || o < 0 || o >= sizes[i]!.length)
  ) {
    return { ok: false, state, reason: 'bad-text' };
  }
  // Parties in order and named once already (as compiled moves name them) need no set and no sort.
  const addressed = increasing(parties) ? [...parties] : [...new Set(parties)].sort((a, b) => a - b);
  if (
    addressed.length === 0 ||
    addressed.some((p) => !(Number.isInteger(p) && p >= 0 && p < rules.model.parties.length))
  ) {
    return { ok: false, state, reason: 'bad-party' };
  }
  // Each party answers from its own state only, so every question can be put on the state as it stands.
  const questions = addressed
    .filter((p) => !state.parties[p]!.walkedOut)
    .map((p) => ({ party: p, view: viewFor(rules, state, p, text), rng: state.parties[p]!.rng }));
  return { ok: true, request: { text: [...text], addressed, questions } };
}

function increasing(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (!(values[i - 1]! < values[i]!)) return false;
  return true;
}

/** Records the answers to a tabled text: one action spent, trust moved, the conference text set if all were asked. */
export function completeTable(
  rules: Rules,
  state: GameState,
  request: TableRequest,
  answers: readonly GivenAnswer[],
): MoveResult {
  const parties = state.parties.map((party, p) => {
    // The last answer given for the party counts (as a map by party kept it).
    let given: GivenAnswer | undefined;
    for (const a of answers) if (a.party === p) given = a;
    return given ? answeredParty(party, request.text, given.answer, given.rng) : party;
  });
  let next = updateGame(spent(state), { parties });
  if (request.addressed.length === rules.model.parties.length)
    next = updateGame(next, { tabledToAll: request.text });
  const reported = answers.map(({ party, answer }) => ({ party, answer })).sort((a, b) => a.party - b.party);
  return { ok: true, state: next, reports: [{ kind: 'table', text: request.text, answers: reported }] };
}

/** The computer answers every question of a request by its policy. */
export function answerByPolicy(request: TableRequest, policy: Policy): GivenAnswer[] {
  return request.questions.map(({ party, view, rng: stream }) => {
    const rng = rngFrom(stream);
    const answer = policy(view, rng);
    return { party, answer, rng: rng.state };
  });
}

/** Tables a text to some parties (or all); each answers by the given policy. */
export function table(
  rules: Rules,
  state: GameState,
  parties: readonly number[],
  text: Package,
  policy: Policy,
): MoveResult {
  const prepared = prepareTable(rules, state, parties, text);
  if (!prepared.ok) return prepared;
  return completeTable(rules, state, prepared.request, answerByPolicy(prepared.request, policy));
}

function applyEvent(
  rules: Rules,
  state: GameState,
  event: Rules['events'][number],
): { state: GameState; report: EventReport } {
  let next = updateGame(state, { firedEvents: [...state.firedEvents, event.id] });
  const consultations: ConsultReport[] = [];
  for (const effect of event.effects) {
    switch (effect.kind) {
      case 'trust':
        next = withParty(next, effect.party, (party) =>
          effect.towards === 'mediator'
            ? { trustMediator: clamp(party.trustMediator + effect.delta) }
            : {
                trustParties: party.trustParties.map((t, i) =>
                  i === effect.towards ? clamp(t + effect.delta) : t,
                ),
              },
        );
        break;
      case 'walkAway':
        next = withParty(next, effect.party, (party) => ({
          walkAway: clamp(party.walkAway + effect.delta),
          shifted: party.shifted + 1,
        }));
        break;
      case 'weight': {
        // The floor keeps an issue the party cares about above 0; one it does not care about stays at 0.
        if (!rules.model.parties[effect.party]!.cares[effect.issue]) break;
        next = withParty(next, effect.party, (party) => {
          const rawWeights = party.rawWeights.map((w, i) =>
            i === effect.issue ? Math.max(0.01, w + effect.delta) : w,
          );
          return { rawWeights, weights: normaliseWeights(rawWeights), shifted: party.shifted + 1 };
        });
        break;
      }
      case 'value': {
        const points = pointsOf(rules, next, effect.party).map((row, i) =>
          i === effect.issue ? row.map((v, o) => (o === effect.option ? clamp(v + effect.delta) : v)) : row,
        );
        next = withParty(next, effect.party, (party) => ({ points, shifted: party.shifted + 1 }));
        break;
      }
      case 'meeting':
        for (const p of effect.parties) {
          const met = consultParty(rules, next, p);
          next = met.state;
          consultations.push(met.report);
        }
        break;
    }
  }
  return { state: next, report: { kind: 'event', event: event.id, consultations } };
}

/**
 * One of the scenario's events, now, whatever its date or chance: a teacher's inject in a live class. It costs
 * the mediator no action; an event that has already happened, or a game that is over, refuses it.
 */
export function injectEvent(rules: Rules, state: GameState, eventId: string): MoveResult {
  if (state.outcome) return { ok: false, state, reason: 'game-over' };
  const event = rules.events.find((e) => e.id === eventId);
  if (!event || state.firedEvents.includes(eventId)) return { ok: false, state, reason: 'bad-event' };
  const fired = applyEvent(rules, state, event);
  return { ok: true, state: fired.state, reports: [fired.report] };
}

/** Fires the events of the current day: scheduled ones always, random ones by their probability. */
export function fireEvents(rules: Rules, state: GameState): { state: GameState; reports: Report[] } {
  let next = state;
  const reports: Report[] = [];
  for (const event of rules.events) {
    if (event.day !== state.day || next.firedEvents.includes(event.id)) continue;
    if (event.probability !== null) {
      const [roll, rng] = nextFloat(next.eventRng);
      next = updateGame(next, { eventRng: rng });
      if (roll >= event.probability) continue;
    }
    const fired = applyEvent(rules, next, event);
    next = fired.state;
    reports.push(fired.report);
  }
  return { state: next, reports };
}

/** Whether the news since the party accepted the text moved what it wants (its walk-away value or weights). */
function movedSince(party: PartyState): boolean {
  return party.accepted !== null && party.accepted.shifted !== party.shifted;
}

/**
 * Each party decides, on the conference's text, whether to attend: it comes on a text it accepted when nothing
 * has moved it since, or on one it would accept that day (its demand, without the day-to-day wobble). A text
 * across a red line, a walk-out or a broken trust keeps it away whatever it said.
 */
export function conference(rules: Rules, state: GameState): MoveResult {
  if (state.outcome) return { ok: false, state, reason: 'game-over' };
  const text = state.tabledToAll ?? rules.model.statusQuo;
  const reasons: AttendanceReason[] = [];
  const demands: number[] = [];
  const lastAnswers: (AnswerKind | null)[] = [];
  const utilities = state.parties.map((party, p) => {
    const model = rules.model.parties[p]!;
    const u = utilityOf(pointsOf(rules, state, p), party.weights, text);
    const demand = demandOf(viewFor(rules, state, p, text));
    const asked = party.lastAsked !== null && samePackage(party.lastAsked, text);
    const acceptedThis = party.accepted !== null && samePackage(party.accepted.text, text);
    lastAnswers.push(
      asked
        ? acceptedThis && samePackage(party.lastAsked!, party.accepted!.text)
          ? 'accept'
          : 'reject'
        : null,
    );
    demands.push(round2(demand));
    reasons.push(
      party.walkedOut
        ? 'walked-out'
        : party.trustMediator < TUNING.conferenceTrust
          ? 'no-trust'
          : redLineCrossed(model, text) >= 0
            ? 'red-line'
            : acceptedThis && !movedSince(party)
              ? 'accepted'
              : u >= demand
                ? 'would-accept'
                : 'demands-more',
    );
    return round2(u);
  });
  const attends = reasons.map((r) => r === 'accepted' || r === 'would-accept');
  const outcome: Outcome = {
    text: [...text],
    attends,
    utilities,
    reasons,
    demands,
    lastAnswers,
    deal: attends.every(Boolean),
    day: state.day,
  };
  return {
    ok: true,
    state: updateGame(state, { outcome, actionsLeft: 0 }),
    reports: [{ kind: 'conference', outcome }],
  };
}

/**
 * Ends the day: the next day's events fire. After the last played day the meeting convenes: on the conference
 * date, once the news of the days up to it has fired (an event dated that day still fires, then the parties
 * decide); or at the end of the conference date itself when that day was played (`lastDay` = the conference).
 */
export function endDay(rules: Rules, state: GameState): MoveResult {
  if (state.outcome) return { ok: false, state, reason: 'game-over' };
  const day = state.day + 1;
  if (day >= rules.days) {
    const reports: Report[] = [];
    let fired = state;
    for (let d = day; d <= rules.conferenceDay; d++) {
      reports.push({ kind: 'day', day: d });
      const news = fireEvents(rules, updateGame(fired, { day: d }));
      fired = news.state;
      reports.push(...news.reports);
    }
    const held = conference(rules, fired);
    if (held.ok) return { ...held, reports: [...reports, ...held.reports] };
    return held;
  }
  const reports: Report[] = [{ kind: 'day', day }];
  const fired = fireEvents(rules, updateGame(state, { day, actionsLeft: rules.actionsPerDay }));
  return { ok: true, state: dayRecorded(fired.state), reports: [...reports, ...fired.reports] };
}

/** The start of play: the first day's events. */
export function begin(rules: Rules, state: GameState): { state: GameState; reports: Report[] } {
  const fired = fireEvents(rules, state);
  return { state: dayRecorded(fired.state), reports: fired.reports };
}

/** Notes the day's walk-away values, once its events have fired. */
function dayRecorded(state: GameState): GameState {
  return updateGame(state, {
    walkAwaysByDay: [...state.walkAwaysByDay, state.parties.map((p) => p.walkAway)],
  });
}
