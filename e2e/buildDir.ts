/** The port the browser tests' preview server listens on, and the e2e build it serves (one per port). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_OUT_DIR = E2E_PORT === 4173 ? 'dist-e2e' : `dist-e2e-${E2E_PORT}`;
