import { afterEach, describe, expect, it, vi } from 'vitest';
import { cueRecorder } from './testHooks';

describe('the list of cues heard', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is kept in e2e builds, for the tests to read', () => {
    vi.stubEnv('MODE', 'e2e');
    const heard: string[] = [];
    cueRecorder(heard)?.('typewriter');
    cueRecorder(heard)?.('stamp');
    expect(heard).toEqual(['typewriter', 'stamp']);
  });

  it('is not kept in a player’s build, where it would only grow, game after game', () => {
    vi.stubEnv('MODE', 'production');
    const heard: string[] = [];
    cueRecorder(heard)?.('typewriter');
    expect(heard).toEqual([]);
  });
});
