import { describe, expect, it } from 'vitest';
import { NOT_THE_GAME } from './offline';

/** Workbox's navigation route checks its denylist against the address's path and query. */
const answeredWithTheGame = (address: string) => {
  const url = new URL(address, 'http://school.example');
  return !NOT_THE_GAME.some((pattern) => pattern.test(url.pathname + url.search));
};

describe('the service worker answers navigations with the game, but not the class server’s API', () => {
  it('opens the game at any of its own addresses, in any folder', () => {
    for (const address of [
      '/',
      '/index.html',
      '/?seed=11',
      '/games/envoy/',
      '/games/envoy/?server=http://x:2567',
      '/live/envoy/',
    ])
      expect(answeredWithTheGame(address), address).toBe(true);
  });

  it('leaves the class server’s own addresses to the server', () => {
    for (const address of [
      '/live/sessions',
      '/live/sessions/ABC123/revive',
      '/matchmake/joinById/class',
      '/games/envoy/live/sessions',
    ])
      expect(answeredWithTheGame(address), address).toBe(false);
  });
});
