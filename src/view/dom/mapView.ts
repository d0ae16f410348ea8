import maps from '../../../assets/art/maps/maps.json';
import type { Scenario } from '../../scenario/schema';
import { chooseMap, type MapInfo, project } from '../mapProjection';
import { TEXT } from '../text';
import { h } from './h';

const mapUrls = import.meta.glob<string>('../../../assets/art/maps/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The scenario's places on a paper map; the place of the day (if any) is marked. */
export function mapView(scenario: Scenario, highlight?: string): HTMLElement {
  const catalog = maps as Record<string, MapInfo>;
  const key = chooseMap(catalog, scenario.places);
  const map = catalog[key]!;
  const url = Object.entries(mapUrls).find(([path]) => path.endsWith(map.file.split('/').pop()!))?.[1];
  const placed: { x: number; y: number }[] = [];
  const markers = scenario.places.map((place) => {
    const { x, y } = project(map, place.lat, place.lon);
    const here = place.name === highlight;
    // Close neighbours (Geneva and Montreux) put their labels on the other side, so names never overlap.
    const crowded = placed.filter((p) => Math.hypot(p.x - x, p.y - y) < 60).length;
    placed.push({ x, y });
    return h(
      'li',
      {
        class: `map-marker ${here ? 'here' : ''} ${crowded % 2 === 1 || x / map.width > 0.85 ? 'label-left' : ''}`,
        style: `left: ${(x / map.width) * 100}%; top: ${(y / map.height) * 100}%`,
      },
      h('span', { class: 'map-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'map-label' }, here ? `${place.name}${TEXT.plan.today_}` : place.name),
    );
  });
  return h(
    'figure',
    { class: 'map' },
    h(
      'div',
      { class: 'map-frame', style: `aspect-ratio: ${map.width} / ${map.height}` },
      url ? h('img', { src: url, alt: '', class: 'map-image' }) : null,
      h('ul', { class: 'map-markers', 'aria-label': TEXT.plan.places }, ...markers),
    ),
  );
}
