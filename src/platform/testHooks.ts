/**
 * Read-only hooks for the end-to-end tests. Only e2e builds (`vite build --mode e2e`) include them:
 * in every other build `import.meta.env.MODE === 'e2e'` is false and this code is dropped.
 */
export interface TestHooks {
  state(): string;
  cuesPlayed: string[];
}

declare global {
  interface Window {
    __envoy?: TestHooks;
  }
}

export function installTestHooks(hooks: TestHooks): void {
  if (import.meta.env.MODE === 'e2e') window.__envoy = hooks;
}
