/**
 * Rebuilds assets/art/*.svg and the app's icons in assets/icons/ (`npm run assets`). Plain geometric shapes; no
 * photos, no insignia.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS, iconFile } from './assets/icon';

const out = join(import.meta.dirname, '..', 'assets', 'art');
const iconsOut = join(import.meta.dirname, '..', 'assets', 'icons');

/** A typed briefing page: paper, a header rule and grey bars for lines of type. */
function typedPage(seed: number): string {
  let s = seed;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  const lines: string[] = [];
  for (let y = 120; y < 560; y += 22) {
    if (next() < 0.12) continue;
    const width = 260 + Math.round(next() * 160);
    lines.push(`<rect x="48" y="${y}" width="${width}" height="7" rx="2" fill="#5b5346" opacity="0.28"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="460" height="620" viewBox="0 0 460 620">
  <rect width="460" height="620" fill="#efe7d6"/>
  <rect x="48" y="48" width="180" height="12" rx="2" fill="#3d372e" opacity="0.55"/>
  <rect x="48" y="72" width="120" height="8" rx="2" fill="#3d372e" opacity="0.35"/>
  <line x1="48" y1="98" x2="412" y2="98" stroke="#3d372e" stroke-opacity="0.35" stroke-width="1.5"/>
  ${lines.join('\n  ')}
</svg>
`;
}

/** A five-pointed star's outline, outer radius r and inner radius q, pointing up. */
function starPoints(cx: number, cy: number, r: number, q: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : q;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}

/** A round rubber stamp, slightly uneven ink; its words fit any scenario (the scenario names its own office). */
function stamp(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
  <defs>
    <path id="ring" d="M120,120 m-86,0 a86,86 0 1,1 172,0 a86,86 0 1,1 -172,0"/>
  </defs>
  <g fill="none" stroke="#8e2f2a" stroke-opacity="0.78">
    <circle cx="120" cy="120" r="110" stroke-width="6"/>
    <circle cx="120" cy="120" r="66" stroke-width="3"/>
  </g>
  <text font-family="IBM Plex Mono, monospace" font-size="19" letter-spacing="3" fill="#8e2f2a" fill-opacity="0.78">
    <textPath href="#ring">CONFIDENTIAL · DOSSIER · CONFIDENTIAL ·</textPath>
  </text>
  <polygon points="${starPoints(120, 120, 34, 14)}" fill="#8e2f2a" fill-opacity="0.78"/>
</svg>
`;
}

const files: Record<string, string> = {
  'typed-page-a.svg': typedPage(11),
  'typed-page-b.svg': typedPage(29),
  'stamp-dossier.svg': stamp(),
};

for (const [name, svg] of Object.entries(files)) {
  writeFileSync(join(out, name), svg);
  console.log(`wrote ${join(out, name)}`);
}

// The app's icons, served beside index.html (vite's publicDir).
mkdirSync(iconsOut, { recursive: true });
for (const name of Object.keys(ICONS)) {
  writeFileSync(join(iconsOut, name), iconFile(name));
  console.log(`wrote ${join(iconsOut, name)}`);
}
