import type { AppSnapshot } from '../../../flow/appActor';
import { lengthChoices } from '../../../flow/gameLength';
import { chosenBriefs, whoOf } from '../../../flow/teacher/briefsChoice';
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
  const shown = chosenBriefs(all, desk.briefs);
  // Options by place ("all", then each brief), never by id: a party's id may be "all" or "mediator".
  const selected = shown.length === 1 ? all.indexOf(shown[0]!) : -1;
  const length = lengthChoices(scenario).find((c) => c.length === desk.length);
  const lengthWords = length ? TEXT.teacher.code[length.length](length.days, length.actionsPerDay) : '';

  const select = h(
    'select',
    {
      id: 'briefs-who',
      'data-key': 'briefs-who',
      onchange: (event) => {
        const brief = all[Number((event.target as HTMLSelectElement).value)];
        send({ type: 'teacher.briefs.who', who: brief ? whoOf(brief) : { kind: 'all' } });
      },
    },
    h('option', { value: '-1', selected: selected === -1 }, words.all(all.length)),
    ...all.map((brief, i) =>
      h(
        'option',
        { value: String(i), selected: selected === i },
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
