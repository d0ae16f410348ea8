import type { ScenarioEntry, SeatMode } from '../runContext';

/** Which seats of a scenario students take, as chosen on the title screen (the computer holds the rest). */
export interface SeatChoice {
  readonly scenarioId: string;
  readonly seats: readonly SeatMode[];
}

/** The seats chosen for a scenario: none when the choice was made for another one. */
export function seatsChosen(choice: SeatChoice | null, scenarioId: string): readonly SeatMode[] {
  return choice?.scenarioId === scenarioId ? choice.seats : [];
}

/** The choice with one party's seat set; a choice for another scenario starts again from the computer's. */
export function chooseSeat(
  choice: SeatChoice | null,
  entry: ScenarioEntry | undefined,
  partyId: string,
  mode: SeatMode,
): SeatChoice | null {
  const party = entry?.scenario.parties.findIndex((p) => p.id === partyId) ?? -1;
  if (!entry || party < 0) return choice;
  const current = seatsChosen(choice, entry.id);
  const seats = entry.scenario.parties.map(
    (_, p): SeatMode => (p === party ? mode : (current[p] ?? 'computer')),
  );
  return { scenarioId: entry.id, seats };
}
