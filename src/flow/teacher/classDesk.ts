import type { ScenarioEntry } from '../runContext';
import { scenarioDigest } from '../scenarioDigest';
import { NEUTRAL_STRINGS } from '../strings';
import {
  type ClassGroup,
  type ClassView,
  checkResultFile,
  classViewOf,
  fingerprintOf,
  type ParsedSource,
  type ReadFile,
  verdictOf,
} from './classResults';
import { type ClassSummary, summariseClass } from './classSummary';

/**
 * The "Class results" part of the teacher's page as plain data: the files read (each with what was found in
 * it), the class chosen among them, the two parties on the chart's axes, and the student's game being replayed.
 */
export interface ClassDesk {
  readonly files: readonly ReadFile[];
  /** The class shown, by its key; null: the largest. */
  readonly group: string | null;
  /** The parties across and up the chart (indexes). */
  readonly axes: readonly [number, number];
  readonly replay: { readonly file: number; readonly step: number } | null;
  /** The scenarios the files were checked against (catalogKey): another list, and they are checked again. */
  readonly catalog: string;
}

export const NO_RESULTS: ClassDesk = { files: [], group: null, axes: [0, 1], replay: null, catalog: '' };

/** Far more than a class: past this the teacher has opened the wrong folder. */
export const MOST_FILES = 300;

export type ClassEvent =
  /** Files the teacher opened, already read against the result schema (teacher/parseResults.ts). */
  | { type: 'teacher.results.add'; files: readonly ParsedSource[] }
  | { type: 'teacher.results.clear' }
  | { type: 'teacher.results.group'; group: string }
  | { type: 'teacher.results.axes'; x: number; y: number }
  | { type: 'teacher.replay.open'; file: number }
  | { type: 'teacher.replay.step'; step: number }
  | { type: 'teacher.replay.close' };

export function isClassEvent(event: { type: string }): event is ClassEvent {
  return event.type.startsWith('teacher.results.') || event.type.startsWith('teacher.replay.');
}

/** The scenarios as a result's verdict depends on them: each one's place in the list, its id and its text. */
export function catalogKey(scenarios: readonly ScenarioEntry[]): string {
  return JSON.stringify(scenarios.map((s) => [s.id, s.scenario.meta.id, scenarioDigest(s.scenario)]));
}

/**
 * The files checked again against the scenarios as they are now (a scenario file opened or edited since):
 * a result of a scenario opened since counts, one of a scenario closed since no longer does.
 */
export function recheckClassDesk(desk: ClassDesk, scenarios: readonly ScenarioEntry[]): ClassDesk {
  const catalog = catalogKey(scenarios);
  if (catalog === desk.catalog) return desk;
  const files = desk.files.map((f) => (f.result ? { ...f, verdict: verdictOf(f.result, scenarios) } : f));
  return { ...desk, files, catalog, replay: null };
}

/** A file is read once: picking the same folder again adds only what is new in it, readable or not. */
function added(desk: ClassDesk, sources: readonly ParsedSource[], scenarios: readonly ScenarioEntry[]) {
  const files = [...desk.files];
  const seen = new Set(files.map((f) => f.fingerprint));
  for (const source of sources) {
    const fingerprint = fingerprintOf(source);
    if (seen.has(fingerprint)) continue;
    if (files.length >= MOST_FILES) {
      // Said once, however often more files are picked.
      if (files.length === MOST_FILES)
        files.push({
          name: source.name.slice(0, 200),
          fingerprint: '',
          result: null,
          verdict: { kind: 'unreadable', problem: NEUTRAL_STRINGS.classResults.tooMany(MOST_FILES) },
        });
      break;
    }
    seen.add(fingerprint);
    files.push(checkResultFile(source, scenarios));
  }
  return files;
}

export function updateClassDesk(
  desk: ClassDesk,
  event: ClassEvent,
  scenarios: readonly ScenarioEntry[],
): ClassDesk {
  switch (event.type) {
    case 'teacher.results.add': {
      const checked = recheckClassDesk(desk, scenarios);
      return { ...checked, files: added(checked, event.files, scenarios), replay: null };
    }
    case 'teacher.results.clear':
      return NO_RESULTS;
    case 'teacher.results.group':
      return { ...desk, group: event.group, replay: null };
    case 'teacher.results.axes': {
      const { x, y } = event;
      if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x === y) return desk;
      return { ...desk, axes: [x, y] };
    }
    case 'teacher.replay.open': {
      const file = desk.files[event.file];
      return file?.verdict.kind === 'played' ? { ...desk, replay: { file: event.file, step: 0 } } : desk;
    }
    case 'teacher.replay.step': {
      if (!desk.replay) return desk;
      const verdict = desk.files[desk.replay.file]?.verdict;
      const last = verdict?.kind === 'played' ? verdict.steps : 0;
      const step = Math.max(0, Math.min(last, Math.trunc(event.step) || 0));
      return step === desk.replay.step ? desk : { ...desk, replay: { file: desk.replay.file, step } };
    }
    case 'teacher.replay.close':
      return desk.replay ? { ...desk, replay: null } : desk;
  }
}

const views = new WeakMap<readonly ReadFile[], Map<string | null, ClassView>>();
const summaries = new WeakMap<ClassGroup, ClassSummary>();

/** The files sorted into classes (worked out once per set of files and choice). */
export function classViewOfDesk(desk: ClassDesk, scenarios: readonly ScenarioEntry[]): ClassView {
  let byGroup = views.get(desk.files);
  if (!byGroup) {
    byGroup = new Map();
    views.set(desk.files, byGroup);
  }
  let view = byGroup.get(desk.group);
  if (!view) {
    view = classViewOf(desk.files, desk.group, scenarios);
    byGroup.set(desk.group, view);
  }
  return view;
}

/** The figures of the class shown (worked out once per class). */
export function summaryOf(view: ClassView): ClassSummary | null {
  if (!view.shown) return null;
  let summary = summaries.get(view.shown);
  if (!summary) {
    summary = summariseClass(view.shown, view.files);
    summaries.set(view.shown, summary);
  }
  return summary;
}
