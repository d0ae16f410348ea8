/** A student's place in a live session, kept for this tab only: a reload comes back to the same game. */
export interface LiveSeat {
  readonly url: string;
  readonly code: string;
  readonly name: string;
  readonly token?: string;
}

/** The most characters each field may have; a seat outside them is not one this game wrote. */
const MOST_CHARS = { url: 2000, code: 20, name: 80, token: 200 } as const;

const text = (value: unknown, most: number): value is string =>
  typeof value === 'string' && value.length <= most;

/** Read without the schema library: the title reads this at every load, and four strings need no more. */
function asSeat(data: unknown): LiveSeat | null {
  if (typeof data !== 'object' || data === null) return null;
  const { url, code, name, token } = data as Record<string, unknown>;
  if (!text(url, MOST_CHARS.url) || !text(code, MOST_CHARS.code) || !text(name, MOST_CHARS.name)) return null;
  if (token !== undefined && !text(token, MOST_CHARS.token)) return null;
  return token === undefined ? { url, code, name } : { url, code, name, token };
}

export const LIVE_SEAT_KEY = 'envoy.liveSeat';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readLiveSeat(store: SessionStore | undefined): LiveSeat | null {
  try {
    const raw = store?.getItem(LIVE_SEAT_KEY);
    if (!raw) return null;
    return asSeat(JSON.parse(raw));
  } catch {
    // Storage refused, or a value that is not JSON: no seat to come back to.
    return null;
  }
}

export function writeLiveSeat(store: SessionStore | undefined, seat: LiveSeat | null): void {
  try {
    if (seat) store?.setItem(LIVE_SEAT_KEY, JSON.stringify(seat));
    else store?.removeItem(LIVE_SEAT_KEY);
  } catch {
    // Without storage a reload starts on the title: the game itself is kept on the server.
  }
}

/**
 * Where the class server is: `?server=` in the page's address when the game is served elsewhere, else the page's
 * own origin (`npm run class` serves the game). A page opened from a file has none.
 */
export function classServerUrl(location: Pick<Location, 'origin' | 'search' | 'protocol'>): string | null {
  const asked = new URLSearchParams(location.search).get('server');
  if (asked) {
    try {
      const url = new URL(asked);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // Not an address: fall back to the page's own.
    }
  }
  return location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : null;
}
