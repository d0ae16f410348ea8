import { MOST_ANSWER_CHARS, type ReflectionPhase, type RunContext } from '../../flow/runContext';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/** The scenario's reflection questions at one end of the game, answered in place; null when it asks none. */
export function reflectionQuestions(run: RunContext, phase: ReflectionPhase, send: Send): HTMLElement | null {
  const questions = run.scenario.reflection[phase];
  if (questions.length === 0) return null;
  const words = TEXT.reflection;
  return h(
    'section',
    { class: 'reflection', 'aria-labelledby': `reflection-${phase}` },
    h('h2', { id: `reflection-${phase}` }, words[phase]),
    h('p', { class: 'hint' }, words.lead),
    ...questions.map((question, index) => {
      const id = `reflection-${phase}-${index}`;
      const area = h('textarea', {
        id,
        rows: 3,
        maxlength: MOST_ANSWER_CHARS,
        'data-key': id,
        oninput: (event: Event) =>
          send({
            type: 'reflection.answer',
            phase,
            index,
            text: (event.target as HTMLTextAreaElement).value,
          }),
      });
      area.value = run.reflection[phase][index] ?? '';
      return h('div', { class: 'reflection-question' }, h('label', { for: id }, question), area);
    }),
  );
}
