import type { AppSnapshot } from '../../../flow/appActor';
import { lengthChoices } from '../../../flow/gameLength';
import { chosenBriefs } from '../../../flow/teacher/briefsChoice';
import { roleBriefsOf } from '../../../flow/teacher/roleBriefs';
import { TEXT } from '../../text';
import { h } from '../h';
import type { Send } from '../screen';
import { roleBriefView } from './roleBriefView';

/** Role briefs: the teacher picks whose briefs and whether they show the numbers, sees the pages and prints them. */
export function briefsPanel(snapshot: AppSnapshot, send: Send, hooks: { print(): void }): HTMLElement {
  const desk = snapshot.context.teacher!;
  const entry = snapshot.context.scenarios.find((s) => s.id === desk.scenarioId);
  const words = TEXT.roleBriefs.panel;
  if (!entry) return h('div', { class: 'briefs-panel' }, h('p', {}, words.none));
  const { scenario } = entry;
  const all = roleBriefsOf(scenario, { numbers: desk.briefs.numbers, length: desk.length });
  const shown = chosenBriefs(all, desk.briefs, scenario);
  const who = shown.length === 1 ? shown[0]!.id : 'all';
  const length = lengthChoices(scenario).find((c) => c.length === desk.length);
  const lengthWords = length ? TEXT.teacher.code[length.length](length.days, length.actionsPerDay) : '';

  const select = h(
    'select',
    {
      id: 'briefs-who',
      'data-key': 'briefs-who',
      onchange: (event) =>
        send({ type: 'teacher.briefs.who', who: (event.target as HTMLSelectElement).value }),
    },
    h('option', { value: 'all', selected: who === 'all' }, words.all(all.length)),
    ...all.map((brief) =>
      h(
        'option',
        { value: brief.id, selected: who === brief.id },
        brief.kind === 'mediator' ? words.mediator(brief.name) : brief.name,
      ),
    ),
  );
  const numbers = h(
    'label',
    { class: 'briefs-numbers' },
    h('input', {
      type: 'checkbox',
      'data-key': 'briefs-numbers',
      checked: desk.briefs.numbers,
      onchange: (event) =>
        send({ type: 'teacher.briefs.numbers', numbers: (event.target as HTMLInputElement).checked }),
    }),
    h('span', {}, words.numbers),
  );
  const controls = h(
    'div',
    { class: 'briefs-controls' },
    h(
      'div',
      { class: 'briefs-choice' },
      h('p', { class: 'briefs-scenario' }, words.scenario(scenario.meta.title, lengthWords)),
      h('p', { class: 'hint' }, words.change),
      h('label', { class: 'briefs-who', for: 'briefs-who' }, words.who),
      select,
      numbers,
      h('p', { class: 'hint' }, words.numbersHint),
    ),
    h(
      'div',
      { class: 'briefs-print' },
      h(
        'button',
        { type: 'button', class: 'primary', 'data-key': 'briefs-print', onclick: () => hooks.print() },
        words.print,
      ),
      h('p', { class: 'hint' }, words.printHint(shown.length)),
    ),
  );
  return h(
    'div',
    { class: 'briefs-panel' },
    controls,
    h(
      'section',
      { class: 'brief-pages', 'aria-label': words.preview },
      ...shown.map((brief) => roleBriefView(brief, scenario.meta.title)),
    ),
  );
}
