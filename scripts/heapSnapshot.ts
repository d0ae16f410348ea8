import { readFileSync } from 'node:fs';

/**
 * Reading V8 heap snapshots (the JSON that CDP's HeapProfiler.takeHeapSnapshot streams), to find what a page
 * keeps: live objects by constructor, and the objects a span of games made that are still alive after another.
 */

interface RawSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Kinds of V8's own (compiled code, object shapes, roots): they grow while the JIT warms up, and are no leak. */
const INTERNAL = new Set(['code', 'hidden', 'object shape', 'synthetic']);

class Snapshot {
  readonly raw: RawSnapshot;
  readonly width: number;
  readonly types: string[];
  private readonly field: Record<'type' | 'name' | 'id' | 'size' | 'edges' | 'detached', number>;

  constructor(file: string) {
    this.raw = JSON.parse(readFileSync(file, 'utf8')) as RawSnapshot;
    const fields = this.raw.snapshot.meta.node_fields;
    this.width = fields.length;
    this.types = this.raw.snapshot.meta.node_types[0];
    const at = (name: string) => fields.indexOf(name);
    this.field = {
      type: at('type'),
      name: at('name'),
      id: at('id'),
      size: at('self_size'),
      edges: at('edge_count'),
      detached: at('detachedness'),
    };
  }

  get count(): number {
    return this.raw.nodes.length / this.width;
  }
  type(n: number): string {
    return this.types[this.raw.nodes[n * this.width + this.field.type]!]!;
  }
  id(n: number): number {
    return this.raw.nodes[n * this.width + this.field.id]!;
  }
  size(n: number): number {
    return this.raw.nodes[n * this.width + this.field.size]!;
  }
  edgeCount(n: number): number {
    return this.raw.nodes[n * this.width + this.field.edges]!;
  }
  /** Objects by constructor, closures by function name, the rest by V8's kind; detached DOM said so. */
  kind(n: number): string {
    const type = this.type(n);
    const name = this.raw.strings[this.raw.nodes[n * this.width + this.field.name]!]!;
    let kind = `(${type})`;
    if (type === 'object' || type === 'native') kind = name.split(' ')[0]!;
    if (type === 'closure') kind = `closure ${name || '(anonymous)'}`;
    const detached = this.field.detached >= 0 && this.raw.nodes[n * this.width + this.field.detached] === 2;
    return detached ? `detached ${kind}` : kind;
  }
  /** V8's own bookkeeping: compiled code and its data, object shapes, roots, `system / …` objects. */
  internal(n: number): boolean {
    const name = this.raw.strings[this.raw.nodes[n * this.width + this.field.name]!]!;
    return INTERNAL.has(this.type(n)) || name.startsWith('system /');
  }
  maxId(): number {
    let max = 0;
    for (let n = 0; n < this.count; n++) max = Math.max(max, this.id(n));
    return max;
  }
}

export interface KindGrowth {
  kind: string;
  'count +': number;
  count: number;
  'KB +': number;
}

function tally(snapshot: Snapshot, keep: (n: number) => boolean = () => true) {
  const kinds = new Map<string, { count: number; bytes: number; first: number }>();
  for (let n = 0; n < snapshot.count; n++) {
    if (!keep(n)) continue;
    const kind = snapshot.kind(n);
    const entry = kinds.get(kind) ?? { count: 0, bytes: 0, first: n };
    entry.count++;
    entry.bytes += snapshot.size(n);
    kinds.set(kind, entry);
  }
  return kinds;
}

/** The kinds of live object that grew from one snapshot to the next (V8's compiled code apart), most bytes first. */
export function compareSnapshots(before: string, after: string): KindGrowth[] {
  const a = tally(new Snapshot(before));
  const later = new Snapshot(after);
  const b = tally(later, (n) => !later.internal(n));
  return [...b]
    .map(([kind, k]) => ({
      kind,
      'count +': k.count - (a.get(kind)?.count ?? 0),
      count: k.count,
      bytes: k.bytes - (a.get(kind)?.bytes ?? 0),
    }))
    .filter((k) => k['count +'] > 0 || k.bytes > 0)
    .sort((x, y) => y.bytes - x.bytes)
    .map(({ bytes, ...k }) => ({ ...k, 'KB +': Math.round(bytes / 1024) }));
}

export interface Kept {
  readonly kind: string;
  readonly count: number;
  readonly bytes: number;
  /** How one of them is reached: each line an edge and the object holding it, up to an object older than the span. */
  readonly path: readonly string[];
}

/**
 * The objects first seen in `middle` (so made after `first`) that are still alive in `last`: what games played
 * between the first two snapshots left behind after a later one. V8 keeps an object's snapshot id for its
 * lifetime within one page, and gives every object new since the last snapshot a higher id.
 */
export function keptObjects(first: string, middle: string, last: string): Kept[] {
  const low = new Snapshot(first).maxId();
  const high = new Snapshot(middle).maxId();
  const s = new Snapshot(last);
  const { edges, strings } = s.raw;
  const edgeWidth = s.raw.snapshot.meta.edge_fields.length;
  const edgeTypes = s.raw.snapshot.meta.edge_types[0];
  // Who holds each object (weak references hold nothing).
  const holders: number[][] = Array.from({ length: s.count }, () => []);
  for (let n = 0, e = 0; n < s.count; n++) {
    for (let i = 0; i < s.edgeCount(n); i++, e += edgeWidth) {
      if (edgeTypes[edges[e]!] !== 'weak') holders[edges[e + 2]! / s.width]!.push(n, e);
    }
  }
  const span = (n: number) => s.id(n) > low && s.id(n) <= high;
  const edgeName = (e: number) => {
    const type = edgeTypes[edges[e]!]!;
    const value = edges[e + 1]!;
    return type === 'element' || type === 'hidden' ? `[${value}]` : `${type} ${strings[value]}`;
  };
  const pathTo = (start: number): string[] => {
    const path: string[] = [];
    const seen = new Set([start]);
    for (let n = start; path.length < 12; ) {
      const held = holders[n]!;
      let i = 0;
      while (i < held.length && seen.has(held[i]!)) i += 2;
      if (i >= held.length) break;
      const holder = held[i]!;
      seen.add(holder);
      path.push(`${edgeName(held[i + 1]!)} ← ${s.kind(holder)}${span(holder) ? '' : ' (older)'}`);
      if (!span(holder) && s.id(holder) <= low) break;
      n = holder;
    }
    return path;
  };
  const kinds = tally(s, (n) => span(n) && !s.internal(n));
  return [...kinds]
    .map(([kind, k]) => ({ kind, count: k.count, bytes: k.bytes, path: pathTo(k.first) }))
    .sort((x, y) => y.bytes - x.bytes);
}

export interface DetachedHold {
  /** How many detached DOM objects this holder keeps (through it, not beside it). */
  readonly count: number;
  /** The shortest path from the page's roots to the first detached object: each line an edge and its holder. */
  readonly path: readonly string[];
}

/**
 * DOM taken out of the page but still alive (a screen replaced, a panel closed), grouped by the detached object
 * nearest the roots on its shortest way in: what keeps it, most objects first.
 */
export function detachedDom(file: string): DetachedHold[] {
  const s = new Snapshot(file);
  const { edges, strings, nodes } = s.raw;
  const fields = s.raw.snapshot.meta.node_fields;
  const detached = fields.indexOf('detachedness');
  if (detached < 0) return [];
  const edgeWidth = s.raw.snapshot.meta.edge_fields.length;
  const edgeTypes = s.raw.snapshot.meta.edge_types[0];
  const isDetached = (n: number) => nodes[n * s.width + detached] === 2;
  // Breadth first from the roots (node 0) over strong edges: each object's shortest way in.
  const parent = new Int32Array(s.count).fill(-1);
  const via = new Int32Array(s.count).fill(-1);
  const firstEdge = new Int32Array(s.count);
  for (let n = 1; n < s.count; n++) firstEdge[n] = firstEdge[n - 1]! + s.edgeCount(n - 1) * edgeWidth;
  const queue = [0];
  parent[0] = 0;
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    for (let i = 0, e = firstEdge[n]!; i < s.edgeCount(n); i++, e += edgeWidth) {
      if (edgeTypes[edges[e]!] === 'weak') continue;
      const to = edges[e + 2]! / s.width;
      if (parent[to] !== -1) continue;
      parent[to] = n;
      via[to] = e;
      queue.push(to);
    }
  }
  const entries = new Map<number, number>();
  for (let n = 0; n < s.count; n++) {
    if (!isDetached(n) || parent[n] === -1) continue;
    // The detached object nearest the roots on its way in: what holds it holds all of them behind it.
    let entry = n;
    for (let m = n; m !== 0; m = parent[m]!) if (isDetached(m)) entry = m;
    entries.set(entry, (entries.get(entry) ?? 0) + 1);
  }
  const edgeName = (e: number) => {
    const type = edgeTypes[edges[e]!]!;
    const value = edges[e + 1]!;
    return type === 'element' || type === 'hidden' ? `[${value}]` : `${type} ${strings[value]}`;
  };
  const label = (n: number) =>
    `${strings[nodes[n * s.width + fields.indexOf('name')]!]!.slice(0, 80)}${isDetached(n) ? ' (detached)' : ''}`;
  return [...entries]
    .sort((a, b) => b[1] - a[1])
    .map(([entry, count]) => {
      const path: string[] = [];
      for (let n = entry; n !== 0 && path.length < 24; n = parent[n]!)
        path.push(`${label(n)} ← ${edgeName(via[n]!)} of`);
      path.push('(the roots)');
      return { count, path };
    });
}
