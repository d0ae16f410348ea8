import { type ClassGame, makeClassCode } from '../classCode';
import { type GameLength, lengthsOf } from '../gameLength';
import type { ScenarioEntry } from '../runContext';
import { type BriefsChoice, chooseBriefs, FIRST_BRIEFS } from './briefsChoice';
import { type ClassDesk, isClassEvent, NO_RESULTS, recheckClassDesk, updateClassDesk } from './classDesk';
import type { TeacherEvent, TeacherTab } from './teacherEvents';

/**
 * The teacher's page as plain data: which part is open, the scenario and length chosen, and the class code they
 * open (made afresh whenever the choice changes, from a seed that enters from outside).
 */
export interface TeacherDesk {
  readonly tab: TeacherTab;
  readonly scenarioId: string | null;
  readonly length: GameLength;
  /** The seed the next code is made from: each choice steps it, so two classes get two games. */
  readonly seed: number;
  readonly game: (ClassGame & { readonly code: string }) | null;
  readonly briefs: BriefsChoice;
  /** The class results opened (classDesk.ts). */
  readonly results: ClassDesk;
}

function withCode(desk: Omit<TeacherDesk, 'game'>, scenarios: readonly ScenarioEntry[]): TeacherDesk {
  const entry = scenarios.find((s) => s.id === desk.scenarioId);
  if (!entry) return { ...desk, game: null };
  const length = lengthsOf(entry.scenario).includes(desk.length) ? desk.length : 'full';
  return { ...desk, length, game: makeClassCode(entry, desk.seed, length) };
}

export function openDesk(
  scenarios: readonly ScenarioEntry[],
  selectedScenarioId: string | null,
  seed: number,
  tab: TeacherTab = 'code',
): TeacherDesk {
  // A scenario opened from a disk file can have a code too: the students open the same file first.
  const scenarioId = scenarios.some((s) => s.id === selectedScenarioId)
    ? selectedScenarioId
    : (scenarios[0]?.id ?? null);
  return withCode(
    { tab, scenarioId, length: 'full', seed, briefs: FIRST_BRIEFS, results: NO_RESULTS },
    scenarios,
  );
}

/** A step of the seed for the next code: any odd constant walks every 32-bit value. */
const nextSeed = (seed: number) => (seed + 0x9e3779b9) | 0;

/**
 * The page opened again from the title, as the teacher left it: the same scenario and code (made again, in case
 * its file was opened again with another text), or the title's choice if that scenario is gone; the results
 * opened, checked again if the scenarios have changed (a file opened since may be the one they were played on).
 */
export function reopenDesk(
  desk: TeacherDesk,
  scenarios: readonly ScenarioEntry[],
  selectedScenarioId: string | null,
  tab?: TeacherTab,
): TeacherDesk {
  const has = (id: string | null) => scenarios.some((s) => s.id === id);
  const scenarioId = has(desk.scenarioId)
    ? desk.scenarioId
    : has(selectedScenarioId)
      ? selectedScenarioId
      : (scenarios[0]?.id ?? null);
  const seed = scenarioId === desk.scenarioId ? desk.seed : nextSeed(desk.seed);
  const results = recheckClassDesk(desk.results, scenarios);
  return withCode({ ...desk, tab: tab ?? desk.tab, scenarioId, seed, results }, scenarios);
}

export function updateDesk(
  desk: TeacherDesk,
  event: TeacherEvent,
  scenarios: readonly ScenarioEntry[],
): TeacherDesk {
  if (isClassEvent(event)) return { ...desk, results: updateClassDesk(desk.results, event, scenarios) };
  switch (event.type) {
    case 'teacher.open':
    case 'teacher.tab':
      return { ...desk, tab: event.tab ?? desk.tab };
    case 'teacher.choose':
      if (!scenarios.some((s) => s.id === event.scenarioId) || event.scenarioId === desk.scenarioId)
        return desk;
      return withCode({ ...desk, scenarioId: event.scenarioId, seed: nextSeed(desk.seed) }, scenarios);
    case 'teacher.length':
      if (event.length === desk.length) return desk;
      return withCode({ ...desk, length: event.length, seed: nextSeed(desk.seed) }, scenarios);
    case 'teacher.newCode':
      return withCode({ ...desk, seed: nextSeed(desk.seed) }, scenarios);
    case 'teacher.briefs.who':
    case 'teacher.briefs.numbers':
      return { ...desk, briefs: chooseBriefs(desk.briefs, event) };
  }
}
