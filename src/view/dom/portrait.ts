import { TEXT } from '../text';

/**
 * Stylised geometric busts for the dossier: a drawing, never a likeness. Every feature comes from a hash of
 * key + name, so the same person always looks the same, whatever else is drawn and in whatever order.
 * Built with createElementNS and attribute setters only; the name is untrusted scenario text and only ever
 * reaches the DOM through textContent and setAttribute, never as markup.
 */
const SVG_NS = 'http://www.w3.org/2000/svg' as const;

export interface PortraitOptions {
  key: string;
  name: string;
  /** The delegation's colour, '#rgb' or '#rrggbb'; anything else falls back to a neutral grey. */
  colour: string;
  /** Width and height in CSS pixels; 160 by default. */
  size?: number;
  title?: string;
}

/** The few DOM calls the builder needs, so tests can pass a small fake document. */
export type PortraitDocument = Pick<Document, 'createElementNS'>;

export type HairStyle = 'bald' | 'receding' | 'short' | 'parted';
export type FacialHair = 'none' | 'moustache' | 'beard';
export type Glasses = 'none' | 'round' | 'square';

export interface PortraitFeatures {
  headHalfWidth: number;
  headTop: number;
  headBottom: number;
  squareness: number;
  jawTaper: number;
  hair: HairStyle;
  hairColour: string;
  glasses: Glasses;
  facialHair: FacialHair;
  jacket: string;
  shirt: string;
  tie: string | undefined;
  shoulders: number;
  browTilt: number;
}

const UN_BLUE = '#5b92e5';
const NEUTRAL = '#8a8478';
const PAPER: Rgb = [239, 231, 214];
const INK: Rgb = [42, 38, 32];
const PAPER_HEX = '#efe7d6';
const INK_HEX = '#2a2620';
// One paper-and-ink tone for every face: a printed drawing, not a skin colour, the same for all delegations.
const FACE = '#ddd1bc';
const FACE_SHADE = '#c3b398';
const HAIR_COLOURS = ['#2d2a26', '#4b4742', '#7a766e', '#a7a299'] as const;
const JACKETS = ['#30343b', '#2d3644', '#43434a', '#474039', '#3a3f3a'] as const;
const SHIRTS = ['#f3efe6', '#e2e6ea', '#efe9dc'] as const;
const TIES = ['#5d6270', '#6d5f52', '#4f5c57', '#5a5168'] as const;

/** FNV-1a, 32 bits: small, fast and stable across platforms. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a seeded sequence in [0, 1), so features are stable and independent of call order elsewhere. */
function sequence(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(next() * items.length))] as T;
}

function weighted<T>(next: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

type Rgb = [number, number, number];

function parseColour(colour: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m?.[1]) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function mixHex(a: string, b: string, t: number): string {
  return mix(parseColour(a) ?? INK, parseColour(b) ?? PAPER, t);
}

function mix(a: Rgb, b: Rgb, t: number): string {
  const c = a.map((v, i) => Math.round(v + ((b[i] as number) - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The features drawn for this key and name; exported so tests can compare portraits without a DOM. */
export function portraitFeatures(key: string, name: string): PortraitFeatures {
  const next = sequence(hash(`${key}\u001f${name}`));
  const hair = weighted<HairStyle>(next, [
    ['bald', 1],
    ['receding', 3],
    ['short', 3],
    ['parted', 3],
  ]);
  const hairColour = weighted(next, [
    [HAIR_COLOURS[0], 3],
    [HAIR_COLOURS[1], 3],
    [HAIR_COLOURS[2], 3],
    [HAIR_COLOURS[3], 2],
  ] as const);
  return {
    headHalfWidth: 13.2 + next() * 2.4,
    headTop: 17.5 + next() * 2.5,
    headBottom: 19 + next() * 2.5,
    squareness: 2.1 + next() * 0.9,
    jawTaper: 0.12 + next() * 0.2,
    hair,
    hairColour,
    glasses: weighted<Glasses>(next, [
      ['none', 6],
      ['round', 2],
      ['square', 3],
    ]),
    facialHair: weighted<FacialHair>(next, [
      ['none', 6],
      ['moustache', 2],
      ['beard', 2],
    ]),
    jacket: pick(next, JACKETS),
    shirt: pick(next, SHIRTS),
    tie: next() < 0.8 ? pick(next, TIES) : undefined,
    shoulders: next() * 4 - 2,
    browTilt: next() * 1.2 - 0.4,
  };
}

type Pt = readonly [number, number];

function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** A smooth path through points (Catmull–Rom turned into cubic Béziers). */
function smooth(points: readonly Pt[], closed: boolean): string {
  const count = points.length;
  const at = (i: number): Pt =>
    closed ? (points[(i + count) % count] as Pt) : (points[Math.max(0, Math.min(count - 1, i))] as Pt);
  let d = `M${n(at(0)[0])} ${n(at(0)[1])}`;
  const last = closed ? count : count - 1;
  for (let i = 0; i < last; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return closed ? `${d}Z` : d;
}

const CX = 50;
const CY = 44;
const FIGURE_SCALE = 1.15;

/** The head outline: a superellipse, taller below than above, narrowing to the jaw. t = 0 is the crown. */
function headPoint(f: PortraitFeatures, t: number, grow = 0): Pt {
  const s = Math.sin(t);
  const c = Math.cos(t);
  const e = 2 / f.squareness;
  const sx = Math.sign(s) * Math.abs(s) ** e;
  const sy = Math.sign(c) * Math.abs(c) ** e;
  const lower = Math.max(0, -c);
  const w = f.headHalfWidth * (1 - f.jawTaper * lower ** 1.6) + grow;
  const h = (c >= 0 ? f.headTop : f.headBottom) + grow;
  return [CX + sx * w, CY - sy * h];
}

function arc(f: PortraitFeatures, from: number, to: number, steps: number, grow = 0): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i <= steps; i++) pts.push(headPoint(f, from + ((to - from) * i) / steps, grow));
  return pts;
}

interface Layer {
  tag: 'path' | 'rect' | 'ellipse' | 'circle';
  attrs: Record<string, string | number>;
}

interface Drawing {
  background: Layer[];
  /** Drawn at a comfortable size, then scaled up about the bottom centre to fill the card. */
  figure: Layer[];
  frame: Layer[];
}

/** The drawing as flat lists of shapes, back to front. */
function drawing(f: PortraitFeatures, colour: Rgb): Drawing {
  const background: Layer[] = [];
  const out: Layer[] = [];
  const add = (tag: Layer['tag'], attrs: Layer['attrs']) => out.push({ tag, attrs });
  const eyeY = CY + 1.5;
  const mouthY = eyeY + 12.5;
  const chinY = CY + f.headBottom;
  const hw = f.headHalfWidth;
  const ink = INK_HEX;

  // Paper tinted with the delegation colour, and a darker field below the horizon, like a flag behind a desk.
  background.push(
    { tag: 'rect', attrs: { width: 100, height: 100, fill: mix(PAPER, colour, 0.3) } },
    { tag: 'rect', attrs: { y: 60, width: 100, height: 40, fill: mix(PAPER, colour, 0.55) } },
  );

  // Shoulders and jacket.
  const sh = f.shoulders;
  add('path', {
    d: `M${n(4 - sh)} 101C${n(6 - sh)} 86 ${n(14 - sh)} 78.5 ${n(30 - sh / 2)} 75L41 71.5H59L${n(70 + sh / 2)} 75C${n(86 + sh)} 78.5 ${n(94 + sh)} 86 ${n(96 + sh)} 101Z`,
    fill: f.jacket,
  });
  // Shade on the far shoulder (light from the upper left).
  add('path', {
    d: `M59 71.5L${n(70 + sh / 2)} 75C${n(86 + sh)} 78.5 ${n(94 + sh)} 86 ${n(96 + sh)} 101H66Z`,
    fill: '#000',
    'fill-opacity': 0.18,
  });

  // Neck, with the chin's shadow on it.
  const neckTop = chinY - 6;
  add('path', { d: `M42 ${n(neckTop)}V74H58V${n(neckTop)}Z`, fill: FACE });
  add('path', {
    d: `M42 ${n(chinY - 1)}Q50 ${n(chinY + 5)} 58 ${n(chinY - 1)}V${n(chinY + 3)}Q50 ${n(chinY + 7.5)} 42 ${n(chinY + 3)}Z`,
    fill: FACE_SHADE,
  });
  add('path', { d: `M54 ${n(neckTop)}V74H58V${n(neckTop)}Z`, fill: FACE_SHADE });

  // Shirt opening, collar and tie, or an open collar.
  add('path', { d: 'M41.5 71.5L50 92L58.5 71.5Z', fill: f.shirt });
  if (f.tie) {
    add('path', { d: 'M47.6 75.6H52.4L51.5 79.6H48.5Z', fill: f.tie });
    add('path', { d: 'M48.5 79.6H51.5L53.4 95.5L50 99L46.6 95.5Z', fill: f.tie });
    add('path', { d: 'M50 79.6H51.5L53.4 95.5L50 99Z', fill: '#000', 'fill-opacity': 0.15 });
  } else {
    add('path', { d: 'M45.5 71.5L50 80.5L54.5 71.5Z', fill: FACE });
    add('path', { d: 'M50 71.5V80.5L54.5 71.5Z', fill: FACE_SHADE });
  }
  add('path', {
    d: 'M41.5 70.5L50 76L45.5 81Z',
    fill: f.shirt,
    stroke: '#000',
    'stroke-opacity': 0.12,
    'stroke-width': 0.4,
  });
  add('path', {
    d: 'M58.5 70.5L50 76L54.5 81Z',
    fill: f.shirt,
    stroke: '#000',
    'stroke-opacity': 0.18,
    'stroke-width': 0.4,
  });

  // Lapels: the jacket folded back, a shade lighter, meeting at the button.
  add('path', {
    d: 'M41 71.5L36 75L40.5 79.5L38.5 81L49 94L50 92L41.5 71.5Z',
    fill: '#fff',
    'fill-opacity': 0.08,
  });
  add('path', {
    d: 'M59 71.5L64 75L59.5 79.5L61.5 81L51 94L50 92L58.5 71.5Z',
    fill: '#000',
    'fill-opacity': 0.12,
  });
  add('path', {
    d: 'M41 71.5L36 75L40.5 79.5L38.5 81L49 94M59 71.5L64 75L59.5 79.5L61.5 81L51 94',
    fill: 'none',
    stroke: '#000',
    'stroke-opacity': 0.35,
    'stroke-width': 0.6,
    'stroke-linejoin': 'round',
  });
  add('circle', { cx: 50, cy: 96.5, r: 0.9, fill: '#000', 'fill-opacity': 0.35 });

  // The delegation's colour as a small flag pin on the wearer's left lapel.
  add('rect', {
    x: 60.5,
    y: 83,
    width: 5.4,
    height: 3.6,
    rx: 0.4,
    fill: mix(colour, INK, 0.12),
    stroke: PAPER_HEX,
    'stroke-width': 0.6,
    transform: 'rotate(-8 63.2 84.8)',
  });

  // Ears, then the head with its shadow side.
  for (const side of [-1, 1]) {
    add('ellipse', {
      cx: CX + side * (hw - 0.4),
      cy: eyeY + 2.5,
      rx: 2.4,
      ry: 4.4,
      fill: side < 0 ? FACE : FACE_SHADE,
    });
  }
  const outline = arc(f, 0, Math.PI * 2, 48).slice(0, -1);
  add('path', { d: smooth(outline, true), fill: FACE });
  const shadeEdge: Pt[] = [
    [CX + hw * 0.5, CY + f.headBottom * 0.82],
    [CX + hw * 0.62, eyeY + 6],
    [CX + hw * 0.55, eyeY - 3],
    [CX + hw * 0.3, CY - f.headTop * 0.85],
  ];
  add('path', {
    d: smooth([...arc(f, 0.3, Math.PI - 0.35, 16), ...shadeEdge], true),
    fill: FACE_SHADE,
    'fill-opacity': 0.8,
  });

  // Nose: a shadow plane and the base.
  add('path', {
    d: `M${n(CX + 0.6)} ${n(eyeY + 1)}L${n(CX + 2.8)} ${n(eyeY + 8.2)}Q${n(CX + 1)} ${n(eyeY + 9.4)} ${n(CX - 1.6)} ${n(eyeY + 8.6)}Q${n(CX + 0.8)} ${n(eyeY + 8.2)} ${n(CX + 0.6)} ${n(eyeY + 1)}Z`,
    fill: FACE_SHADE,
  });

  // Facial hair: kept short and trimmed, a shade softer than the hair so it never reads as a mask.
  const whiskers = mixHex(f.hairColour, FACE, 0.2);
  const moustache = `M${n(CX - 6.4)} ${n(mouthY + 0.4)}C${n(CX - 5.4)} ${n(mouthY - 2.6)} ${n(CX - 1.6)} ${n(mouthY - 3.3)} ${n(CX)} ${n(mouthY - 2.5)}C${n(CX + 1.6)} ${n(mouthY - 3.3)} ${n(CX + 5.4)} ${n(mouthY - 2.6)} ${n(CX + 6.4)} ${n(mouthY + 0.4)}C${n(CX + 3.6)} ${n(mouthY - 0.9)} ${n(CX - 3.6)} ${n(mouthY - 0.9)} ${n(CX - 6.4)} ${n(mouthY + 0.4)}Z`;
  if (f.facialHair === 'beard') {
    const jaw = arc(f, Math.PI + 1.45, Math.PI - 1.45, 18, 0.5);
    const inner: Pt[] = [
      [CX + hw * 0.8, eyeY + 7],
      [CX + 6.6, mouthY - 0.5],
      [CX + 4.2, mouthY + 2.4],
      [CX, mouthY + 3.1],
      [CX - 4.2, mouthY + 2.4],
      [CX - 6.6, mouthY - 0.5],
      [CX - hw * 0.8, eyeY + 7],
    ];
    add('path', { d: smooth([...jaw, ...inner], true), fill: whiskers });
    add('path', { d: moustache, fill: whiskers });
  } else if (f.facialHair === 'moustache') {
    add('path', { d: moustache, fill: whiskers });
  }
  add('path', {
    d: `M${n(CX - 3.6)} ${n(mouthY + 0.3)}Q${n(CX)} ${n(mouthY + 1)} ${n(CX + 3.6)} ${n(mouthY + 0.3)}`,
    fill: 'none',
    stroke: INK_HEX,
    'stroke-opacity': 0.55,
    'stroke-width': 1,
    'stroke-linecap': 'round',
  });
  // The lower lip as a small light plane.
  add('path', {
    d: `M${n(CX - 2.4)} ${n(mouthY + 1.6)}Q${n(CX)} ${n(mouthY + 2.6)} ${n(CX + 2.4)} ${n(mouthY + 1.6)}`,
    fill: 'none',
    stroke: FACE_SHADE,
    'stroke-width': 0.9,
    'stroke-linecap': 'round',
  });

  // Eyes and brows: few marks, firmly placed.
  for (const side of [-1, 1]) {
    add('ellipse', { cx: CX + side * 5.8, cy: eyeY, rx: 1.45, ry: 0.95, fill: ink, 'fill-opacity': 0.85 });
    const inner = CX + side * 2.8;
    const outer = CX + side * 9;
    add('path', {
      d: `M${n(inner)} ${n(eyeY - 3.4 + f.browTilt)}Q${n((inner + outer) / 2)} ${n(eyeY - 4.8)} ${n(outer)} ${n(eyeY - 3.6 - f.browTilt * 0.5)}`,
      fill: 'none',
      stroke: f.hair === 'bald' ? HAIR_COLOURS[1] : f.hairColour,
      'stroke-width': 1.3,
      'stroke-linecap': 'round',
    });
  }

  // Hair over the top of the head, close-cut and tidy.
  const hairline = CY - f.headTop * 0.55;
  const temple = (side: number): Pt => [CX + side * (hw - 0.1), eyeY - 5.2];
  if (f.hair !== 'bald') {
    const outer = arc(f, -1.62, 1.62, 24, 1.3);
    const top = CY - f.headTop;
    const inner: Pt[] =
      f.hair === 'short'
        ? [
            temple(1),
            [CX + hw * 0.8, hairline + 1.2],
            [CX + hw * 0.35, hairline - 0.3],
            [CX - hw * 0.35, hairline - 0.3],
            [CX - hw * 0.8, hairline + 1.2],
            temple(-1),
          ]
        : f.hair === 'parted'
          ? [
              temple(1),
              [CX + hw * 0.78, hairline + 0.8],
              [CX + hw * 0.1, hairline - 0.6],
              [CX - hw * 0.42, hairline - 2.6],
              [CX - hw * 0.8, hairline - 0.4],
              temple(-1),
            ]
          : // Receding: deep at the temples, a high line across the crown.
            [
              temple(1),
              [CX + hw * 0.86, hairline - 1],
              [CX + hw * 0.55, top + 5],
              [CX + hw * 0.2, top + 3.4],
              [CX - hw * 0.2, top + 3.4],
              [CX - hw * 0.55, top + 5],
              [CX - hw * 0.86, hairline - 1],
              temple(-1),
            ];
    add('path', { d: smooth([...outer, ...inner], true), fill: f.hairColour });
    // Light from the upper left: a soft sheen, and the parting as a thin line.
    add('path', {
      d: smooth(arc(f, -1.2, -0.35, 8, -0.5), false),
      fill: 'none',
      stroke: '#fff',
      'stroke-opacity': 0.14,
      'stroke-width': 1.4,
      'stroke-linecap': 'round',
    });
    if (f.hair === 'parted') {
      add('path', {
        d: `M${n(CX - hw * 0.42)} ${n(hairline - 2.6)}Q${n(CX - hw * 0.46)} ${n(top + 1)} ${n(CX - hw * 0.25)} ${n(top - 1)}`,
        fill: 'none',
        stroke: FACE,
        'stroke-opacity': 0.45,
        'stroke-width': 0.5,
        'stroke-linecap': 'round',
      });
    }
  }
  // A bare head: only a touch of light on the crown.
  if (f.hair === 'bald') {
    add('path', {
      d: smooth(arc(f, -0.75, 0.2, 8, -1.4), false),
      fill: 'none',
      stroke: '#fff',
      'stroke-opacity': 0.3,
      'stroke-width': 1.2,
      'stroke-linecap': 'round',
    });
  }

  // Glasses last: thin ink frames over the eyes.
  if (f.glasses !== 'none') {
    const frame = {
      fill: '#fff',
      'fill-opacity': 0.12,
      stroke: ink,
      'stroke-width': 0.9,
      'stroke-opacity': 0.85,
    };
    for (const side of [-1, 1]) {
      if (f.glasses === 'round') add('circle', { cx: CX + side * 5.9, cy: eyeY + 0.2, r: 3.9, ...frame });
      else
        add('rect', { x: CX + side * 5.9 - 4.1, y: eyeY - 2.6, width: 8.2, height: 5.6, rx: 1.5, ...frame });
    }
    add('path', {
      d: `M${n(CX - 2)} ${n(eyeY - 0.6)}Q${n(CX)} ${n(eyeY - 1.8)} ${n(CX + 2)} ${n(eyeY - 0.6)}M${n(CX - 9.9)} ${n(eyeY - 0.8)}L${n(CX - hw + 0.2)} ${n(eyeY - 1.4)}M${n(CX + 9.9)} ${n(eyeY - 0.8)}L${n(CX + hw - 0.2)} ${n(eyeY - 1.4)}`,
      fill: 'none',
      stroke: ink,
      'stroke-width': 0.9,
      'stroke-opacity': 0.85,
    });
  }

  // A thin ink frame, as on a card in a file.
  const frame: Layer[] = [
    {
      tag: 'rect',
      attrs: {
        x: 0.5,
        y: 0.5,
        width: 99,
        height: 99,
        fill: 'none',
        stroke: ink,
        'stroke-opacity': 0.35,
        'stroke-width': 1,
      },
    },
  ];
  return { background, figure: out, frame };
}

/**
 * Builds the portrait as an <svg> element. `doc` defaults to the page's document; tests pass a fake one.
 * The name and title are set as text and attribute values only.
 */
export function portrait(options: PortraitOptions, doc: PortraitDocument = document): SVGSVGElement {
  const size = options.size ?? 160;
  const fallback = options.key === 'envoy' ? UN_BLUE : NEUTRAL;
  const colour = parseColour(options.colour) ?? (parseColour(fallback) as Rgb);
  const features = portraitFeatures(options.key, options.name);

  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 100 100');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', TEXT.portrait(options.name));
  svg.setAttribute('class', 'portrait');
  svg.setAttribute('data-portrait', options.key);

  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = options.title
    ? `${options.name}, ${options.title}: a stylised drawing, not a likeness`
    : `${options.name}: a stylised drawing, not a likeness`;
  svg.appendChild(title);

  const parts = drawing(features, colour);
  const append = (parent: Element, layer: Layer) => {
    const shape = doc.createElementNS(SVG_NS, layer.tag);
    for (const [name, value] of Object.entries(layer.attrs)) shape.setAttribute(name, String(value));
    parent.appendChild(shape);
  };
  for (const layer of parts.background) append(svg, layer);
  const figure = doc.createElementNS(SVG_NS, 'g');
  figure.setAttribute('transform', `translate(50 100) scale(${FIGURE_SCALE}) translate(-50 -100)`);
  for (const layer of parts.figure) append(figure, layer);
  svg.appendChild(figure);
  for (const layer of parts.frame) append(svg, layer);
  return svg;
}
