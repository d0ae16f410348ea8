import type { LiveEvent } from './liveEvents';

/** A student's page in a live class session, as the game shows it. */
export interface LiveState {
  readonly code: string;
  readonly name: string;
  readonly phase: 'joining' | 'playing' | 'failed';
  readonly connected: boolean;
  /** The link gave up: only the student's Rejoin brings it back. */
  readonly lost: boolean;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly news: { readonly title: string; readonly text: string } | null;
  readonly notice: string | null;
  /** Why the join failed, in the server's words or the page's. */
  readonly problem: string | null;
}

export function joiningLive(code: string, name: string): LiveState {
  return {
    code,
    name: name.normalize('NFKC').trim().slice(0, 80),
    phase: 'joining',
    connected: false,
    lost: false,
    paused: false,
    ended: false,
    news: null,
    notice: null,
    problem: null,
  };
}

/** The live state after what the link heard; null when the student has left the session. */
export function updateLive(live: LiveState | null, event: LiveEvent): LiveState | null {
  if (event.type === 'liveClass.rejoin') return joiningLive(event.code, event.name);
  if (!live || event.type === 'liveClass.leave') return null;
  switch (event.type) {
    case 'liveClass.joined':
      return { ...live, phase: 'playing', connected: true, lost: false, problem: null };
    case 'liveClass.failed':
      return { ...live, phase: 'failed', connected: false, problem: event.message.slice(0, 300) };
    case 'liveClass.session':
      return { ...live, paused: event.paused, ended: event.ended };
    case 'liveClass.connection':
      return { ...live, connected: event.connected };
    case 'liveClass.lost':
      return { ...live, connected: false, lost: true };
    case 'liveClass.news':
      return { ...live, news: { title: event.title.slice(0, 160), text: event.text.slice(0, 1500) } };
    case 'liveClass.dismissNews':
      return { ...live, news: null };
    case 'liveClass.notice':
      return { ...live, notice: event.message.slice(0, 300) };
    case 'liveClass.dismissNotice':
      return { ...live, notice: null };
  }
}
