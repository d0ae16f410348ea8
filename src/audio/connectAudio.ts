import type { AppActor, AppSnapshot } from '../flow/appActor';
import type { RootEvent } from '../flow/rootMachine';
import { cueFor } from './cues';
import type { AudioPort } from './howlerAudio';

/** Returns an inspector for createActor: it hears each handled event of the root actor and plays its cue. */
export function audioInspector(audio: AudioPort, root: () => AppActor | undefined) {
  let before: AppSnapshot | undefined;
  return (inspection: { type: string; actorRef: unknown; event?: unknown; snapshot?: unknown }) => {
    const actor = root();
    if (inspection.type !== '@xstate.snapshot' || !actor || inspection.actorRef !== actor) return;
    const after = inspection.snapshot as AppSnapshot;
    const cue = before ? cueFor(inspection.event as RootEvent, before, after) : undefined;
    before = after;
    if (cue) audio.play(cue);
  };
}
