import { VitePWA } from 'vite-plugin-pwa';
import { PALETTE } from '../../src/view/palette.ts';

const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/**
 * Navigations the game page must never answer: the class server's HTTP API (`/live/sessions…` is ours, `/matchmake/…`
 * the network library's). Its calls are POSTs, which a service worker never caches anyway, and its WebSocket
 * never passes through one; this keeps a link into the API (typed or followed) from opening the game instead.
 */
export const NOT_THE_GAME = [/\/live\/sessions(\/|\?|$)/, /\/matchmake\//];

/**
 * The service worker (Workbox's generateSW) and the web manifest (docs/architecture.md, "Offline"). Everything
 * the build emits is precached, so one visit is enough to play offline; the live session's chunks too, so that a
 * page kept by the worker always finds the chunks of its own version (they stay lazy: nothing runs them offline).
 * A new version waits until the player accepts it (src/platform/serviceWorker.ts). `disable` leaves the worker
 * and the manifest out (the single-file build); `virtual:pwa-register` then registers nothing.
 */
export function offline(disable: boolean) {
  return VitePWA({
    disable,
    strategies: 'generateSW',
    registerType: 'prompt',
    // Registered from code (src/platform/serviceWorker.ts): no inline script, for a strict script-src.
    injectRegister: false,
    manifest: {
      id: './',
      name: 'Geneva II: The Envoy',
      short_name: 'The Envoy',
      description:
        'A classroom negotiation game: the ten days before the Geneva II conference on Syria, January 2014.',
      lang: 'en',
      // Relative to the manifest, so the game installs from any folder it is served from.
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: hex(PALETTE.deskDark),
      theme_color: hex(PALETTE.deskDark),
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    // The icons are precached with the rest (globPatterns), once.
    includeManifestIcons: false,
    workbox: {
      // Fonts as woff2 only: every browser the game supports reads it, so the woff fallbacks are never fetched.
      globPatterns: ['**/*.{html,js,css,json,svg,png,mp3,ogg,woff2}'],
      // The game's first chunk is about 2 MB; a build that outgrows this fails rather than ships a worker that
      // leaves a file out.
      maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      // The first visit is served by the worker as soon as it is ready (sound and lazy chunks loaded later come
      // from the cache); an update, though, waits for the player (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Any address in the game's folder (`?seed=`, `#teacher`, `?server=`) opens the cached page.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: NOT_THE_GAME,
      // Nothing is cached at run time: only the build's own files, listed when it was built.
      runtimeCaching: [],
    },
  });
}
