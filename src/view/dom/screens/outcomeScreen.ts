import type { AppSnapshot } from '../../../flow/appActor';
import { h } from '../h';
import type { Screen, Send } from '../screen';

function listNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The verdict, in a sentence: relief, or weight. */
export function outcomeScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const outcome = run.game.outcome!;
  const names = run.scenario.parties.map((p) => p.name);
  const coming = names.filter((_, p) => outcome.attends[p]);
  const away = names.filter((_, p) => !outcome.attends[p]);
  const verdict = outcome.deal
    ? `Every delegation comes to the table: ${listNames(names)}.`
    : coming.length === 0
      ? 'No delegation comes. The conference does not open.'
      : `The conference opens without ${listNames(away)}.`;
  const heading = h('h1', { id: 'outcome-heading', tabindex: -1 }, verdict);
  const next = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-key': 'debrief',
      onclick: () => send({ type: 'outcome.debrief' }),
    },
    'Open the debrief',
  );
  const sheet = h(
    'div',
    { class: `sheet outcome-sheet ${outcome.deal ? 'relief' : 'weight'}` },
    heading,
    h(
      'p',
      {},
      outcome.deal
        ? 'Talks begin. Whether they end the war is another matter; but the first step, getting everyone into one room, is taken.'
        : 'Without every side in the room, the talks cannot settle what matters. The war goes on.',
    ),
    h(
      'p',
      { class: 'note' },
      'The debrief reveals what each delegation wanted, what a better text would have been, and what really happened.',
    ),
    h('div', { class: 'actions' }, next),
  );
  return {
    el: h('section', { class: 'screen screen-outcome', 'aria-labelledby': 'outcome-heading' }, sheet),
    initialFocus: next,
  };
}
