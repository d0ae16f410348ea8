import type { AppSnapshot } from '../flow/appActor';
import type { RunContext } from '../flow/rootMachine';
import { rulesOf } from '../flow/rulesOf';

export type Mood = 'silence' | 'calm' | 'tension' | 'crisis' | 'relief';
/** The moods that have music: each one loop. */
export type MusicMood = Exclude<Mood, 'silence'>;

/** From this many days before the conference the music grows tense, whatever the talks look like. */
export const TENSE_DAYS_LEFT = 4;
/** Below this trust in the envoy a delegation is close to leaving the talks. */
export const CRISIS_TRUST = 20;

function runMood(run: RunContext): Mood {
  const { game } = run;
  if (game.parties.some((party) => party.walkedOut || party.trustMediator < CRISIS_TRUST)) return 'crisis';
  if (rulesOf(run.scenario).days - game.day <= TENSE_DAYS_LEFT) return 'tension';
  // A red line crossed today, or a walk-out today, leaves the rest of the day uneasy; a new day starts calm.
  const roughDay = run.journal.some(
    (entry) =>
      entry.day === game.day &&
      entry.reports.some(
        (report) =>
          report.kind === 'table' &&
          report.answers.some(
            ({ answer }) => answer.kind === 'walk-out' || (answer.kind !== 'accept' && answer.redLine),
          ),
      ),
  );
  return roughDay ? 'tension' : 'calm';
}

/**
 * The music a screen calls for. Nothing plays before the game starts (title, loading, error and save screens
 * stay silent). The run-up is calm, tense towards the date or after a red line, in crisis when a delegation
 * walks out or nearly stops trusting the envoy. Once the conference has met there is no tension left to build:
 * a deal sounds like relief, no deal returns to the calm minor pad, which carries the weight without alarm
 * (no stinger, no drama for a failure that was, historically, the likely outcome).
 */
export function moodOf(snapshot: AppSnapshot): Mood {
  const run = snapshot.context.run;
  if (snapshot.matches('conference') || snapshot.matches('outcome') || snapshot.matches('debrief')) {
    return run?.game.outcome?.deal ? 'relief' : 'calm';
  }
  if (snapshot.matches('run')) return run ? runMood(run) : 'calm';
  if (snapshot.matches('briefing')) return 'calm';
  return 'silence';
}
