import type { RootEvent } from '../../flow/events';
import { NEUTRAL_STRINGS } from '../../flow/strings';
import type { EventTap } from './eventTap';
import { classServerUrl, readLiveSeat } from './liveSeat';
import type { StudentLink } from './studentLink';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

export interface LiveStarterDeps {
  readonly send: (event: RootEvent) => void;
  /** What puts the server's save on screen (its reader is fetched on the first join). */
  readonly resumer: () => Promise<(saveText: string) => string | null>;
  readonly tap: EventTap;
  readonly store: Store;
  readonly location: Pick<Location, 'origin' | 'search' | 'protocol'>;
}

/**
 * Starts and ends a student's link to a live session. The link and the network library are a chunk of their
 * own, fetched only when a live code is entered (or a reload comes back to a session): offline play never loads it.
 */
export function createLiveStarter(deps: LiveStarterDeps) {
  let link: Promise<StudentLink | null> | null = null;
  const end = (how: 'leave' | 'close') => {
    const closing = link;
    link = null;
    void closing?.then((l) => l?.[how]());
  };
  const leave = () => end('leave');
  return {
    join(code: string, name: string): void {
      // A link still open (a Rejoin after a lost connection) closes, keeping the seat the new one comes back to.
      end('close');
      const url = classServerUrl(deps.location);
      if (!url) {
        deps.send({ type: 'liveClass.failed', message: NEUTRAL_STRINGS.liveClass.student.noServer });
        return;
      }
      link = Promise.all([import('./studentLink'), deps.resumer()])
        .then(([m, resume]) => m.joinAsStudent({ ...deps, resume, url }, code, name))
        .catch(() => {
          deps.send({
            type: 'liveClass.failed',
            message: NEUTRAL_STRINGS.liveClass.student.unreachable(url),
          });
          return null;
        });
    },
    leave,
    /** After a reload: the session this tab was in, joined again with its token (the same game). */
    rejoinKept(): void {
      const seat = readLiveSeat(deps.store);
      if (seat && seat.url === classServerUrl(deps.location))
        deps.send({ type: 'liveClass.rejoin', code: seat.code, name: seat.name });
    },
  };
}
