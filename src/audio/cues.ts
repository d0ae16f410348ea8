import type { AppSnapshot } from '../flow/appActor';
import type { RootEvent } from '../flow/rootMachine';

export const CUES = ['ui-start', 'ui-toggle'] as const;
export type Cue = (typeof CUES)[number];

/** What a cue means, for the caption shown wherever sound carries meaning. */
export const CUE_CAPTIONS: Record<Cue, string | null> = {
  'ui-start': null,
  'ui-toggle': null,
};

/** The cue a handled flow event sounds, if any. Silence when the player has turned sound off. */
export function cueFor(event: RootEvent, before: AppSnapshot, after: AppSnapshot): Cue | undefined {
  if (!after.context.soundOn || before === after) return undefined;
  switch (event.type) {
    case 'title.start':
      return before.value !== after.value ? 'ui-start' : undefined;
    case 'settings.sound.toggle':
      return 'ui-toggle';
    default:
      return undefined;
  }
}
