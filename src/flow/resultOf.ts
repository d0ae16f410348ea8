import { debriefOf } from './debrief';
import { fullScenarioOf } from './gameLength';
import type { ResultFile } from './resultFile';
import { RESULT_FORMAT, RESULT_VERSION } from './resultFormat';
import type { RunContext } from './runContext';
import { scenarioDigest } from './scenarioDigest';

/**
 * A finished game as a result file, and its name: what the debrief writes. The schema that reads one back is in
 * resultFile.ts, fetched only where files are read (the class view, the server).
 */
/** The result of a finished run on `date` (YYYY-MM-DD), or null before its final meeting. */
export function resultOf(run: RunContext, date: string): ResultFile | null {
  const data = debriefOf(run);
  if (!data) return null;
  const { scenario } = run;
  const written = fullScenarioOf(scenario);
  const outcome = run.game.outcome!;
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    student: run.player.name,
    date,
    classCode: run.player.classCode,
    scenario: { id: scenario.meta.id, title: scenario.meta.title, digest: scenarioDigest(written) },
    seed: run.seed,
    length: run.length,
    ...(run.seats.includes('person')
      ? { seats: Object.fromEntries(scenario.parties.map((p, i) => [p.id, run.seats[i]!])) }
      : {}),
    moves: [...run.log],
    outcome: {
      deal: outcome.deal,
      attends: Object.fromEntries(scenario.parties.map((p, i) => [p.id, outcome.attends[i]!])),
    },
    utilities: Object.fromEntries(scenario.parties.map((p, i) => [p.id, data.parties[i]!.utility])),
    text: Object.fromEntries(
      scenario.issues.map((issue, i) => [issue.id, issue.options[outcome.text[i]!]!.id]),
    ),
    ...(run.reflection.before.length + run.reflection.after.length > 0
      ? {
          reflection: {
            before: scenario.reflection.before.map((question, i) => ({
              question,
              answer: run.reflection.before[i] ?? '',
            })),
            after: scenario.reflection.after.map((question, i) => ({
              question,
              answer: run.reflection.after[i] ?? '',
            })),
          },
        }
      : {}),
  };
}

/** A name as a file name can carry it: letters and digits of any script, hyphens between words. */
function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** `<scenario>-<name>-<date>.json`, with "student" where no name was given. */
export function resultFileName(result: ResultFile): string {
  return `${result.scenario.id}-${slug(result.student) || 'student'}-${result.date}.json`;
}
