import { join } from 'node:path';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';
import { offline } from './scripts/vite/offline.ts';
import { scenarioWatch } from './scripts/vite/scenarioWatch.ts';
import { shippedCatalog } from './scripts/vite/shippedCatalog.ts';
import { isSingleFile, singleFile } from './scripts/vite/singleFile.ts';

export default defineConfig(({ mode }) => ({
  base: './',
  // The app's icons, served beside index.html (made by scripts/make-art.ts); the one file needs none beside it.
  publicDir: isSingleFile(mode) ? false : 'assets/icons',
  plugins: [
    // `npm start`: a deleted scenario file reaches the page without a reload, like an edited one (docs/authoring.md).
    scenarioWatch(),
    // The shipped scenarios, checked at build time: beside the script as data, or inside the one file.
    shippedCatalog(import.meta.dirname, { inline: isSingleFile(mode) }),
    // The built page's Content-Security-Policy; the one-file copy (`npm run build:single`) has its own.
    ...(isSingleFile(mode) ? singleFile() : [contentSecurityPolicy()]),
    // The service worker and the web manifest; none in the single-file build.
    offline(isSingleFile(mode)),
  ],
  resolve: {
    // In the page, every schema is made by a zod told not to compile parsers from strings (the policy forbids it).
    alias: [{ find: /^zod$/, replacement: join(import.meta.dirname, 'src/platform/zodWithoutEval.ts') }],
  },
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
