import type { AttendanceReason } from '../../../engine/game';
import type { AppSnapshot } from '../../../flow/appActor';
import { dateOf } from '../../../flow/selectors';
import { h } from '../h';
import { portrait } from '../portrait';
import type { Screen, Send } from '../screen';

const REASONS: Record<AttendanceReason, string> = {
  'clears-walk-away': 'The text gives the delegation enough. It takes its seat.',
  'below-walk-away': 'The text asks too much of the delegation. Its seat stays empty.',
  'red-line': 'The text crosses one of the delegation’s red lines. Its seat stays empty.',
  'walked-out': 'The delegation walked out of the talks and did not come back.',
  'no-trust': 'The delegation no longer trusts the mediator, and stays away.',
};

/** The conference day: who comes, who stays away, and why. */
export function conferenceScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const outcome = run.game.outcome!;
  const { scenario } = run;
  const heading = h(
    'h1',
    { id: 'conference-heading', tabindex: -1 },
    `${dateOf(scenario, outcome.day).long}${scenario.calendar.conferencePlace ? `, ${scenario.calendar.conferencePlace}` : ''}`,
  );
  const next = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-key': 'continue',
      onclick: () => send({ type: 'conference.done' }),
    },
    'Continue',
  );
  const seats = scenario.parties.map((party, p) => {
    const comes = outcome.attends[p]!;
    return h(
      'li',
      { class: `seat ${comes ? 'comes' : 'stays-away'}`, style: `--party: ${party.colour}` },
      portrait({ key: party.portrait, name: party.leaders[0]!.name, colour: party.colour, size: 96 }),
      h(
        'div',
        {},
        h('h2', {}, `${party.name}: ${comes ? 'comes' : 'stays away'}`),
        comes ? null : h('p', { class: 'empty-chair', 'aria-hidden': 'true' }, 'Empty chair'),
        h('p', {}, REASONS[outcome.reasons[p]!]),
      ),
    );
  });
  const text = outcome.text.map((o, i) =>
    h(
      'li',
      {},
      h('span', { class: 'clause-issue' }, `${scenario.issues[i]!.name}: `),
      scenario.issues[i]!.options[o]!.label,
    ),
  );
  const sheet = h(
    'div',
    { class: 'sheet conference-sheet' },
    h('p', { class: 'office' }, 'The conference'),
    heading,
    h('ul', { class: 'seats' }, ...seats),
    h(
      'h2',
      {},
      run.game.tabledToAll
        ? 'The text they decided on'
        : 'No text was tabled to every delegation; they decided on the status quo',
    ),
    h('ol', { class: 'final-text' }, ...text),
    h('div', { class: 'actions sticky-actions' }, next),
  );
  return {
    el: h(
      'section',
      { class: 'screen screen-conference', 'aria-labelledby': 'conference-heading' },
      h('div', { class: 'stage-window hall-window', 'data-stage-window': 'hall', 'aria-hidden': 'true' }),
      sheet,
    ),
    initialFocus: next,
  };
}
