import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICONS, iconFile } from './icon';
import { encodePng } from './png';

const ICON_DIR = join(import.meta.dirname, '..', '..', 'assets', 'icons');

/** Reads back what encodePng writes: the size, and the RGBA pixels (every row unfiltered). */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const rows = inflateSync(Buffer.concat(data));
  const rgba = Buffer.concat(
    Array.from({ length: height }, (_, y) =>
      rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)),
    ),
  );
  return { width, height, rgba };
}

describe('the icons', () => {
  it('writes a PNG that reads back pixel for pixel', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 9, 9, 255]);
    expect(decode(encodePng(rgba, 2, 2))).toEqual({ width: 2, height: 2, rgba: Buffer.from(rgba) });
  });

  it('are committed as `npm run assets` draws them today', () => {
    for (const name of Object.keys(ICONS).filter((n) => n.endsWith('.svg') || n === 'icon-192.png')) {
      const committed = readFileSync(join(ICON_DIR, name));
      const drawn = iconFile(name);
      if (typeof drawn === 'string') expect(committed.toString('utf8'), name).toBe(drawn);
      else {
        const [a, b] = [decode(committed), decode(drawn)];
        expect([a.width, a.height], name).toEqual([b.width, b.height]);
        // Buffer.equals: a deep toEqual over every byte is far slower.
        expect(a.rgba.equals(b.rgba), `${name}: run \`npm run assets\` and commit the icons`).toBe(true);
      }
    }
  });

  it('fill the square to its corners where the system crops them, and leave the rounded one’s corners clear', () => {
    const corner = (name: string) => decode(readFileSync(join(ICON_DIR, name))).rgba[3];
    expect(corner('apple-touch-icon.png')).toBe(255);
    expect(corner('icon-maskable-512.png')).toBe(255);
    expect(corner('icon-192.png')).toBe(0);
  });
});
