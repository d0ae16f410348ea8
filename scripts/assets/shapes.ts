/**
 * Flat shapes drawn two ways from one description: as SVG, and as anti-aliased pixels (for the PNG icons an
 * installed app needs). Painted in order, each over the ones before.
 */
export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r?: number; fill: string; opacity?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; opacity?: number }
  /** A circle's outline: `r` is the outer edge, `width` inward from it. */
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number; stroke: string; opacity?: number }
  | { kind: 'polygon'; points: readonly (readonly [number, number])[]; fill: string; opacity?: number };

const n = (v: number) => String(Math.round(v * 100) / 100);
const alpha = (opacity: number | undefined) => (opacity === undefined ? '' : ` opacity="${n(opacity)}"`);

function svgOf(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${s.r ? ` rx="${n(s.r)}"` : ''} fill="${s.fill}"${alpha(s.opacity)}/>`;
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}"${alpha(s.opacity)}/>`;
    case 'ring':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r - s.width / 2)}" fill="none" stroke="${s.stroke}" stroke-width="${n(s.width)}"${alpha(s.opacity)}/>`;
    case 'polygon':
      return `<polygon points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${s.fill}"${alpha(s.opacity)}/>`;
  }
}

export function toSvg(shapes: readonly Shape[], size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  ${shapes.map(svgOf).join('\n  ')}
</svg>
`;
}

/** Whether the point (x, y) lies inside the shape. */
function inside(s: Shape, x: number, y: number): boolean {
  switch (s.kind) {
    case 'rect': {
      if (x < s.x || x > s.x + s.w || y < s.y || y > s.y + s.h) return false;
      const r = s.r ?? 0;
      const dx = Math.max(s.x + r - x, x - (s.x + s.w - r), 0);
      const dy = Math.max(s.y + r - y, y - (s.y + s.h - r), 0);
      return dx * dx + dy * dy <= r * r;
    }
    case 'circle':
      return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    case 'ring': {
      const d = Math.hypot(x - s.cx, y - s.cy);
      return d <= s.r && d >= s.r - s.width;
    }
    case 'polygon': {
      // Even-odd crossing count.
      let on = false;
      const p = s.points;
      for (let i = 0, j = p.length - 1; i < p.length; j = i++) {
        const [xi, yi] = p[i]!;
        const [xj, yj] = p[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) on = !on;
      }
      return on;
    }
  }
}

function boundsOf(s: Shape): [number, number, number, number] {
  switch (s.kind) {
    case 'rect':
      return [s.x, s.y, s.x + s.w, s.y + s.h];
    case 'circle':
    case 'ring':
      return [s.cx - s.r, s.cy - s.r, s.cx + s.r, s.cy + s.r];
    case 'polygon': {
      const xs = s.points.map((p) => p[0]);
      const ys = s.points.map((p) => p[1]);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
  }
}

const rgbOf = (hex: string): [number, number, number] => {
  const v = Number.parseInt(hex.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};

/** Samples per pixel along each axis: 16 in all, enough for smooth edges at icon sizes. */
const SUPER = 4;

/** RGBA pixels of the shapes (drawn on a `size`-unit square) at `px`×`px`, transparent where nothing is drawn. */
export function rasterise(shapes: readonly Shape[], size: number, px: number): Uint8Array {
  const scale = size / px;
  // Premultiplied colour and alpha, as floats, composited "over".
  const acc = new Float64Array(px * px * 4);
  for (const s of shapes) {
    const [r, g, b] = rgbOf(s.kind === 'ring' ? s.stroke : s.fill).map((c) => c / 255) as [
      number,
      number,
      number,
    ];
    const opacity = s.opacity ?? 1;
    const [x0, y0, x1, y1] = boundsOf(s);
    const left = Math.max(0, Math.floor(x0 / scale));
    const top = Math.max(0, Math.floor(y0 / scale));
    const right = Math.min(px - 1, Math.ceil(x1 / scale));
    const bottom = Math.min(px - 1, Math.ceil(y1 / scale));
    for (let py = top; py <= bottom; py++) {
      for (let qx = left; qx <= right; qx++) {
        // A convex shape holding the pixel's four corners holds the whole pixel.
        const convex = s.kind === 'rect' || s.kind === 'circle';
        const x = qx * scale;
        const y = py * scale;
        const whole =
          convex &&
          inside(s, x, y) &&
          inside(s, x + scale, y) &&
          inside(s, x, y + scale) &&
          inside(s, x + scale, y + scale);
        let hits = whole ? SUPER * SUPER : 0;
        if (!whole)
          for (let sy = 0; sy < SUPER; sy++)
            for (let sx = 0; sx < SUPER; sx++)
              if (inside(s, (qx + (sx + 0.5) / SUPER) * scale, (py + (sy + 0.5) / SUPER) * scale)) hits++;
        if (hits === 0) continue;
        const a = (hits / (SUPER * SUPER)) * opacity;
        const i = (py * px + qx) * 4;
        acc[i] = r * a + acc[i]! * (1 - a);
        acc[i + 1] = g * a + acc[i + 1]! * (1 - a);
        acc[i + 2] = b * a + acc[i + 2]! * (1 - a);
        acc[i + 3] = a + acc[i + 3]! * (1 - a);
      }
    }
  }
  const out = new Uint8Array(px * px * 4);
  for (let i = 0; i < out.length; i += 4) {
    const a = acc[i + 3]!;
    for (let c = 0; c < 3; c++) out[i + c] = a > 0 ? Math.round((acc[i + c]! / a) * 255) : 0;
    out[i + 3] = Math.round(a * 255);
  }
  return out;
}
