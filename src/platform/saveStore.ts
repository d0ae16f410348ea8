import { parseSave, type SaveFile } from './save';
import { PREVIOUS_SAVE_KEY, SAVE_KEY, type Store } from './saveSlots';

export { readSaves, type Store, type StoredSaves } from './saveSlots';

const readable = (raw: string | null | undefined): raw is string =>
  Boolean(raw) && parseSave(raw!).kind === 'ok';

/**
 * Writes the save and checks it reads back before anything else changes; only then does the save it replaces
 * become the previous one, and only if that one was good. Returns false when the browser refuses (full or off).
 */
export function writeSave(storage: Store | undefined, save: SaveFile): boolean {
  if (!storage) return false;
  const text = JSON.stringify(save);
  if (!readable(text)) return false;
  try {
    const current = storage.getItem(SAVE_KEY);
    if (current === text) return true;
    storage.setItem(SAVE_KEY, text);
    if (storage.getItem(SAVE_KEY) !== text) return false;
    if (readable(current)) storage.setItem(PREVIOUS_SAVE_KEY, current);
    return true;
  } catch {
    return false;
  }
}

/** Sets the current save aside: a good one becomes the previous save; a damaged one never replaces a good backup. */
export function clearSave(storage: Store | undefined): void {
  try {
    const current = storage?.getItem(SAVE_KEY);
    if (readable(current)) storage?.setItem(PREVIOUS_SAVE_KEY, current);
    storage?.removeItem(SAVE_KEY);
  } catch {
    // Nothing to clear, or storage is blocked: either way there is nothing more to do.
  }
}

/** Throws away the current save alone ("start over" on a save that cannot be used): the previous one stays. */
export function discardSave(storage: Store | undefined): void {
  try {
    storage?.removeItem(SAVE_KEY);
  } catch {
    // Storage is blocked: nothing was kept, nothing to discard.
  }
}
