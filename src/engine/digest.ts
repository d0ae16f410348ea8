import type { GameState } from './game';

/** A short fingerprint of a game state (FNV-1a over its JSON): equal games, equal digests. */
export function gameDigest(game: GameState): string {
  const text = JSON.stringify(game);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
