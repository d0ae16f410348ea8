/**
 * Read-only hooks for the end-to-end tests. Only e2e builds (`vite build --mode e2e`) include them:
 * in every other build `import.meta.env.MODE === 'e2e'` is false and this code is dropped.
 */
export interface TestHooks {
  /** The machine's state value, as JSON. */
  state(): string;
  cuesPlayed: string[];
  /** The sounds whose files have loaded (Howler's `state()` is 'loaded'). */
  soundsLoaded(): readonly string[];
  /** The current run (plain data), for reading hidden numbers in tests. */
  run(): unknown;
}

declare global {
  interface Window {
    __envoy?: TestHooks;
  }
}

export function installTestHooks(hooks: TestHooks): void {
  if (import.meta.env.MODE === 'e2e') window.__envoy = hooks;
}

/**
 * What notes each cue heard into `list`, for the tests to read: in e2e builds only. Elsewhere nothing reads the
 * list, which would only grow, game after game, for as long as the page is open.
 */
export function cueRecorder(list: string[]): ((cue: string) => void) | undefined {
  return import.meta.env.MODE === 'e2e' ? (cue) => list.push(cue) : undefined;
}

/** In e2e builds only, `?seed=N` fixes the game's seed so a play-through is the same every run. */
export function testSeed(): number | undefined {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  const seed = Number(new URLSearchParams(window.location.search).get('seed'));
  return Number.isInteger(seed) && seed !== 0 ? seed : undefined;
}
