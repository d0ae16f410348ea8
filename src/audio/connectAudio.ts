import type { AppActor, AppSnapshot } from '../flow/appActor';
import type { RootEvent } from '../flow/rootMachine';
import { captionOf, cueFor } from './cues';
import type { AudioPort } from './howlerAudio';
import { type Mood, moodOf } from './mood';

/**
 * Returns an inspector for createActor: it hears each event the root actor handles, keeps the port's mood,
 * volume and mute in step with the snapshot, plays the event's cue and shows its caption. Captions go out
 * whether or not sound is on: they carry the meaning for players who hear nothing.
 */
export function audioInspector(
  audio: AudioPort,
  root: () => AppActor | undefined,
  onCaption: (caption: string) => void,
) {
  let before: AppSnapshot | undefined;
  let mood: Mood | undefined;
  let soundOn: boolean | undefined;
  let volume: number | undefined;
  let warned = false;

  const follow = (event: RootEvent, after: AppSnapshot) => {
    const previous = before;
    before = after;
    // Mute and volume first, so that the click confirming "sound on" is heard.
    if (after.context.soundOn !== soundOn) {
      soundOn = after.context.soundOn;
      audio.setMuted(!soundOn);
    }
    if (after.context.volume !== volume) {
      volume = after.context.volume;
      audio.setVolume(volume);
    }
    const nextMood = moodOf(after);
    if (nextMood !== mood) {
      mood = nextMood;
      audio.setMood(mood);
    }
    const cue = previous ? cueFor(event, previous, after) : undefined;
    if (!cue) return;
    audio.play(cue);
    const caption = captionOf(cue, after.context.run?.scenario);
    if (caption !== null) onCaption(caption);
  };

  return (inspection: { type: string; actorRef: unknown; event?: unknown; snapshot?: unknown }) => {
    const actor = root();
    if (inspection.type !== '@xstate.snapshot' || !actor || inspection.actorRef !== actor) return;
    // Sound is decoration: a mistake here must not stop the game, whose events pass through this inspector.
    try {
      follow(inspection.event as RootEvent, inspection.snapshot as AppSnapshot);
    } catch (error) {
      if (!warned) console.warn('Sound cues failed; the game goes on without them.', error);
      warned = true;
    }
  };
}
