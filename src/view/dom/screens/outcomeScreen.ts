import type { AppSnapshot } from '../../../flow/appActor';
import { frameOf } from '../../../flow/frame';
import { TEXT } from '../../text';
import { h } from '../h';
import { reflectionQuestions } from '../reflectionQuestions';
import type { Screen, Send } from '../screen';

/** The verdict, in a sentence: relief, or weight. */
export function outcomeScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const outcome = run.game.outcome!;
  const names = run.scenario.parties.map((p) => p.name);
  const frame = frameOf(run.scenario);
  const coming = names.filter((_, p) => outcome.attends[p]);
  const away = names.filter((_, p) => !outcome.attends[p]);
  const verdict = outcome.deal
    ? TEXT.outcome.everyone(names)
    : coming.length === 0
      ? TEXT.outcome.nobody
      : TEXT.outcome.without(away);
  const heading = h('h1', { id: 'outcome-heading', tabindex: -1 }, verdict);
  const next = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-key': 'debrief',
      onclick: () => send({ type: 'outcome.debrief' }),
    },
    TEXT.outcome.openDebrief,
  );
  const sheet = h(
    'div',
    { class: `sheet outcome-sheet ${outcome.deal ? 'relief' : 'weight'}` },
    heading,
    h(
      'p',
      {},
      outcome.deal
        ? frame.outcomes.allAttend
        : coming.length === 0
          ? frame.outcomes.noneAttend
          : frame.outcomes.someAbsent,
    ),
    h('p', { class: 'note' }, TEXT.outcome.reveals(frame.hasHistory)),
    reflectionQuestions(run, 'after', send),
    h('div', { class: 'actions' }, next),
  );
  return {
    el: h('section', { class: 'screen screen-outcome', 'aria-labelledby': 'outcome-heading' }, sheet),
    initialFocus: next,
  };
}
