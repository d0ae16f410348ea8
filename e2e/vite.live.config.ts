import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config.ts';

/**
 * The dev server (`npm start`) as the live-authoring test runs it: the project's own config, with its dependency
 * cache in the temporary folder (node_modules may be shared with other checkouts) and that folder allowed.
 */
export default defineConfig((env) =>
  mergeConfig(base(env), {
    cacheDir: join(tmpdir(), 'geneva-envoy-vite-live'),
    server: { fs: { allow: [process.cwd(), realpathSync(join(process.cwd(), 'node_modules'))] } },
  }),
);
