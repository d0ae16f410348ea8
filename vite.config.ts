import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';
import { scenarioWatch } from './scripts/vite/scenarioWatch.ts';
import { isSingleFile, singleFile } from './scripts/vite/singleFile.ts';

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    // `npm start`: a deleted scenario file reaches the page without a reload, like an edited one (docs/authoring.md).
    scenarioWatch(),
    // The built page's Content-Security-Policy; the one-file copy (`npm run build:single`) has its own.
    ...(isSingleFile(mode) ? singleFile() : [contentSecurityPolicy()]),
  ],
  build: {
    outDir: isSingleFile(mode) ? 'dist-single' : mode === 'e2e' ? 'dist-e2e' : 'dist',
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
