import { z } from 'zod';

/** A student's place in a live session, kept for this tab only: a reload comes back to the same game. */
const seatSchema = z.object({
  url: z.string().max(2000),
  code: z.string().max(20),
  name: z.string().max(80),
  token: z.string().max(200).optional(),
});
export type LiveSeat = z.infer<typeof seatSchema>;

export const LIVE_SEAT_KEY = 'envoy.liveSeat';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readLiveSeat(store: SessionStore | undefined): LiveSeat | null {
  try {
    const raw = store?.getItem(LIVE_SEAT_KEY);
    if (!raw) return null;
    const parsed = seatSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
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
