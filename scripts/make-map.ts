/**
 * Rebuilds assets/art/maps/*.svg and maps.json (`npx tsx scripts/make-map.ts`): Natural Earth country shapes
 * (public domain, via the world-atlas npm package) drawn as an envoy's dossier map. No labels: the game places
 * its own markers and names with src/view/mapProjection.ts, which this script also uses, so they always agree.
 * Deterministic: same data in, same bytes out.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature, mergeArcs, mesh } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { type MapInfo, project } from '../src/view/mapProjection';

type Pt = [number, number];
type CountryObject = (Polygon | MultiPolygon) & { id?: string | number; properties?: { name?: string } };

const require = createRequire(import.meta.url);
const out = join(import.meta.dirname, '..', 'assets', 'art', 'maps');

const INK = '#5b5346';
const SEA = '#c9cfc9';
const LAND = '#e6dcc6';
const SYRIA = '#dccba6';
const WATERLINE = '#aab3ae';

// ISO 3166-1 numeric codes, as world-atlas uses them for ids.
const ISR = '376';
const PSE = '275';
const SYR = '760';
const RUS = '643';
const UKR = '804';
const MAR = '504';
const ESH = '732';
const ATA = '010';

/**
 * The 1923/1949 line west of the Golan Heights (Jordan river, the Sea of Galilee's eastern shore, to the
 * Yarmouk), traced by hand at map scale (±0.03°, under a pixel here). Natural Earth draws the Golan inside
 * Israel; in January 2014, as today, the UN (Security Council resolution 497) held it to be Syrian territory
 * under Israeli occupation, so the map shows it as Syrian with the 1974 ceasefire line dashed.
 */
const GOLAN_WEST_LINE: Pt[] = [
  [35.665, 33.5],
  [35.665, 33.27],
  [35.645, 33.2],
  [35.64, 33.1],
  [35.635, 33.0],
  [35.625, 32.92],
  [35.64, 32.88],
  [35.655, 32.83],
  [35.645, 32.77],
  [35.63, 32.72],
  [35.66, 32.69],
  [35.665, 32.5],
];

/** Boundaries the UN draws as undetermined or provisional: dashed here rather than solid. */
const DASHED_PAIRS = new Set([pairKey(ISR, SYR), pairKey(ISR, PSE), pairKey(MAR, ESH)]);

function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

interface MapSpec {
  key: string;
  source: string;
  info: MapInfo;
  /** Douglas–Peucker tolerance in pixels. */
  tolerance: number;
  /** Islands smaller than this (square pixels) are left out. */
  minArea: number;
  graticuleStep: number;
  /** Distances of the waterlines from the coast, in pixels. */
  waterlines: number[];
  borderWidth: number;
  coastWidth: number;
}

function loadTopology(file: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology;
}

/** Decodes the quantised, delta-encoded arcs to absolute degrees and drops the transform. */
function absolutise(topology: Topology): void {
  const t = topology.transform;
  if (!t) return;
  topology.arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0] ?? 0;
      y += p[1] ?? 0;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
  delete topology.transform;
}

function countries(topology: Topology): CountryObject[] {
  const obj = topology.objects.countries;
  if (obj?.type !== 'GeometryCollection') throw new Error('no countries in topology');
  return obj.geometries as CountryObject[];
}

function idOf(g: GeometryObject): string {
  return String((g as CountryObject).id ?? '');
}

function pointInRing(pt: Pt, ring: readonly number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Natural Earth 4.1 draws Crimea inside Russia (its de facto policy). In January 2014 Crimea was part of
 * Ukraine, and the UN General Assembly (resolution 68/262) still holds it to be, so it goes back to Ukraine.
 */
function returnCrimea(topology: Topology): void {
  const all = countries(topology);
  const russia = all.find((g) => idOf(g) === RUS);
  const ukraineIndex = all.findIndex((g) => idOf(g) === UKR);
  const ukraine = all[ukraineIndex];
  if (russia?.type !== 'MultiPolygon' || !ukraine) throw new Error('Russia or Ukraine missing');
  const crimea: Pt = [34.2, 45.2];
  const k = russia.arcs.findIndex((polygon) => {
    const f = feature(topology, { type: 'Polygon', arcs: polygon });
    const outer = f.geometry.coordinates[0];
    return outer !== undefined && pointInRing(crimea, outer);
  });
  const polygon = russia.arcs[k];
  if (!polygon) throw new Error('Crimea not found in Russia: has the data changed?');
  russia.arcs.splice(k, 1);
  // mergeArcs dissolves the shared arc across the isthmus, so no line is drawn there.
  const merged = mergeArcs(topology, [ukraine, { type: 'Polygon', arcs: polygon }]);
  all[ukraineIndex] = { ...merged, id: ukraine.id, properties: ukraine.properties } as CountryObject;
}

function simplify(points: Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return points;
  const first = points[0] as Pt;
  const last = points[points.length - 1] as Pt;
  if (first[0] === last[0] && first[1] === last[1]) {
    // A closed arc: split at its farthest point so neither half collapses to a point.
    let far = 1;
    let best = -1;
    for (let i = 1; i < points.length - 1; i++) {
      const p = points[i] as Pt;
      const d = (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2;
      if (d > best) {
        best = d;
        far = i;
      }
    }
    const a = douglasPeucker(points.slice(0, far + 1), tolerance);
    const b = douglasPeucker(points.slice(far), tolerance);
    return [...a, ...b.slice(1)];
  }
  return douglasPeucker(points, tolerance);
}

function douglasPeucker(points: Pt[], tolerance: number): Pt[] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [i0, i1] = stack.pop() as [number, number];
    const a = points[i0] as Pt;
    const b = points[i1] as Pt;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let at = -1;
    for (let i = i0 + 1; i < i1; i++) {
      const p = points[i] as Pt;
      const d =
        len === 0
          ? Math.hypot(p[0] - a[0], p[1] - a[1])
          : Math.abs(dy * (p[0] - a[0]) - dx * (p[1] - a[1])) / len;
      if (d > worst) {
        worst = d;
        at = i;
      }
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([i0, at], [at, i1]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Projects every arc to pixels and simplifies it once, so shared borders stay shared (no slivers). */
function projectArcs(topology: Topology, spec: MapSpec): void {
  topology.arcs = topology.arcs.map((arc) => {
    const pts = arc.map((p): Pt => {
      const { x, y } = project(spec.info, p[1] ?? 0, p[0] ?? 0);
      return [x, y];
    });
    return simplify(pts, spec.tolerance);
  });
}

function ringArea(ring: readonly number[][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    a += (xj + xi) * (yj - yi);
  }
  return Math.abs(a / 2);
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Sutherland–Hodgman against an axis-aligned rectangle (convex, so the result is exact). */
function clipRing(ring: readonly number[][], r: Rect): Pt[] {
  let pts: Pt[] = ring.map((p) => [p[0] ?? 0, p[1] ?? 0]);
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= r.x0, (a, b) => lerpX(a, b, r.x0)],
    [(p) => p[0] <= r.x1, (a, b) => lerpX(a, b, r.x1)],
    [(p) => p[1] >= r.y0, (a, b) => lerpY(a, b, r.y0)],
    [(p) => p[1] <= r.y1, (a, b) => lerpY(a, b, r.y1)],
  ];
  for (const [inside, cut] of edges) {
    const next: Pt[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i] as Pt;
      const prev = pts[(i + pts.length - 1) % pts.length] as Pt;
      if (inside(cur)) {
        if (!inside(prev)) next.push(cut(prev, cur));
        next.push(cur);
      } else if (inside(prev)) next.push(cut(prev, cur));
    }
    pts = next;
    if (pts.length === 0) break;
  }
  return pts;
}

function lerpX(a: Pt, b: Pt, x: number): Pt {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}

function lerpY(a: Pt, b: Pt, y: number): Pt {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

/** Cuts a polyline to the pieces inside the rectangle (Liang–Barsky per segment, joined where continuous). */
function clipLine(line: readonly number[][], r: Rect): Pt[][] {
  const pieces: Pt[][] = [];
  let current: Pt[] = [];
  for (let i = 1; i < line.length; i++) {
    const a: Pt = [line[i - 1]?.[0] ?? 0, line[i - 1]?.[1] ?? 0];
    const b: Pt = [line[i]?.[0] ?? 0, line[i]?.[1] ?? 0];
    const seg = clipSegment(a, b, r);
    if (!seg) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const [p, q] = seg;
    const tail = current[current.length - 1];
    if (!tail || tail[0] !== p[0] || tail[1] !== p[1]) {
      if (current.length > 1) pieces.push(current);
      current = [p];
    }
    current.push(q);
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

function clipSegment(a: Pt, b: Pt, r: Rect): [Pt, Pt] | undefined {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - r.x0],
    [dx, r.x1 - a[0]],
    [-dy, a[1] - r.y0],
    [dy, r.y1 - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return undefined;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return undefined;
  const at = (t: number): Pt => (t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy]);
  return [at(t0), at(t1)];
}

/** Tenths of a pixel as the shortest SVG number: 12 → "1.2", 5 → ".5", -5 → "-.5", 30 → "3". */
function num(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}

/** Path data with relative moves in tenths of a pixel; rounding happens before differencing, so no drift. */
function pathData(lines: readonly Pt[][], closed: boolean): string {
  let d = '';
  for (const line of lines) {
    const pts: [number, number][] = [];
    for (const [x, y] of line) {
      const q: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const prev = pts[pts.length - 1];
      if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) pts.push(q);
    }
    if (closed && pts.length > 1) {
      const a = pts[0] as [number, number];
      const b = pts[pts.length - 1] as [number, number];
      if (a[0] === b[0] && a[1] === b[1]) pts.pop();
    }
    if (pts.length < (closed ? 3 : 2)) continue;
    const [x0, y0] = pts[0] as [number, number];
    let s = `M${num(x0)} ${num(y0)}l`;
    for (let i = 1; i < pts.length; i++) {
      const [x, y] = pts[i] as [number, number];
      const [px, py] = pts[i - 1] as [number, number];
      const dx = num(x - px);
      const dy = num(y - py);
      s += `${i === 1 || dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
    }
    d += closed ? `${s}z` : s;
  }
  return d;
}

/**
 * Rings that cross the antimeridian jump by a whole map width in x. Unwrap them to run on continuously, then
 * return copies shifted by a map width either way; clipping keeps whichever parts fall inside the frame.
 */
function wrapRing(ring: readonly number[][], period: number | undefined): Pt[][] {
  const pts: Pt[] = ring.map((p) => [p[0] ?? 0, p[1] ?? 0]);
  if (period === undefined) return [pts];
  let shift = 0;
  let crossed = false;
  const unwrapped = pts.map((p, i): Pt => {
    const prev = pts[i - 1];
    if (prev) {
      if (p[0] - prev[0] > period / 2) shift -= period;
      else if (prev[0] - p[0] > period / 2) shift += period;
      if (shift !== 0) crossed = true;
    }
    return [p[0] + shift, p[1]];
  });
  if (!crossed) return [pts];
  return [-period, 0, period].map((dx) => unwrapped.map(([x, y]): Pt => [x + dx, y]));
}

/** Splits a line wherever it jumps across the antimeridian. */
function splitLine(line: readonly number[][], period: number | undefined): Pt[][] {
  const pieces: Pt[][] = [[]];
  for (const p of line) {
    const pt: Pt = [p[0] ?? 0, p[1] ?? 0];
    const current = pieces[pieces.length - 1] as Pt[];
    const prev = current[current.length - 1];
    if (period !== undefined && prev && Math.abs(pt[0] - prev[0]) > period / 2) pieces.push([pt]);
    else current.push(pt);
  }
  return pieces.filter((piece) => piece.length > 1);
}

/** The polygons of a topology object, as rings of points (whatever GeoJSON shape feature() returns). */
function polygonsOf(topology: Topology, object: GeometryObject): number[][][][] {
  const f = feature(topology, object);
  const geometries = 'features' in f ? f.features.map((x) => x.geometry) : [f.geometry];
  return geometries.flatMap((g) =>
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [],
  );
}

function buildMap(spec: MapSpec): string {
  const { info } = spec;
  const topology = loadTopology(spec.source);
  absolutise(topology);
  returnCrimea(topology);
  projectArcs(topology, spec);

  // A few pixels beyond the frame, so clipped edges never show a stroke.
  const pad = 4;
  const rect: Rect = { x0: -pad, y0: -pad, x1: info.width + pad, y1: info.height + pad };
  const period = info.lonMax - info.lonMin >= 360 ? info.width : undefined;
  const all = countries(topology);
  const byId = new Map(all.map((g) => [idOf(g), g]));

  const landObject = topology.objects.land;
  if (!landObject) throw new Error('no land in topology');
  const landRings: Pt[][] = [];
  for (const polygon of polygonsOf(topology, landObject as GeometryObject)) {
    const outer = polygon[0];
    if (!outer || ringArea(outer) < spec.minArea) continue;
    for (const ring of polygon) {
      for (const copy of wrapRing(ring, period)) {
        const clipped = clipRing(copy, rect);
        if (clipped.length >= 3 && ringArea(clipped) >= spec.minArea / 4) landRings.push(clipped);
      }
    }
  }

  const borderLines = (dashed: boolean): Pt[][] => {
    const m = mesh(topology, topology.objects.countries as GeometryObject, (a, b) => {
      if (a === b) return false;
      const ia = idOf(a);
      const ib = idOf(b);
      if (ia === ATA || ib === ATA) return false;
      // Entities without an ISO code (N. Cyprus, Kosovo, Somaliland…) have undetermined boundaries.
      const undetermined = ia === '' || ib === '' || DASHED_PAIRS.has(pairKey(ia, ib));
      return undetermined === dashed;
    });
    return m.coordinates.flatMap((line) => splitLine(line, period).flatMap((piece) => clipLine(piece, rect)));
  };

  const syria = byId.get(SYR);
  const israel = byId.get(ISR);
  if (!syria || !israel) throw new Error('Syria or Israel missing');
  const ringsOf = (g: CountryObject): Pt[][] =>
    polygonsOf(topology, g).flatMap((p) =>
      p.flatMap((ring) => wrapRing(ring, period).map((copy) => clipRing(copy, rect))),
    );

  const golanLine: Pt[] = GOLAN_WEST_LINE.map(([lon, lat]) => {
    const { x, y } = project(info, lat, lon);
    return [x, y];
  });
  // Everything east of the line (far enough to cover the Golan); clipped to Israel's shape by the SVG.
  const east = project(info, 33.5, 37);
  const golanArea: Pt[] = [
    ...golanLine,
    [east.x, golanLine[golanLine.length - 1]?.[1] ?? 0],
    [east.x, east.y],
  ];

  const id = (name: string) => `${spec.key}-${name}`;
  const graticule: Pt[][] = [];
  const step = spec.graticuleStep;
  for (let lon = Math.ceil(info.lonMin / step) * step; lon <= info.lonMax; lon += step) {
    const a = project(info, info.latMax, lon);
    const b = project(info, info.latMin, lon);
    graticule.push([
      [a.x, a.y],
      [b.x, b.y],
    ]);
  }
  for (let lat = Math.ceil(info.latMin / step) * step; lat <= info.latMax; lat += step) {
    const a = project(info, lat, info.lonMin);
    const b = project(info, lat, info.lonMax);
    graticule.push([
      [a.x, a.y],
      [b.x, b.y],
    ]);
  }

  const w = info.width;
  const h = info.height;
  const bw = spec.borderWidth;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<title>${spec.key === 'world' ? 'World' : 'Europe and the Middle East'}: outline map (Natural Earth data)</title>
<defs>
<path id="${id('land')}" d="${pathData(landRings, true)}"/>
<clipPath id="${id('israel')}"><path d="${pathData(ringsOf(israel), true)}"/></clipPath>
</defs>
<rect width="${w}" height="${h}" fill="${SEA}"/>
<path d="${pathData(graticule, false)}" fill="none" stroke="${INK}" stroke-opacity="0.16" stroke-width="0.6"/>
${waterlines(id('land'), spec.waterlines)}
<use href="#${id('land')}" xlink:href="#${id('land')}" fill="${LAND}" fill-rule="evenodd"/>
<path d="${pathData(ringsOf(syria), true)}" fill="${SYRIA}"/>
<path d="${pathData([golanArea], true)}" fill="${SYRIA}" clip-path="url(#${id('israel')})"/>
<g fill="none" stroke="${INK}" stroke-linejoin="round" stroke-linecap="round">
<path d="${pathData(borderLines(false), false)}" stroke-opacity="0.55" stroke-width="${bw}"/>
<path d="${pathData(borderLines(true), false)}" stroke-opacity="0.55" stroke-width="${bw}" stroke-dasharray="${(bw * 3).toFixed(1)} ${(bw * 2.5).toFixed(1)}" stroke-linecap="butt"/>
<path d="${pathData([golanLine], false)}" stroke-opacity="0.55" stroke-width="${bw}" clip-path="url(#${id('israel')})"/>
<use href="#${id('land')}" xlink:href="#${id('land')}" stroke-opacity="0.75" stroke-width="${spec.coastWidth}"/>
</g>
<rect x="0.75" y="0.75" width="${w - 1.5}" height="${h - 1.5}" fill="none" stroke="${INK}" stroke-opacity="0.6" stroke-width="1.5"/>
</svg>
`;
}

/**
 * Engraved-map waterlines: rings around every coast, made by stroking the land path alternately in ink and in
 * sea colour (wide first), so no offset geometry is needed and the file stays small.
 */
function waterlines(landId: string, offsets: readonly number[]): string {
  const ref = `href="#${landId}" xlink:href="#${landId}"`;
  const line = 0.7;
  return [...offsets]
    .sort((a, b) => b - a)
    .map(
      (d) =>
        `<use ${ref} fill="none" stroke="${WATERLINE}" stroke-width="${(2 * d + line).toFixed(1)}" stroke-linejoin="round"/>\n` +
        `<use ${ref} fill="none" stroke="${SEA}" stroke-width="${(2 * d - line).toFixed(1)}" stroke-linejoin="round"/>`,
    )
    .join('\n');
}

function mapInfo(
  file: string,
  width: number,
  lon: [number, number],
  lat: [number, number],
  standardParallel: number,
): MapInfo {
  const [lonMin, lonMax] = lon;
  const [latMin, latMax] = lat;
  const s = width / ((lonMax - lonMin) * Math.cos((standardParallel * Math.PI) / 180));
  return {
    file,
    width,
    height: Math.round((latMax - latMin) * s),
    lonMin,
    lonMax,
    latMin,
    latMax,
    standardParallel,
  };
}

const specs: MapSpec[] = [
  {
    key: 'europe-middle-east',
    source: 'countries-50m.json',
    info: mapInfo('maps/europe-middle-east.svg', 1200, [-12, 56], [26, 62], 44),
    tolerance: 0.2,
    minArea: 3,
    graticuleStep: 10,
    waterlines: [3, 6.5],
    borderWidth: 0.7,
    coastWidth: 0.8,
  },
  {
    key: 'world',
    source: 'countries-110m.json',
    info: mapInfo('maps/world.svg', 1200, [-180, 180], [-58, 78], 0),
    tolerance: 0.2,
    minArea: 1,
    graticuleStep: 30,
    waterlines: [2.5],
    borderWidth: 0.5,
    coastWidth: 0.6,
  },
];

mkdirSync(out, { recursive: true });
const index: Record<string, MapInfo> = {};
for (const spec of specs) {
  const svg = buildMap(spec);
  const file = join(out, `${spec.key}.svg`);
  writeFileSync(file, svg);
  index[spec.key] = spec.info;
  console.log(`wrote ${file} (${(svg.length / 1024).toFixed(0)} KB)`);
}
writeFileSync(join(out, 'maps.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${join(out, 'maps.json')}`);
