import type { AppSnapshot } from '../../../flow/appActor';
import { lengthChoices } from '../../../flow/gameLength';
import { TEXT } from '../../text';
import { h } from '../h';
import { radioList } from '../radioList';
import type { Send } from '../screen';

/** The scenario and the length of the class's game: one choice for the class code and the live session. */
export function gameChoices(snapshot: AppSnapshot, send: Send): HTMLElement {
  const { scenarios } = snapshot.context;
  const desk = snapshot.context.teacher!;
  const entry = scenarios.find((s) => s.id === desk.scenarioId);
  const words = TEXT.teacher.code;
  const scenarioChoice = radioList(
    words.scenario,
    'teacher-scenario',
    scenarios.map((s) => ({
      value: s.id,
      label: h('strong', {}, s.scenario.meta.title),
      checked: s.id === desk.scenarioId,
      choose: () => send({ type: 'teacher.choose', scenarioId: s.id }),
    })),
  );
  const choices = entry ? lengthChoices(entry.scenario) : [];
  const lengthChoice = radioList(
    words.length,
    'teacher-length',
    choices.map((choice) => ({
      value: choice.length,
      label: words[choice.length](choice.days, choice.actionsPerDay),
      checked: choice.length === desk.length,
      choose: () => send({ type: 'teacher.length', length: choice.length }),
    })),
    choices.length < 2 ? h('p', { class: 'hint' }, words.onlyFull) : null,
  );
  return h('div', { class: 'code-choices' }, scenarioChoice, lengthChoice);
}

/** Class code: the teacher picks a scenario and a length and gets the code to write on the board. */
export function codePanel(snapshot: AppSnapshot, send: Send): HTMLElement {
  const desk = snapshot.context.teacher!;
  const entry = snapshot.context.scenarios.find((s) => s.id === desk.scenarioId);
  const words = TEXT.teacher.code;
  const code = desk.game
    ? h(
        'div',
        { class: 'class-code-card', role: 'status', 'aria-live': 'polite' },
        h('p', { class: 'class-code-label' }, words.yourCode),
        h('p', { class: 'class-code', 'data-testid': 'class-code' }, desk.game.code),
        h('p', {}, words.forStudents),
        entry?.fromFile ? h('p', { class: 'hint' }, words.fileScenario(entry.fromFile)) : null,
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-key': 'teacher-new-code',
            onclick: () => send({ type: 'teacher.newCode' }),
          },
          words.another,
        ),
        h('p', { class: 'hint' }, words.results),
      )
    : null;
  return h('div', { class: 'code-panel' }, gameChoices(snapshot, send), code);
}
