import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy: everything from the page's own origin, nothing inline, no `eval`. Phaser
 * draws SVG art through blob: and data: images; Howler unlocks HTML5 audio with a data: sound; downloads are
 * blob: links (navigation, which a policy does not restrict). `'self'` covers the class server's websocket when
 * the server serves the page (`npm run class`): it matches ws: on the page's own host and port.
 */
export function pagePolicy(extraConnect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' data:",
    `connect-src ${["'self'", ...extraConnect].join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The one-file copy's policy: its script and styles are inline, so they are allowed by their hashes; its art,
 * fonts and sound are data: URLs, which Phaser and Howler decode themselves. A page opened from a file has no
 * class server to reach, and fetches nothing.
 */
export function singleFilePolicy(scripts: readonly string[], styles: readonly string[]): string {
  const hashes = (texts: readonly string[]) =>
    texts.map((t) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`);
  return [
    "default-src 'none'",
    `script-src ${hashes(scripts).join(' ')}`,
    `style-src ${hashes(styles).join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    'media-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * `CLASS_SERVER_ORIGINS`: the class servers a build may reach besides the page's own origin, for a game served
 * from one address that students point at a class server on another (`?server=`), separated by spaces or commas.
 * Each origin is allowed over HTTP and its websocket (http: with ws:, https: with wss:).
 */
export function classServerOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const entry of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`CLASS_SERVER_ORIGINS: "${entry}" is not an address; write it as http://host:port`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`CLASS_SERVER_ORIGINS: "${entry}" is not an http: or https: address`);
    if (url.pathname !== '/' || url.search || url.hash || url.username)
      throw new Error(
        `CLASS_SERVER_ORIGINS: "${entry}" names more than a server; write only http://host:port`,
      );
    origins.push(url.origin, url.origin.replace(/^http/, 'ws'));
  }
  return origins;
}

const metaTag = (policy: string) => ({
  tag: 'meta',
  attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
  injectTo: 'head-prepend' as const,
});

/** Builds only: the dev server's hot reload injects inline script, and it serves no student. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'envoy:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [metaTag(pagePolicy(classServerOrigins(process.env.CLASS_SERVER_ORIGINS)))],
  };
}

const INLINE = /<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g;

/** The policy for the one-file copy, from its inlined code: runs after vite-plugin-singlefile has inlined it. */
export function singleFileContentSecurityPolicy(): Plugin {
  return {
    name: 'envoy:single-file-content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          if (!/<meta charset[^>]*>/i.test(html))
            this.error(`${file.fileName} has no <meta charset> to put the policy after`);
          const scripts: string[] = [];
          const styles: string[] = [];
          for (const [, tag, text] of html.matchAll(INLINE))
            (tag === 'script' ? scripts : styles).push(text!);
          const policy = singleFilePolicy(scripts, styles);
          // After the charset, before anything it governs: a policy in a meta applies only to what follows it.
          file.source = html.replace(
            /<meta charset[^>]*>/i,
            (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          );
        }
      },
    },
  };
}
