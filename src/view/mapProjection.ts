/**
 * Where a place falls on the map SVGs made by scripts/make-map.ts (parameters in assets/art/maps/maps.json).
 * An equirectangular projection with a standard parallel φ0: x = (lon − lonMin) · cos φ0 · s and
 * y = (latMax − lat) · s, where s makes the map's longitude span exactly `width` pixels wide.
 * The script projects its coastlines with these same functions, so markers and land always agree.
 */
export interface MapInfo {
  file: string;
  width: number;
  height: number;
  lonMin: number;
  lonMax: number;
  latMin: number;
  latMax: number;
  standardParallel: number;
}

export interface Place {
  lat: number;
  lon: number;
}

/** Pixels per degree of latitude. */
export function mapScale(map: MapInfo): number {
  return map.width / ((map.lonMax - map.lonMin) * Math.cos((map.standardParallel * Math.PI) / 180));
}

/** A place's position in the SVG's pixel space (its viewBox), origin top left. */
export function project(map: MapInfo, lat: number, lon: number): { x: number; y: number } {
  const s = mapScale(map);
  const k = Math.cos((map.standardParallel * Math.PI) / 180);
  return { x: (lon - map.lonMin) * k * s, y: (map.latMax - lat) * s };
}

/** Whether a place lies inside the map with at least `margin` pixels to spare on every side. */
export function fits(map: MapInfo, place: Place, margin = 0): boolean {
  const { x, y } = project(map, place.lat, place.lon);
  return x >= margin && x <= map.width - margin && y >= margin && y <= map.height - margin;
}

/**
 * The map to show for these places: the smallest map other than 'world' that holds every place with room for
 * a marker and its name (`margin` pixels, 24 by default), else 'world'.
 */
export function chooseMap(maps: Record<string, MapInfo>, places: readonly Place[], margin = 24): string {
  let best = 'world';
  let bestArea = Number.POSITIVE_INFINITY;
  // Sorted keys: the choice must not depend on the order of maps.json.
  for (const key of Object.keys(maps).sort()) {
    const map = maps[key];
    if (key === 'world' || !map) continue;
    const area = (map.lonMax - map.lonMin) * (map.latMax - map.latMin);
    if (area < bestArea && places.every((p) => fits(map, p, margin))) {
      best = key;
      bestArea = area;
    }
  }
  return best;
}
