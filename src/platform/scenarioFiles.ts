import { MAX_FILE_BYTES } from '../scenario/fileLimits';
/** A scenario file the player chose, read as bytes (decoded by scenario/decode.ts, as the CLI does). */
export interface PickedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The file's whole size: past the limit, `bytes` holds only its start. */
  readonly size?: number;
}

/** A file's bytes, never more than one past the limit: a huge file is refused by its size, not read whole. */
export const bytesOf = async (file: File) =>
  new Uint8Array(await file.slice(0, MAX_FILE_BYTES + 1).arrayBuffer());

/** Reading the last chosen file again: its text now, or `ok: false` when the browser no longer lets the page read it. */
export type Reread = ({ readonly ok: true } & PickedFile) | { readonly ok: false; readonly fileName: string };

/** What the File System Access API gives for a chosen file: it can be read again, as it is on disk now. */
export interface FileHandleLike {
  readonly name: string;
  getFile(): Promise<File>;
}

export interface PickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<readonly FileHandleLike[]>;
}

export interface ScenarioFiles {
  /** The browser has its own file picker that keeps a handle (File System Access API, Chromium browsers). */
  readonly canPick: boolean;
  /** Asks with that picker: the file read, `cancelled`, or `unavailable` (then the page's file input is used). */
  pick(): Promise<PickedFile | 'cancelled' | 'unavailable'>;
  /** A file chosen in the page's file input or dropped on the page: read, and kept to read again. */
  keep(file: File): Promise<PickedFile>;
  /** The last chosen file read again (after the author edited it); null when none was chosen. */
  reread(): Promise<Reread | null>;
}

const ACCEPT = [
  {
    description: 'Scenario file (YAML or JSON)',
    accept: { 'text/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] },
  },
];

/**
 * Keeps the last scenario file the player opened so "Reopen" can read it again. With a handle (the picker of the
 * File System Access API) the browser reads the file as it is on disk now. A File from `<input type=file>` is read
 * again too, but Chromium refuses (NotReadableError) once the file changed on disk: the caller then asks for it again.
 */
export function createScenarioFiles(win: PickerWindow): ScenarioFiles {
  let last: { name: string; read: () => Promise<Uint8Array> } | null = null;
  const showPicker = typeof win.showOpenFilePicker === 'function' ? win.showOpenFilePicker.bind(win) : null;
  return {
    canPick: showPicker !== null,
    async pick() {
      if (!showPicker) return 'unavailable';
      let handle: FileHandleLike | undefined;
      try {
        [handle] = await showPicker({ types: ACCEPT, multiple: false });
      } catch (error) {
        return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'unavailable';
      }
      if (!handle) return 'cancelled';
      const chosen = handle;
      last = { name: chosen.name, read: async () => bytesOf(await chosen.getFile()) };
      return { fileName: chosen.name, bytes: await last.read(), size: (await chosen.getFile()).size };
    },
    async keep(file) {
      last = { name: file.name, read: () => bytesOf(file) };
      return { fileName: file.name, bytes: await bytesOf(file), size: file.size };
    },
    async reread() {
      if (!last) return null;
      try {
        return { ok: true, fileName: last.name, bytes: await last.read() };
      } catch {
        return { ok: false, fileName: last.name };
      }
    },
  };
}
