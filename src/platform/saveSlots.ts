/**
 * Where the saves are kept, read as raw text: the page looks here at every load, before it knows whether there
 * is a save to read (that reader, with its schema, is fetched only when there is one: persistence.ts).
 */

/** The storage keys are those of the first format, so a save made by an older version is still found. */
export const SAVE_KEY = 'geneva-envoy.save.v1';
export const PREVIOUS_SAVE_KEY = 'geneva-envoy.save.v1.previous';

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredSaves {
  readonly current: string | null;
  readonly previous: string | null;
}

export function readSaves(storage: Store | undefined): StoredSaves {
  try {
    return {
      current: storage?.getItem(SAVE_KEY) ?? null,
      previous: storage?.getItem(PREVIOUS_SAVE_KEY) ?? null,
    };
  } catch {
    return { current: null, previous: null };
  }
}
