import type { ClassSummary } from '../../../flow/teacher/classSummary';
import { drawAxisNames, drawFrame, EDGE, marker, PAD, SIZE, svg, xOf, yOf } from '../chart';
import { h } from '../h';
import type { Send } from '../screen';
import { CLASS_TEXT } from './classText';

// The debrief's chart, drawn the same way (view/dom/chart.ts): one pair of parties, chosen by the teacher.

const points = (u: number) => u.toFixed(1);

/** Students on the same text share one dot: a class often converges on a few texts. */
function dotsOf(summary: ClassSummary, a: number, b: number) {
  const dots = new Map<string, { ua: number; ub: number; names: string[] }>();
  for (const s of summary.students) {
    const ua = s.utilities[a]!;
    const ub = s.utilities[b]!;
    const key = `${points(ua)} ${points(ub)}`;
    const dot = dots.get(key) ?? { ua, ub, names: [] };
    dot.names.push(s.student || CLASS_TEXT.classResults.noName);
    dots.set(key, dot);
  }
  return [...dots.values()];
}

function axisChooser(
  label: string,
  value: number,
  summary: ClassSummary,
  choose: (p: number) => void,
  key: string,
): HTMLElement {
  const select = h(
    'select',
    { 'data-key': key, onchange: (event) => choose(Number((event.target as HTMLSelectElement).value)) },
    ...summary.scenario.parties.map((p, i) => h('option', { value: i, selected: i === value }, p.name)),
  );
  return h('label', { class: 'axis-choice' }, `${label} `, select);
}

/** Every student's final text on the chart of two parties' points, with the Nash point and the real outcome. */
export function classChart(summary: ClassSummary, axes: readonly [number, number], send: Send): HTMLElement {
  const count = summary.scenario.parties.length;
  // A class of another scenario may have fewer parties than the axes last chosen.
  const [a, b] = axes[0] < count && axes[1] < count && axes[0] !== axes[1] ? axes : [0, 1];
  const pa = summary.scenario.parties[a]!;
  const pb = summary.scenario.parties[b]!;
  // A hand-edited result's points could fall outside 0–100: they are drawn on the edge.
  const clamp = (u: number) => Math.max(0, Math.min(100, u));
  const x = (u: number) => xOf(clamp(u));
  const y = (u: number) => yOf(clamp(u));
  const dots = dotsOf(summary, a, b);
  const words = CLASS_TEXT.classResults;
  const root = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`,
    width: SIZE,
    height: SIZE,
    class: 'chart-panel class-chart-panel',
    role: 'group',
    'aria-label': words.chartLabel(pa.name, pb.name, summary.students.length),
  });
  drawFrame(root);
  const { reference } = summary;
  const faint = svg('g', { 'aria-hidden': 'true' });
  for (const u of reference.cloud)
    faint.append(svg('circle', { cx: x(u[a]!), cy: y(u[b]!), r: 3, class: 'dot' }));
  for (const u of reference.frontier)
    faint.append(svg('circle', { cx: x(u[a]!), cy: y(u[b]!), r: 4.5, class: 'dot-frontier' }));
  const wa = reference.walkAways[a]!;
  const wb = reference.walkAways[b]!;
  faint.append(svg('line', { x1: x(wa), y1: EDGE, x2: x(wa), y2: SIZE - PAD, class: 'walk-away' }));
  faint.append(svg('line', { x1: PAD, y1: y(wb), x2: SIZE - EDGE, y2: y(wb), class: 'walk-away' }));
  root.append(faint);

  // One labelled point: its names and both parties' points, said to a screen reader and shown on hover.
  const labelled = (
    names: readonly string[],
    ua: number,
    ub: number,
    mark: SVGElement,
    extra?: SVGElement,
    className?: string,
  ) => {
    const label = words.onPoint(names, pa.name, points(ua), pb.name, points(ub));
    const g = svg('g', { role: 'img', 'aria-label': label, ...(className ? { class: className } : {}) });
    g.append(svg('title', {}, label), mark);
    if (extra) g.append(extra);
    return g;
  };
  if (reference.actual)
    root.append(
      labelled(
        [CLASS_TEXT.chart.actual],
        reference.actual[a]!,
        reference.actual[b]!,
        marker('square', x(reference.actual[a]!), y(reference.actual[b]!), 'mark-actual'),
      ),
    );
  for (const dot of dots) {
    const cx = x(dot.ua);
    const cy = y(dot.ub);
    const many = dot.names.length > 1;
    const count = many
      ? svg(
          'text',
          { x: cx, y: cy + 4.5, class: 'dot-count', 'text-anchor': 'middle', 'aria-hidden': 'true' },
          `${dot.names.length}`,
        )
      : undefined;
    const circle = svg('circle', { cx, cy, r: many ? 11 : 7, class: 'mark-student' });
    root.append(labelled(dot.names, dot.ua, dot.ub, circle, count, 'student-dot'));
  }
  if (reference.nash)
    root.append(
      labelled(
        [CLASS_TEXT.chart.nash],
        reference.nash[a]!,
        reference.nash[b]!,
        marker('diamond', x(reference.nash[a]!), y(reference.nash[b]!), 'mark-nash'),
      ),
    );
  drawAxisNames(root, pa.name, pb.name);

  // Choosing the party already on the other axis swaps the two.
  const across = (p: number) => send({ type: 'teacher.results.axes', x: p, y: p === b ? a : b });
  const up = (p: number) => send({ type: 'teacher.results.axes', x: p === a ? b : a, y: p });
  const icon = (shape: 'circle' | 'diamond' | 'square', className: string) => {
    const el = svg('svg', { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true' });
    el.append(marker(shape, 8, 8, className, 6));
    return el;
  };
  const legend = h(
    'ul',
    { class: 'chart-legend' },
    h('li', {}, icon('circle', 'mark-student'), words.studentText),
    reference.nash ? h('li', {}, icon('diamond', 'mark-nash'), CLASS_TEXT.chart.nash) : null,
    reference.actual ? h('li', {}, icon('square', 'mark-actual'), CLASS_TEXT.chart.actual) : null,
    h(
      'li',
      {},
      h('span', { class: 'legend-dot frontier', 'aria-hidden': 'true' }),
      CLASS_TEXT.chart.frontier,
    ),
    h('li', {}, h('span', { class: 'legend-dot every', 'aria-hidden': 'true' }), words.everyText),
    h('li', {}, h('span', { class: 'legend-dash', 'aria-hidden': 'true' }), words.walkAways),
  );
  return h(
    'figure',
    { class: 'class-chart' },
    h(
      'div',
      { class: 'class-chart-grid' },
      root,
      h(
        'div',
        { class: 'chart-key' },
        h(
          'div',
          { class: 'axis-choices' },
          axisChooser(words.across, a, summary, across, 'axis-across'),
          axisChooser(words.up, b, summary, up, 'axis-up'),
        ),
        h(
          'p',
          { class: 'chart-how' },
          words.chartHow,
          h('span', { class: 'screen-only' }, ` ${words.chartChoose}`),
        ),
        legend,
      ),
    ),
  );
}
