import { defineConfig } from 'vitest/config';

/**
 * Simulation-sized tests (thousands of whole games, the CLIs run as processes) get their own project with
 * generous explicit timeouts: a busy machine makes them slower, never red. They match `*.sim.test.ts`.
 */
const SIMULATION = ['src/**/*.sim.test.ts', 'scripts/**/*.sim.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // The files share one module graph per worker (the engine, the schema, the scenarios are imported once, not
    // 70 times); no test mocks a module, and every test builds its own actors and state.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: SIMULATION,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'simulation',
          include: SIMULATION,
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The class server on loopback: Colyseus keeps one matchmaker per process, so one file at a time.
          name: 'server',
          include: ['server/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
