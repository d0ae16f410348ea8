import type { Store } from './saveStore';

/** Which tab plays the saved game; the others watch it and never write the save. */
export const OWNER_KEY = 'geneva-envoy.owner';
export const TAB_CHANNEL = 'geneva-envoy';
/** How long a tab waits for the owner to answer before it takes a silent claim as stale (a closed tab). */
const ANSWER_MS = 400;

export type TabRole = 'owner' | 'watching' | 'asking';

type Message =
  | { type: 'who-owns'; from: string }
  | { type: 'i-own'; from: string }
  | { type: 'claimed'; from: string };

export interface Channel {
  postMessage(message: Message): void;
  onmessage: ((event: { data: Message }) => void) | null;
  close(): void;
}

export interface TabOwnerDeps {
  readonly tabId: string;
  readonly storage: Store | undefined;
  readonly channel: Channel | null;
  readonly setTimer: (run: () => void, ms: number) => unknown;
  /** Subscribes to another tab's change of a storage key. */
  readonly onStorage: (listener: (key: string | null) => void) => void;
}

export interface TabOwner {
  readonly role: () => TabRole;
  /** Called before the game writes its save: may this tab write? The first write claims the game. */
  mayWrite(): boolean;
  /** The player chose to play here: this tab owns the game from now on. */
  takeOver(): void;
  onRole(listener: (role: TabRole) => void): void;
  /** Releases the claim as the tab is hidden or closed, so the next tab need not wait (it claims again if it comes back). */
  release(): void;
}

function ownerOf(storage: Store | undefined): string | null {
  try {
    return storage?.getItem(OWNER_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * One game per browser, one owner: a tab that finds another tab playing asks it (BroadcastChannel); if it
 * answers, this tab watches until the player chooses to take the game over. A claim nobody answers for is stale.
 */
export function createTabOwner(deps: TabOwnerDeps): TabOwner {
  const listeners: ((role: TabRole) => void)[] = [];
  let role: TabRole = 'owner';
  const set = (next: TabRole) => {
    if (next === role) return;
    role = next;
    for (const listener of listeners) listener(role);
  };
  const post = (message: Message) => {
    try {
      deps.channel?.postMessage(message);
    } catch {
      // A closed channel (a page back from the browser's cache): the storage event still tells the other tabs.
    }
  };
  const claim = () => {
    try {
      deps.storage?.setItem(OWNER_KEY, deps.tabId);
    } catch {
      // Storage refused: the autosave reports that itself.
    }
    post({ type: 'claimed', from: deps.tabId });
    set('owner');
  };

  if (deps.channel) {
    deps.channel.onmessage = ({ data }) => {
      if (data.from === deps.tabId) return;
      if (data.type === 'who-owns' && role === 'owner' && ownerOf(deps.storage) === deps.tabId)
        post({ type: 'i-own', from: deps.tabId });
      else if (data.type === 'i-own' && role === 'asking') set('watching');
      else if (data.type === 'claimed') set('watching');
    };
  }
  deps.onStorage((key) => {
    if (key === OWNER_KEY && ownerOf(deps.storage) !== deps.tabId && ownerOf(deps.storage) !== null)
      set('watching');
  });

  // Asked only once the tab listens, so the owner's answer cannot come too early.
  const current = ownerOf(deps.storage);
  if (current && current !== deps.tabId && deps.channel) {
    role = 'asking';
    post({ type: 'who-owns', from: deps.tabId });
    deps.setTimer(() => {
      if (role === 'asking') claim();
    }, ANSWER_MS);
  }

  return {
    role: () => role,
    mayWrite() {
      if (role !== 'owner') return false;
      const owner = ownerOf(deps.storage);
      if (owner === deps.tabId) return true;
      if (owner === null) {
        claim();
        return true;
      }
      // Another tab claimed the game since this one last wrote: never overwrite it silently.
      set('watching');
      return false;
    },
    takeOver: claim,
    onRole(listener) {
      listeners.push(listener);
    },
    release() {
      try {
        if (ownerOf(deps.storage) === deps.tabId) deps.storage?.removeItem(OWNER_KEY);
      } catch {
        // Nothing to release.
      }
    },
  };
}
