import type { GameState } from './game';

/** FNV-1a over a string, 32 bits: small, fast and the same on every platform. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short fingerprint of a game state (FNV-1a over its JSON): equal games, equal digests. */
export function gameDigest(game: GameState): string {
  return textHash(JSON.stringify(game)).toString(16).padStart(8, '0');
}
