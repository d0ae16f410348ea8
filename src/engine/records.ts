import type { GameState, PartyState } from './game';

/*
 * Copy-with-changes for the two records the rules update on every move. Object spread ({ ...state, x }) costs
 * about 25 times more in V8 than a literal with every field named, and these run tens of times per game.
 * Naming every field also makes the compiler flag a new field that is not carried over.
 */
const pick = <T>(change: T | undefined, current: T): T => (change === undefined ? current : change);

export function updateParty(s: PartyState, c: Partial<PartyState>): PartyState {
  return {
    trustMediator: pick(c.trustMediator, s.trustMediator),
    trustParties: pick(c.trustParties, s.trustParties),
    walkAway: pick(c.walkAway, s.walkAway),
    rawWeights: pick(c.rawWeights, s.rawWeights),
    weights: pick(c.weights, s.weights),
    // Undefined until news changes points; JSON leaves it out, so such a game's digest is what it was before.
    points: pick(c.points, s.points),
    consultations: pick(c.consultations, s.consultations),
    pressed: pick(c.pressed, s.pressed),
    reassured: pick(c.reassured, s.reassured),
    walkedOut: pick(c.walkedOut, s.walkedOut),
    rejected: pick(c.rejected, s.rejected),
    engagement: pick(c.engagement, s.engagement),
    adoptions: pick(c.adoptions, s.adoptions),
    acceptances: pick(c.acceptances, s.acceptances),
    lastAsked: pick(c.lastAsked, s.lastAsked),
    lastKind: pick(c.lastKind, s.lastKind),
    lastCounter: pick(c.lastCounter, s.lastCounter),
    shifted: pick(c.shifted, s.shifted),
    accepted: pick(c.accepted, s.accepted),
    drawnWalkAway: s.drawnWalkAway,
    drawnWeights: s.drawnWeights,
    rng: pick(c.rng, s.rng),
  };
}

export function updateGame(s: GameState, c: Partial<GameState>): GameState {
  return {
    day: pick(c.day, s.day),
    actionsLeft: pick(c.actionsLeft, s.actionsLeft),
    parties: pick(c.parties, s.parties),
    tabledToAll: pick(c.tabledToAll, s.tabledToAll),
    statements: pick(c.statements, s.statements),
    actionsTaken: pick(c.actionsTaken, s.actionsTaken),
    firedEvents: pick(c.firedEvents, s.firedEvents),
    eventRng: pick(c.eventRng, s.eventRng),
    outcome: pick(c.outcome, s.outcome),
    walkAwaysByDay: pick(c.walkAwaysByDay, s.walkAwaysByDay),
  };
}
