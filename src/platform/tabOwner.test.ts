import { describe, expect, it } from 'vitest';
import { type Channel, createTabOwner, OWNER_KEY } from './tabOwner';
import { memoryStorage } from './testing/memoryStorage';

/** Tabs of one browser: a shared storage, a broadcast channel between them, and timers run by hand. */
function browser() {
  const storage = memoryStorage();
  const channels: Channel[] = [];
  const storageListeners: ((key: string | null) => void)[] = [];
  const timers: (() => void)[] = [];
  const open = (tabId: string) => {
    const channel: Channel = {
      onmessage: null,
      postMessage: (data) => {
        for (const other of channels) if (other !== channel) other.onmessage?.({ data });
      },
      close: () => channels.splice(channels.indexOf(channel), 1),
    };
    channels.push(channel);
    const listeners = storageListeners;
    const owner = createTabOwner({
      tabId,
      storage: {
        getItem: storage.getItem,
        removeItem: (k) => {
          storage.removeItem(k);
          for (const l of listeners) l(k);
        },
        setItem: (k, v) => {
          storage.setItem(k, v);
          for (const l of listeners) l(k);
        },
      },
      channel,
      setTimer: (run) => timers.push(run),
      onStorage: (listener) => listeners.push(listener),
    });
    return owner;
  };
  return {
    storage,
    open,
    runTimers: () => {
      for (const t of timers.splice(0)) t();
    },
  };
}

describe('one game per browser', () => {
  it('the first tab to save owns the game; a second tab watches and never writes', () => {
    const b = browser();
    const first = b.open('a');
    expect(first.mayWrite()).toBe(true);
    expect(b.storage.getItem(OWNER_KEY)).toBe('a');
    const second = b.open('b');
    expect(second.role()).toBe('watching');
    expect(second.mayWrite()).toBe(false);
  });

  it('taking the game over makes the other tab the watcher', () => {
    const b = browser();
    const first = b.open('a');
    first.mayWrite();
    const second = b.open('b');
    const roles: string[] = [];
    first.onRole((role) => roles.push(role));
    second.takeOver();
    expect(second.mayWrite()).toBe(true);
    expect(first.role()).toBe('watching');
    expect(first.mayWrite()).toBe(false);
    expect(roles).toEqual(['watching']);
  });

  it('a reload of the owning tab is the same tab, and a claim no tab answers for is stale', () => {
    const b = browser();
    b.open('a').mayWrite();
    expect(b.open('a').role()).toBe('owner');
    b.storage.setItem(OWNER_KEY, 'closed-tab');
    const late = b.open('c');
    expect(late.role()).toBe('asking');
    b.runTimers();
    expect(late.role()).toBe('owner');
    expect(late.mayWrite()).toBe(true);
  });

  it('a tab that closes releases the game', () => {
    const b = browser();
    const first = b.open('a');
    first.mayWrite();
    first.release();
    expect(b.storage.getItem(OWNER_KEY)).toBeNull();
  });
});

describe('a tab back from the browser cache', () => {
  it('claims the game again even if its channel was closed', () => {
    const storage = memoryStorage();
    const owner = createTabOwner({
      tabId: 'a',
      storage,
      channel: {
        onmessage: null,
        postMessage: () => {
          throw new DOMException('closed', 'InvalidStateError');
        },
        close: () => {},
      },
      setTimer: () => 0,
      onStorage: () => {},
    });
    owner.release();
    expect(() => owner.mayWrite()).not.toThrow();
    expect(owner.mayWrite()).toBe(true);
  });
});
