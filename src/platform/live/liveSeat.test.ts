import { describe, expect, it } from 'vitest';
import { LIVE_SEAT_KEY, readLiveSeat, writeLiveSeat } from './liveSeat';

function memoryStore(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe("a live session's seat kept in the tab", () => {
  it('comes back as it was written, with or without a token, and is gone once cleared', () => {
    const store = memoryStore();
    const seat = { url: 'http://127.0.0.1:2567', code: 'ABC123', name: 'Amal', token: 't-1' };
    writeLiveSeat(store, seat);
    expect(readLiveSeat(store)).toEqual(seat);
    writeLiveSeat(store, { url: seat.url, code: seat.code, name: seat.name });
    expect(readLiveSeat(store)).toEqual({ url: seat.url, code: seat.code, name: seat.name });
    writeLiveSeat(store, null);
    expect(readLiveSeat(store)).toBeNull();
  });

  it('is no seat when what is kept is not one this game wrote', () => {
    const store = memoryStore();
    for (const kept of [
      '{ not json',
      'null',
      '"ABC123"',
      JSON.stringify({ url: 'http://x', code: 'ABC123' }),
      JSON.stringify({ url: 'http://x', code: 'ABC123', name: 7 }),
      JSON.stringify({ url: 'http://x', code: 'ABC123', name: 'a'.repeat(81) }),
      JSON.stringify({ url: 'http://x', code: 'ABC123', name: 'Amal', token: 3 }),
    ]) {
      store.setItem(LIVE_SEAT_KEY, kept);
      expect(readLiveSeat(store), kept).toBeNull();
    }
  });

  it('keeps only the four fields a seat has', () => {
    const store = memoryStore();
    store.setItem(
      LIVE_SEAT_KEY,
      JSON.stringify({ url: 'http://x', code: 'C', name: 'N', extra: '<script>' }),
    );
    expect(readLiveSeat(store)).toEqual({ url: 'http://x', code: 'C', name: 'N' });
  });

  it('is no seat when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(readLiveSeat(refusing)).toBeNull();
  });
});
