import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileContentSecurityPolicy } from './contentSecurityPolicy.ts';

export const SINGLE_FILE_NAME = 'geneva-ii-the-envoy.html';

/**
 * The one-file copy for a classroom without a server (`npm run build:single`, mode `single`). The e2e build of it
 * (with the test hooks) is `VITE_SINGLE_FILE=true vite build --mode e2e`.
 */
export function isSingleFile(mode: string): boolean {
  return mode === 'single' || process.env.VITE_SINGLE_FILE === 'true';
}

/**
 * Everything in one HTML file that runs from file://: every chunk (the lazy ones too) in one inline script, the
 * styles inline, the art, sound and fonts as data: URLs. `import.meta.env.VITE_SINGLE_FILE` is 'true' in it.
 */
export function singleFile(): PluginOption[] {
  const settings: Plugin = {
    name: 'envoy:single-file',
    apply: 'build',
    config: () => ({
      define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify('true') },
      build: { assetsInlineLimit: () => true },
    }),
  };
  // Phaser reads a data: URL's art as base64 (Vite writes SVG ones URL-encoded), and decodes it byte by byte:
  // base64 of pure ASCII, every other character written as an XML character reference.
  const svgAsBase64: Plugin = {
    name: 'envoy:single-file-svg',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!/\.svg\?url$/.test(id)) return null;
      const ascii = readFileSync(id.slice(0, -'?url'.length), 'utf8').replace(
        /[\u0080-\u{10ffff}]/gu,
        (c) => `&#${c.codePointAt(0)};`,
      );
      return `export default ${JSON.stringify(`data:image/svg+xml;base64,${Buffer.from(ascii).toString('base64')}`)};`;
    },
  };
  // The page's icons (public files beside index.html elsewhere) go inside the file too.
  const icons: Plugin = {
    name: 'envoy:single-file-icons',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(/href="\/(icon\.svg|apple-touch-icon\.png)"/g, (_match, name: string) => {
        const type = name.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
        const bytes = readFileSync(join(import.meta.dirname, '../../assets/icons', name));
        return `href="data:${type};base64,${bytes.toString('base64')}"`;
      }),
  };
  const rename: Plugin = {
    name: 'envoy:single-file-name',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        delete bundle['index.html'];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page.source });
      },
    },
  };
  return [settings, svgAsBase64, icons, viteSingleFile(), singleFileContentSecurityPolicy(), rename];
}
