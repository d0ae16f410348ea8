import type { GameLength } from '../gameLength';
import type { BriefsEvent } from './briefsChoice';
import type { ClassEvent } from './classDesk';

/** The parts of the teacher's page. */
export const TEACHER_TABS = ['code', 'briefs', 'class', 'live', 'guide'] as const;
export type TeacherTab = (typeof TEACHER_TABS)[number];

/** What the teacher does on the teacher's page ("For teachers" on the title screen). */
export type TeacherEvent =
  | { type: 'teacher.open'; tab?: TeacherTab }
  | { type: 'teacher.tab'; tab: TeacherTab }
  | { type: 'teacher.choose'; scenarioId: string }
  | { type: 'teacher.length'; length: GameLength }
  /** Another code for the same choice: another class, another game. */
  | { type: 'teacher.newCode' }
  | BriefsEvent
  /** The class's results: flow/teacher/classDesk.ts. */
  | ClassEvent;

export function isTeacherEvent(event: { type: string }): event is TeacherEvent {
  return event.type.startsWith('teacher.');
}
