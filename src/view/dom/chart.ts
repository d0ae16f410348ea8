import type { DebriefData } from '../../flow/debrief';
import { TEXT } from '../text';
import { h } from './h';

const SVG = 'http://www.w3.org/2000/svg';
// Drawn at about the size it is shown (the sheet gives each panel 520px or more), so the labels read at 13px+.
export const SIZE = 520;
/** Room on the left and below for the axis titles and ticks; a little on the top and right. */
export const PAD = 64;
export const EDGE = 14;
const TICKS = [0, 25, 50, 75, 100] as const;
/** The plotting square's side. */
export const SPAN = SIZE - PAD - EDGE;
/** Points (0–100) on the panel: across, and up. */
export const xOf = (u: number) => PAD + (u / 100) * SPAN;
export const yOf = (u: number) => SIZE - PAD - (u / 100) * SPAN;

/** A panel's frame, grid and ticks, drawn first. */
export function drawFrame(root: SVGSVGElement): void {
  root.append(svg('rect', { x: PAD, y: EDGE, width: SPAN, height: SPAN, class: 'chart-frame' }));
  for (const t of TICKS) {
    if (t > 0 && t < 100) {
      root.append(svg('line', { x1: xOf(t), y1: EDGE, x2: xOf(t), y2: SIZE - PAD, class: 'chart-grid' }));
      root.append(svg('line', { x1: PAD, y1: yOf(t), x2: SIZE - EDGE, y2: yOf(t), class: 'chart-grid' }));
    }
    root.append(
      svg('text', { x: xOf(t), y: SIZE - PAD + 18, class: 'tick', 'text-anchor': 'middle' }, `${t}`),
    );
    root.append(svg('text', { x: PAD - 6, y: yOf(t) + 5, class: 'tick', 'text-anchor': 'end' }, `${t}`));
  }
}

/** The two parties' names along the axes, drawn last. */
export function drawAxisNames(root: SVGSVGElement, across: string, up: string): void {
  const middle = PAD + SPAN / 2;
  root.append(
    svg('text', { x: middle, y: SIZE - 12, class: 'axis', 'text-anchor': 'middle' }, `${across} →`),
  );
  root.append(
    svg(
      'text',
      {
        x: 20,
        y: SIZE - middle,
        class: 'axis',
        'text-anchor': 'middle',
        transform: `rotate(-90 20 ${SIZE - middle})`,
      },
      `${up} →`,
    ),
  );
}

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

interface Marked {
  readonly name: string;
  readonly shape: 'circle' | 'diamond' | 'triangle' | 'square';
  readonly className: string;
  readonly utilities: readonly number[];
}

export function marker(shape: Marked['shape'], x: number, y: number, className: string, r = 9): SVGElement {
  switch (shape) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r, class: className });
    case 'square':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, class: className });
    case 'diamond':
      return svg('polygon', {
        points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`,
        class: className,
      });
    case 'triangle':
      return svg('polygon', {
        points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`,
        class: className,
      });
  }
}

function marked(data: DebriefData): Marked[] {
  const list: Marked[] = [
    {
      name: TEXT.chart.yourText,
      shape: 'circle',
      className: 'mark-player',
      utilities: data.player.utilities,
    },
  ];
  if (data.nash)
    list.push({
      name: TEXT.chart.nash,
      shape: 'diamond',
      className: 'mark-nash',
      utilities: data.nash.utilities,
    });
  if (data.better && data.better.kind === 'dominates')
    list.push({
      name: TEXT.chart.better,
      shape: 'triangle',
      className: 'mark-better',
      utilities: data.better.utilities,
    });
  if (data.actual)
    list.push({
      name: TEXT.chart.actual,
      shape: 'square',
      className: 'mark-actual',
      utilities: data.actual.utilities,
    });
  return list;
}

/** One panel: party a's utility across, party b's up; every possible text faint, the frontier darker. */
function panel(data: DebriefData, a: number, b: number, marks: readonly Marked[]): SVGSVGElement {
  const x = xOf;
  const y = yOf;
  const pa = data.parties[a]!;
  const pb = data.parties[b]!;
  const root = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`,
    width: SIZE,
    height: SIZE,
    class: 'chart-panel',
    role: 'img',
    'aria-label': TEXT.chart.against(pa.name, pb.name),
  });
  drawFrame(root);
  // The zone both accept: right of a's walk-away, above b's.
  root.append(
    svg('rect', {
      x: x(pa.walkAway),
      y: EDGE,
      width: Math.max(0, x(100) - x(pa.walkAway)),
      height: Math.max(0, y(pb.walkAway) - EDGE),
      class: 'chart-zone',
    }),
  );
  for (const u of data.cloud) root.append(svg('circle', { cx: x(u[a]!), cy: y(u[b]!), r: 3, class: 'dot' }));
  for (const u of data.frontier)
    root.append(svg('circle', { cx: x(u[a]!), cy: y(u[b]!), r: 4.5, class: 'dot-frontier' }));
  root.append(
    svg('line', { x1: x(pa.walkAway), y1: EDGE, x2: x(pa.walkAway), y2: SIZE - PAD, class: 'walk-away' }),
  );
  root.append(
    svg('line', { x1: PAD, y1: y(pb.walkAway), x2: SIZE - EDGE, y2: y(pb.walkAway), class: 'walk-away' }),
  );
  for (const m of [...marks].reverse())
    root.append(marker(m.shape, x(m.utilities[a]!), y(m.utilities[b]!), m.className));
  drawAxisNames(root, pa.name, pb.name);
  return root;
}

/** The deal against the Pareto frontier and the Nash point, for every pair of delegations, with a table twin. */
export function outcomeChart(data: DebriefData): HTMLElement {
  const marks = marked(data);
  const panels: SVGSVGElement[] = [];
  for (let a = 0; a < data.parties.length; a++)
    for (let b = a + 1; b < data.parties.length; b++) panels.push(panel(data, a, b, marks));
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    ...marks.map((m) => {
      const icon = svg('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' });
      icon.append(marker(m.shape, 8, 8, m.className, 6));
      return h('li', {}, icon, m.name);
    }),
    h('li', {}, h('span', { class: 'legend-dot frontier', 'aria-hidden': 'true' }), TEXT.chart.frontier),
    h('li', {}, h('span', { class: 'legend-zone', 'aria-hidden': 'true' }), TEXT.chart.zone),
  );
  const table = h(
    'table',
    { class: 'chart-table' },
    h('caption', {}, TEXT.chart.table),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, TEXT.chart.text),
        ...data.parties.map((p) => h('th', { scope: 'col' }, p.name)),
      ),
    ),
    h(
      'tbody',
      {},
      ...marks.map((m) =>
        h('tr', {}, h('th', { scope: 'row' }, m.name), ...m.utilities.map((u) => h('td', {}, u.toFixed(1)))),
      ),
      h(
        'tr',
        { class: 'walk-away-row' },
        h('th', { scope: 'row' }, TEXT.chart.walkAway),
        ...data.parties.map((p) => h('td', {}, p.walkAway.toFixed(1))),
      ),
    ),
  );
  // The key takes the grid's last cell, beside the last panel, so three panels and the key make a square.
  return h(
    'figure',
    { class: 'outcome-chart' },
    h(
      'div',
      { class: 'chart-panels' },
      ...panels,
      h('div', { class: 'chart-key' }, h('p', { class: 'chart-how' }, TEXT.debrief.chartHow), legend, table),
    ),
  );
}
