import { type Document, isAlias, isMap, isPair, isScalar, isSeq, Lexer, type Node, type Pair } from 'yaml';
import type { PathSegment } from './diagnostic';

/**
 * How deeply a text nests, measured before parsing so a hostile file cannot exhaust the parser's stack (or its
 * time: the YAML parser slows with depth). Block nesting comes from each line's indentation and its leading
 * `-`, `?` and `:` indicators (two characters a level, as in a normal file); brackets and braces first from a
 * quick scan that skips quoted text, then, when the file has enough of them to matter, from the YAML lexer's
 * own tokens, so that a bracket after an escaped quote or an apostrophe is read as YAML reads it. Nothing here
 * recurses. `offset` is where the nesting first went deeper than `limit` (-1 when it never did).
 */
export function nestingDepth(text: string, limit: number): { depth: number; offset: number } {
  let max = 0;
  let offset = -1;
  const deeper = (depth: number, at: number) => {
    if (depth > max) max = depth;
    if (depth > limit && offset < 0) offset = at;
  };
  let depth = 0;
  let openers = 0;
  let quote = 0;
  let lineStart = true;
  let indent = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      start = i + 1;
      quote = 0;
      continue;
    }
    if (lineStart) {
      // space, '-', '?', ':'
      if (c === 32 || c === 45 || c === 63 || c === 58) {
        indent++;
        continue;
      }
      lineStart = false;
      deeper(Math.floor(indent / 2), start);
    }
    if (c === 91 || c === 123) openers++;
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91 || c === 123) deeper(++depth, i);
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  if (offset >= 0 || openers <= limit) return { depth: max, offset };
  // The quick scan can be fooled by quotes (an escaped one, an apostrophe in a word): the lexer cannot.
  depth = 0;
  let at = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's tokens are the source, piece by piece, plus one-character control tokens that are not.
    if (token.length === 1 && token.charCodeAt(0) < 32) continue;
    if (token === '[' || token === '{') {
      deeper(++depth, at);
      if (offset >= 0) break;
    } else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    at += token.length;
  }
  return { depth: max, offset };
}

/** The scalar value a key stands for, as the YAML library compares keys for uniqueness. */
const keyOf = (key: unknown): unknown => (isScalar(key) ? key.value : key);

/**
 * A parsed document's maps, indexed for finding by path: each map is indexed once, the first time a path
 * goes through it, so placing many findings in one map stays linear (it was a scan of the map per finding).
 * It also finds duplicated keys in one pass over the document, which the YAML library's own check (`uniqueKeys`)
 * does by comparing each key with every earlier one: quadratic in the keys of a map.
 */
export class YamlIndex {
  private readonly maps = new Map<Node, Map<string, Pair>>();
  /** How many maps have been indexed, and how many key lookups made: the work, for tests. */
  indexed = 0;
  lookups = 0;

  constructor(private readonly doc: Document.Parsed) {}

  /** The offsets of keys that repeat an earlier key of the same map, in file order. */
  duplicateKeys(): number[] {
    const found: number[] = [];
    const stack: unknown[] = [this.doc.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (isMap(node)) {
        const seen = new Set<unknown>();
        for (const pair of node.items) {
          const key = keyOf(pair.key);
          if (seen.has(key)) found.push((pair.key as Node | null)?.range?.[0] ?? 0);
          else seen.add(key);
          stack.push(pair.key, pair.value);
        }
      } else if (isSeq(node)) {
        for (const item of node.items) stack.push(item);
      } else if (isPair(node)) {
        stack.push(node.key, node.value);
      }
    }
    return found.sort((a, b) => a - b);
  }

  private pairs(map: Node): Map<string, Pair> {
    let index = this.maps.get(map);
    if (!index) {
      index = new Map();
      this.indexed++;
      if (isMap(map))
        for (const pair of map.items) {
          // The first of equal keys, as a search from the start would find.
          const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
          if (key !== undefined && !index.has(key)) index.set(key, pair as Pair);
        }
      this.maps.set(map, index);
    }
    return index;
  }

  /** The deepest node the path reaches (the key itself at the end when `atKey`). */
  nodeAt(path: readonly PathSegment[], atKey: boolean): Node | null {
    let node: unknown = this.doc.contents;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const last = i === path.length - 1;
      if (isAlias(node)) break;
      if (isMap(node)) {
        this.lookups++;
        const pair = this.pairs(node).get(String(segment));
        if (!pair) return node;
        node = last && atKey ? pair.key : (pair.value ?? pair.key);
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
      } else {
        break;
      }
    }
    return (node as Node | null) ?? null;
  }
}
