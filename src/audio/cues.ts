import type { AppSnapshot } from '../flow/appActor';
import type { JournalEntry, RootEvent } from '../flow/rootMachine';
import { NEUTRAL_STRINGS, stringsOf } from '../flow/strings';
import type { Scenario } from '../scenario/schema';

export const CUES = [
  'ui-start',
  'ui-toggle',
  'typewriter',
  'accept',
  'reject',
  'telephone',
  'teleprinter',
  'gavel',
  'press',
  'reassure',
  'statement',
] as const;
export type Cue = (typeof CUES)[number];

/** The cues that mean something (captioned in flow/strings); pure interface clicks say nothing the screen does not. */
export type CaptionedCue = Exclude<Cue, 'ui-start' | 'ui-toggle'>;

export function isCaptioned(cue: Cue): cue is CaptionedCue {
  return cue !== 'ui-start' && cue !== 'ui-toggle';
}

/**
 * What a cue means, shown as a caption whether or not sound is on: a player without sound must not miss what
 * the sound says. In the words of the scenario being played.
 */
export function captionOf(cue: Cue, scenario: Scenario | undefined): string | null {
  if (!isCaptioned(cue)) return null;
  return (scenario ? stringsOf(scenario) : NEUTRAL_STRINGS).captions[cue];
}

function lastEntry(snapshot: AppSnapshot): JournalEntry | undefined {
  const journal = snapshot.context.run?.journal;
  return journal?.[journal.length - 1];
}

/** The journal grew: the machine accepted a move and recorded what it did (a refused move records nothing). */
function journalGrew(before: AppSnapshot, after: AppSnapshot): boolean {
  return (after.context.run?.journal.length ?? 0) > (before.context.run?.journal.length ?? 0);
}

/**
 * The cue a handled flow event sounds, if any. It does not look at the sound setting: the audio port stays
 * silent when sound is off, and the caption is shown either way.
 */
export function cueFor(event: RootEvent, before: AppSnapshot, after: AppSnapshot): Cue | undefined {
  if (before === after) return undefined;
  // A game put back from its save (a reload, another tab's moves) plays nothing it already played.
  if (event.type === 'boot.loaded' || event.type === 'game.resume' || event.type === 'save.usePrevious')
    return undefined;
  // However the run-up ends (the last day ends, or the envoy calls the conference early), the gavel opens it.
  if (after.matches('conference') && !before.matches('conference')) return 'gavel';
  switch (event.type) {
    case 'title.start':
      return before.matches('title') && !after.matches('title') ? 'ui-start' : undefined;
    case 'settings.sound.toggle':
      return after.context.soundOn && !before.context.soundOn ? 'ui-toggle' : undefined;
    case 'move.table': {
      const tabled =
        after.matches({ run: { meetings: 'awaitingAnswers' } }) &&
        !before.matches({ run: { meetings: 'awaitingAnswers' } });
      return tabled || journalGrew(before, after) ? 'typewriter' : undefined;
    }
    case 'seat.answered': {
      const table = journalGrew(before, after)
        ? lastEntry(after)?.reports.find((r) => r.kind === 'table')
        : undefined;
      if (!table) return undefined;
      const everyoneAccepts =
        table.answers.length > 0 && table.answers.every((a) => a.answer.kind === 'accept');
      return everyoneAccepts ? 'accept' : 'reject';
    }
    case 'move.consult':
      return journalGrew(before, after) ? 'telephone' : undefined;
    case 'move.press':
      return journalGrew(before, after) ? 'press' : undefined;
    case 'move.reassure':
      return journalGrew(before, after) ? 'reassure' : undefined;
    case 'move.statement':
      return journalGrew(before, after) ? 'statement' : undefined;
    case 'move.endDay': {
      const news = journalGrew(before, after) && lastEntry(after)?.reports.some((r) => r.kind === 'event');
      return news ? 'teleprinter' : undefined;
    }
    default:
      return undefined;
  }
}
