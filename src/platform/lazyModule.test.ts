import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazyModule';

describe('a module fetched on first use', () => {
  it('runs the work asked before it arrived in the order asked, and later work at once', async () => {
    let fetches = 0;
    const done: string[] = [];
    const lazy = lazyModule(async () => {
      fetches++;
      return { name: 'saves' };
    });
    lazy.with(() => done.push('clear'));
    lazy.with(() => done.push('write'));
    expect(done).toEqual([]);
    await lazy.load();
    expect(done).toEqual(['clear', 'write']);
    lazy.with((m) => done.push(`now ${m.name}`));
    expect(done).toEqual(['clear', 'write', 'now saves']);
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let fetches = 0;
    const lazy = lazyModule(async () => {
      fetches++;
      if (fetches === 1) throw new Error('offline');
      return 42;
    });
    await expect(lazy.load()).rejects.toThrow('offline');
    await expect(lazy.load()).resolves.toBe(42);
    expect(fetches).toBe(2);
  });
});
