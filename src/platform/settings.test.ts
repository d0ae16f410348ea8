import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, writeSettings } from './settings';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('settings', () => {
  it('round-trips the sound preference', () => {
    const storage = memoryStorage();
    writeSettings(storage, { soundOn: false, volume: 0.25 });
    expect(readSettings(storage)).toEqual({ soundOn: false, volume: 0.25 });
  });

  it('falls back to defaults for a corrupt or foreign value', () => {
    expect(readSettings(memoryStorage({ [SETTINGS_KEY]: '{"soundOn":false,"volume":7}' }))).toEqual({
      soundOn: false,
      volume: 0.7,
    });
    for (const raw of ['{not json', '[]', '{"soundOn":"yes"}', 'null', '{"__proto__":{"soundOn":false}}']) {
      expect(readSettings(memoryStorage({ [SETTINGS_KEY]: raw }))).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('survives storage that throws', () => {
    const hostile = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readSettings(hostile)).toEqual(DEFAULT_SETTINGS);
    expect(() => writeSettings(hostile, { soundOn: true, volume: 1 })).not.toThrow();
  });
});
