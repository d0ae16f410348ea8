import { describe, expect, it } from 'vitest';
import maps from '../../assets/art/maps/maps.json';
import { chooseMap, fits, type MapInfo, mapScale, project } from './mapProjection';

const all: Record<string, MapInfo> = maps;
const region = all['europe-middle-east'] as MapInfo;
const world = all.world as MapInfo;

const paris = { lat: 48.86, lon: 2.35 };
const moscow = { lat: 55.76, lon: 37.62 };
const damascus = { lat: 33.51, lon: 36.29 };
const geneva = { lat: 46.2, lon: 6.14 };
const montreux = { lat: 46.43, lon: 6.91 };
const istanbul = { lat: 41.01, lon: 28.98 };
const washington = { lat: 38.9, lon: -77.04 };

describe('project', () => {
  it('maps the corners of the regional map to the corners of its SVG', () => {
    expect(project(region, region.latMax, region.lonMin)).toEqual({ x: 0, y: 0 });
    const corner = project(region, region.latMin, region.lonMax);
    expect(corner.x).toBeCloseTo(region.width, 6);
    expect(corner.y).toBeCloseTo(region.height, 0);
  });

  it('uses the standard parallel: a degree of longitude is cos φ0 of a degree of latitude', () => {
    const a = project(region, 40, 10);
    const b = project(region, 39, 11);
    expect((b.x - a.x) / (b.y - a.y)).toBeCloseTo(Math.cos((44 * Math.PI) / 180), 9);
    expect(mapScale(world)).toBeCloseTo(1200 / 360, 9);
  });

  it('puts Paris, Moscow and Damascus inside the regional map where they belong', () => {
    const p = project(region, paris.lat, paris.lon);
    const m = project(region, moscow.lat, moscow.lon);
    const d = project(region, damascus.lat, damascus.lon);
    for (const place of [paris, moscow, damascus]) expect(fits(region, place, 24)).toBe(true);
    expect(p.x).toBeLessThan(m.x); // Paris west of Moscow
    expect(m.x).toBeGreaterThan(d.x); // Moscow a little east of Damascus
    expect(m.y).toBeLessThan(p.y); // Moscow north of Paris
    expect(p.y).toBeLessThan(d.y); // Paris north of Damascus
    // Paris sits about a fifth of the way across, Damascus about seven tenths.
    expect(p.x / region.width).toBeGreaterThan(0.15);
    expect(p.x / region.width).toBeLessThan(0.25);
    expect(d.x / region.width).toBeGreaterThan(0.65);
    expect(d.x / region.width).toBeLessThan(0.75);
  });

  it('projects the world map from the date line and the top edge', () => {
    expect(project(world, 78, -180)).toEqual({ x: 0, y: 0 });
    expect(project(world, 0, 0).x).toBeCloseTo(600, 9);
  });
});

describe('chooseMap', () => {
  it('picks the regional map for the road to Geneva', () => {
    expect(chooseMap(all, [paris, istanbul, montreux, geneva, damascus, moscow])).toBe('europe-middle-east');
  });

  it('picks the world map as soon as one place is outside the region', () => {
    expect(chooseMap(all, [paris, washington])).toBe('world');
    expect(chooseMap(all, [washington])).toBe('world');
  });

  it('keeps a margin: a place on the very edge of the region goes to the world map', () => {
    expect(chooseMap(all, [{ lat: 61.9, lon: 20 }])).toBe('world');
    expect(chooseMap(all, [{ lat: 61.9, lon: 20 }], 0)).toBe('europe-middle-east');
  });

  it('does not depend on the order of the maps', () => {
    const reversed = Object.fromEntries(Object.entries(all).reverse());
    expect(chooseMap(reversed, [paris])).toBe('europe-middle-east');
  });
});
