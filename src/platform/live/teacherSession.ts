import type { ClassView } from '../../flow/live/protocol';
import type { TeacherLivePort, TeacherLiveState } from '../../flow/live/teacherLive';
import { NEUTRAL_STRINGS } from '../../flow/strings';
import { classServerUrl } from './liveSeat';
import type { TeacherLink } from './teacherLink';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

const TEACHER_KEY = 'envoy.liveTeacher';

function readKept(store: Store): { url: string; code: string; teacherToken: string } | null {
  try {
    const kept = JSON.parse(store?.getItem(TEACHER_KEY) ?? 'null') as Record<string, unknown> | null;
    if (
      kept &&
      typeof kept.url === 'string' &&
      typeof kept.code === 'string' &&
      typeof kept.teacherToken === 'string'
    )
      return { url: kept.url, code: kept.code, teacherToken: kept.teacherToken };
  } catch {
    // Unreadable: no session to come back to.
  }
  return null;
}

function keep(store: Store, kept: { url: string; code: string; teacherToken: string } | null): void {
  try {
    if (kept) store?.setItem(TEACHER_KEY, JSON.stringify(kept));
    else store?.removeItem(TEACHER_KEY);
  } catch {
    // Without storage a reload shows the set-up again; the session goes on on the server.
  }
}

/**
 * The teacher's live session for the page: its state, and the connection, loaded only when the teacher opens or
 * comes back to a session. The teacher's token is kept for this tab only (a reload comes back to the class).
 */
export function createTeacherSession(
  store: Store,
  location: Pick<Location, 'origin' | 'search' | 'protocol'>,
) {
  const listeners = new Set<() => void>();
  let state: TeacherLiveState = {
    phase: 'setup',
    url: classServerUrl(location) ?? '',
    problem: null,
    code: null,
    view: null,
    connected: false,
    results: null,
  };
  let link: TeacherLink | null = null;
  const set = (patch: Partial<TeacherLiveState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const connect = async (
    url: string,
    how: Parameters<typeof import('./teacherLink').openAsTeacher>[1],
  ): Promise<void> => {
    set({ phase: 'opening', problem: null, url });
    try {
      const { openAsTeacher } = await import('./teacherLink');
      const opened = await openAsTeacher(url, how, {
        view: (view: ClassView) => set({ view, connected: true }),
        results: (results) => set({ results }),
        connection: (connected) => set({ connected }),
        problem: (message) => set({ problem: message }),
      });
      if (!opened.ok) {
        if ('rejoin' in how) keep(store, null);
        set({ phase: 'setup', problem: opened.message });
        return;
      }
      link = opened.link;
      keep(store, { url, code: opened.code, teacherToken: opened.teacherToken });
      set({ phase: 'open', code: opened.code, connected: true });
    } catch {
      set({ phase: 'setup', problem: NEUTRAL_STRINGS.liveClass.student.unreachable(url) });
    }
  };

  const port: TeacherLivePort = {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(setup) {
      if (state.phase !== 'setup') return;
      const url = setup.url.trim().replace(/\/+$/, '');
      void connect(url, {
        create: {
          serverKey: setup.serverKey,
          scenarioId: setup.scenarioId,
          length: setup.length,
          mode: setup.mode,
        },
      });
    },
    command(message) {
      link?.command(message);
    },
    forget() {
      link?.close();
      link = null;
      keep(store, null);
      set({ phase: 'setup', code: null, view: null, results: null, problem: null, connected: false });
    },
  };

  return {
    port,
    /** After a reload: the session this tab was running. */
    rejoinKept(): void {
      const kept = readKept(store);
      if (kept) void connect(kept.url, { rejoin: { code: kept.code, teacherToken: kept.teacherToken } });
    },
  };
}
