import type { AppActor } from '../../flow/appActor';
import type { RootEvent } from '../../flow/events';

type Inspection = { type: string; actorRef: unknown; event?: unknown; snapshot?: unknown };

/**
 * The root actor's events that changed its game, for a live session's link to pass on to the server. In the
 * first chunk and doing nothing until something listens: offline play never loads the network code.
 */
export function createEventTap(root: () => AppActor | undefined) {
  let listener: ((event: RootEvent) => void) | null = null;
  let last: unknown;
  return {
    inspect(inspection: Inspection): void {
      const actor = root();
      if (inspection.type !== '@xstate.snapshot' || !actor || inspection.actorRef !== actor) return;
      // An event the machine did not take leaves the very same snapshot.
      const changed = inspection.snapshot !== last;
      last = inspection.snapshot;
      if (changed && listener) listener(inspection.event as RootEvent);
    },
    listen(next: ((event: RootEvent) => void) | null): void {
      listener = next;
    },
  };
}

export type EventTap = ReturnType<typeof createEventTap>;
