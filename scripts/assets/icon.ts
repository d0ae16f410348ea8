/**
 * The game's icon (assets/icons/, `npm run assets`): a typed page on the desk, stamped in the envoy's UN blue,
 * drawn from one list of shapes as SVG and as the PNGs an installed app needs.
 */
import { PALETTE } from '../../src/view/palette';
import { encodePng } from './png';
import { rasterise, type Shape, toSvg } from './shapes';

const SIZE = 512;
const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/** A five-pointed star's corners, outer radius r and inner radius q, pointing up (as on the dossier stamp). */
function star(cx: number, cy: number, r: number, q: number): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : q;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

/**
 * `bleed` fills the whole square (a maskable icon, which the system crops to its own shape); otherwise the desk
 * is a rounded square. Everything that matters lies within the maskable safe zone (a circle of 40% of the size
 * about the centre).
 */
export function iconShapes(bleed: boolean): Shape[] {
  const type = '#3d372e';
  const bars = [150, 132, 158, 118, 146, 160, 126, 104, 150, 138].map(
    (w, i): Shape => ({
      kind: 'rect',
      x: 174,
      y: 190 + i * 20,
      w,
      h: 7,
      r: 2,
      fill: '#5b5346',
      opacity: 0.3,
    }),
  );
  const blue = hex(PALETTE.unBlue);
  return [
    { kind: 'rect', x: 0, y: 0, w: SIZE, h: SIZE, r: bleed ? 0 : 96, fill: hex(PALETTE.desk) },
    { kind: 'rect', x: 150, y: 96, w: 212, h: 308, r: 6, fill: hex(PALETTE.paper) },
    { kind: 'rect', x: 174, y: 124, w: 96, h: 12, r: 3, fill: type, opacity: 0.6 },
    { kind: 'rect', x: 174, y: 146, w: 64, h: 8, r: 2, fill: type, opacity: 0.4 },
    { kind: 'rect', x: 174, y: 168, w: 164, h: 3, fill: type, opacity: 0.35 },
    ...bars,
    { kind: 'ring', cx: 318, cy: 338, r: 70, width: 10, stroke: blue, opacity: 0.92 },
    { kind: 'ring', cx: 318, cy: 338, r: 50, width: 4, stroke: blue, opacity: 0.92 },
    { kind: 'polygon', points: star(318, 338, 28, 11), fill: blue, opacity: 0.92 },
  ];
}

/**
 * Every icon file: installing in Chromium takes PNGs of 192 and 512 pixels (and a maskable one for Android);
 * iOS takes a 180-pixel square without transparency; the browser tab, the SVG.
 */
export const ICONS: Readonly<Record<string, { bleed: boolean; px?: number }>> = {
  'icon.svg': { bleed: false },
  'icon-192.png': { bleed: false, px: 192 },
  'icon-512.png': { bleed: false, px: 512 },
  'icon-maskable-512.png': { bleed: true, px: 512 },
  'apple-touch-icon.png': { bleed: true, px: 180 },
};

export function iconFile(name: string): Buffer | string {
  const spec = ICONS[name];
  if (!spec) throw new Error(`no icon called ${name}`);
  const shapes = iconShapes(spec.bleed);
  return spec.px ? encodePng(rasterise(shapes, SIZE, spec.px), spec.px, spec.px) : toSvg(shapes, SIZE);
}
