import { GAME_LENGTHS, type GameLength, lengthsOf } from './gameLength';
import type { ScenarioEntry } from './runContext';
import { scenarioDigest } from './scenarioDigest';

/**
 * A class code: eight characters a teacher writes on the board ("K7QM-2XRB") that give every student the same
 * game. Six carry the scenario's digest (which scenario, which version of its text), the length and the seed;
 * two are a check that catches any one mistyped character and any two swapped neighbours.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARS = 6;
const CHECK_MODULUS = 1021;
const SEED_BITS = 14;
const DIGEST_BITS = 13;
const LENGTH_BITS = 2;
const CODE_VERSION = 0;

export interface ClassGame {
  readonly entry: ScenarioEntry;
  readonly seed: number;
  readonly length: GameLength;
}

export type CodeProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'shape'; readonly count: number }
  | { readonly kind: 'character'; readonly character: string }
  | { readonly kind: 'typo' }
  | { readonly kind: 'newer' }
  | { readonly kind: 'foreign' };

export type CodeRead =
  | { readonly ok: true; readonly code: string; readonly game: ClassGame }
  | { readonly ok: false; readonly problem: CodeProblem };

const digestBits = (entry: ScenarioEntry) =>
  Number.parseInt(scenarioDigest(entry.scenario), 16) & ((1 << DIGEST_BITS) - 1);

function checkOf(values: readonly number[]): number {
  return values.reduce((sum, value, i) => (sum + (i + 1) * value) % CHECK_MODULUS, 0);
}

/** The code for a game: the seed is cut to the bits a code carries, so the class plays `game.seed` as returned. */
export function makeClassCode(
  entry: ScenarioEntry,
  seed: number,
  length: GameLength,
): ClassGame & { code: string } {
  const classSeed = (seed >>> 0) & ((1 << SEED_BITS) - 1);
  if (!lengthsOf(entry.scenario).includes(length)) length = 'full';
  let bits = CODE_VERSION;
  bits = bits * (1 << LENGTH_BITS) + GAME_LENGTHS.indexOf(length);
  bits = bits * (1 << DIGEST_BITS) + digestBits(entry);
  bits = bits * (1 << SEED_BITS) + classSeed;
  const values: number[] = [];
  for (let i = 0; i < DATA_CHARS; i++) {
    values.unshift(bits % 32);
    bits = Math.floor(bits / 32);
  }
  const check = checkOf(values);
  values.push(Math.floor(check / 32), check % 32);
  const chars = values.map((v) => ALPHABET[v]!).join('');
  return { code: `${chars.slice(0, 4)}-${chars.slice(4)}`, entry, seed: classSeed, length };
}

/** What a student typed, as the code's characters: any case, spaces and dashes ignored, O read as 0, I and L as 1. */
function normalise(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s\-‐-―_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Reads a typed code against the scenarios this copy of the game has; says what is wrong, never throws. */
export function readClassCode(typed: string, entries: readonly ScenarioEntry[]): CodeRead {
  const chars = normalise(typed.slice(0, 200));
  if (chars.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const stray = [...chars].find((c) => !ALPHABET.includes(c));
  if (stray !== undefined) return { ok: false, problem: { kind: 'character', character: stray } };
  if (chars.length !== DATA_CHARS + 2) return { ok: false, problem: { kind: 'shape', count: chars.length } };
  const values = [...chars].map((c) => ALPHABET.indexOf(c));
  const data = values.slice(0, DATA_CHARS);
  if (checkOf(data) !== values[DATA_CHARS]! * 32 + values[DATA_CHARS + 1]!)
    return { ok: false, problem: { kind: 'typo' } };
  let bits = data.reduce((n, v) => n * 32 + v, 0);
  const seed = bits % (1 << SEED_BITS);
  bits = Math.floor(bits / (1 << SEED_BITS));
  const digest = bits % (1 << DIGEST_BITS);
  bits = Math.floor(bits / (1 << DIGEST_BITS));
  const lengthIndex = bits % (1 << LENGTH_BITS);
  const version = Math.floor(bits / (1 << LENGTH_BITS));
  const length = GAME_LENGTHS[lengthIndex];
  if (version !== CODE_VERSION || length === undefined) return { ok: false, problem: { kind: 'newer' } };
  const entry = entries.find((e) => digestBits(e) === digest);
  if (!entry) return { ok: false, problem: { kind: 'foreign' } };
  return { ok: true, code: `${chars.slice(0, 4)}-${chars.slice(4)}`, game: { entry, seed, length } };
}
