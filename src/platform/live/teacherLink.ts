import { Client, type Room } from '@colyseus/sdk';
import type { ClassView, CreateOptions, TeacherMessage } from '../../flow/live/protocol';
import { TO_CLIENT, TO_SERVER } from '../../flow/live/protocol';
import type { ResultFile } from '../../flow/resultFile';
import { NEUTRAL_STRINGS } from '../../flow/strings';

const WORDS = NEUTRAL_STRINGS.liveClass;

export interface TeacherLinkEvents {
  view(view: ClassView): void;
  results(results: readonly ResultFile[]): void;
  connection(connected: boolean): void;
  problem(message: string): void;
}

export interface TeacherLink {
  command(message: TeacherMessage): void;
  close(): void;
}

export type TeacherOpening =
  | { readonly ok: true; readonly code: string; readonly teacherToken: string; readonly link: TeacherLink }
  | { readonly ok: false; readonly message: string };

/** Opens a session on the class server: its code and the teacher's token, or the server's sentence. */
async function createSession(url: string, options: Omit<CreateOptions, 'role'>) {
  let response: Response;
  try {
    response = await fetch(`${url}/live/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'teacher', ...options }),
    });
  } catch {
    return { ok: false as const, message: WORDS.student.unreachable(url) };
  }
  const body = (await response.json().catch(() => ({}))) as {
    code?: unknown;
    teacherToken?: unknown;
    error?: unknown;
  };
  if (response.ok && typeof body.code === 'string' && typeof body.teacherToken === 'string')
    return { ok: true as const, code: body.code, teacherToken: body.teacherToken };
  return {
    ok: false as const,
    message: typeof body.error === 'string' ? body.error : WORDS.student.unreachable(url),
  };
}

/**
 * The teacher's page in a live session (loaded only on the live tab): opens the session, or comes back to it
 * with the teacher's token, and follows the class as the server sees it.
 */
export async function openAsTeacher(
  url: string,
  how:
    | { readonly create: Omit<CreateOptions, 'role'> }
    | { readonly rejoin: { readonly code: string; readonly teacherToken: string } },
  on: TeacherLinkEvents,
): Promise<TeacherOpening> {
  const opened =
    'create' in how ? await createSession(url, how.create) : { ok: true as const, ...how.rejoin };
  if (!opened.ok) return opened;
  let room: Room;
  try {
    room = await new Client(url).joinById(opened.code, {
      role: 'teacher',
      teacherToken: opened.teacherToken,
    });
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : WORDS.problems.notFound;
    return { ok: false, message };
  }
  room.onMessage(TO_CLIENT.classView, (view: ClassView) => on.view(view));
  room.onMessage(TO_CLIENT.results, (message: { results?: unknown }) =>
    on.results(Array.isArray(message?.results) ? (message.results as ResultFile[]) : []),
  );
  room.onMessage(TO_CLIENT.problem, (message: { message?: unknown }) =>
    on.problem(String(message?.message ?? WORDS.problems.malformed)),
  );
  room.onDrop(() => on.connection(false));
  room.onReconnect(() => on.connection(true));
  let closing = false;
  room.onLeave(() => {
    if (!closing) on.connection(false);
  });
  return {
    ok: true,
    code: opened.code,
    teacherToken: opened.teacherToken,
    link: {
      command: (message) => room.send(TO_SERVER.teacher, message),
      close() {
        closing = true;
        void room.leave(true);
      },
    },
  };
}
