/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { offerUpdates, type UpdatePort } from './updateOffer';

/**
 * Registers the service worker that keeps the game for offline play (made by vite-plugin-pwa at build time:
 * scripts/vite/offline.ts), once the page has loaded, and offers each new version through `port`. Skipped by the
 * dev server (`npm start`), the single-file build (`VITE_SINGLE_FILE=true`), a page opened as a file, and a
 * browser without service workers.
 */
export function keepForOffline(port: UpdatePort): void {
  if (import.meta.env.DEV || import.meta.env.VITE_SINGLE_FILE === 'true') return;
  if (window.location.protocol === 'file:' || !('serviceWorker' in navigator)) return;
  offerUpdates(registerSW, port);
}
