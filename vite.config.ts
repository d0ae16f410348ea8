import { defineConfig, loadEnv } from 'vite';
import { offline } from './scripts/vite/offline.ts';
import { scenarioWatch } from './scripts/vite/scenarioWatch.ts';

export default defineConfig(({ mode }) => ({
  base: './',
  // The app's icons, served beside index.html (made by scripts/make-art.ts).
  publicDir: 'assets/icons',
  plugins: [
    // `npm start`: a deleted scenario file reaches the page without a reload, like an edited one (docs/authoring.md).
    scenarioWatch(),
    // The service worker and the web manifest; none in the single-file build.
    offline(loadEnv(mode, process.cwd(), 'VITE_').VITE_SINGLE_FILE === 'true'),
  ],
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    strictPort: true,
    // An editor's save can truncate a file before writing it: wait until it is whole, so a scenario file is never
    // read half-written (the page would show "the file is empty" for a save that was fine).
    watch: { awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 30 } },
  },
  preview: { port: 4173, strictPort: true },
}));
