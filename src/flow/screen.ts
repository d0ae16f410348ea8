/** The screens of a run, as the save records where the player was. */
export const RUN_SCREENS = [
  'briefing',
  'plan',
  'meetings',
  /** The privacy screen after a student's answer: a reload must not open the meeting room to them. */
  'handBack',
  'news',
  'conference',
  'outcome',
  'debrief',
] as const;
export type Screen = (typeof RUN_SCREENS)[number];

interface Matches {
  matches(value: unknown): boolean;
}

/** The run screen a snapshot shows, or null outside a run (title, loading, problems). */
export function screenOf(snapshot: Matches): Screen | null {
  if (snapshot.matches('briefing')) return 'briefing';
  if (snapshot.matches({ run: 'plan' })) return 'plan';
  if (snapshot.matches({ run: { meetings: 'handBack' } })) return 'handBack';
  if (snapshot.matches({ run: 'meetings' })) return 'meetings';
  if (snapshot.matches({ run: 'dayEnd' })) return 'news';
  if (snapshot.matches('conference')) return 'conference';
  if (snapshot.matches('outcome')) return 'outcome';
  if (snapshot.matches('debrief')) return 'debrief';
  return null;
}
