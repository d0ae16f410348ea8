/** Player preferences that survive a reload. Stored as JSON under one versioned key. */
export interface Settings {
  soundOn: boolean;
  /** 0 to 1. */
  volume: number;
}

export const SETTINGS_KEY = 'geneva-envoy.settings.v1';
export const DEFAULT_SETTINGS: Settings = { soundOn: true, volume: 0.7 };

/** Anything unreadable falls back to the defaults: a preference is never worth a crash. */
export function readSettings(storage: Pick<Storage, 'getItem'> | undefined): Settings {
  try {
    const raw = storage?.getItem(SETTINGS_KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && typeof (parsed as Settings).soundOn === 'boolean') {
      const volume = (parsed as Partial<Settings>).volume;
      return {
        soundOn: (parsed as Settings).soundOn,
        volume: typeof volume === 'number' && volume >= 0 && volume <= 1 ? volume : DEFAULT_SETTINGS.volume,
      };
    }
  } catch {
    // Private mode or a corrupt value: defaults are the safe answer.
  }
  return { ...DEFAULT_SETTINGS };
}

export function writeSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: the setting still applies for this visit.
  }
}
