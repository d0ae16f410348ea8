import type { AnswerKind } from '../../../engine/answer';
import type { AttendanceReason } from '../../../engine/game';
import type { AppSnapshot } from '../../../flow/appActor';
import { dateOf } from '../../../flow/selectors';
import { h } from '../h';
import { portrait } from '../portrait';
import type { Screen, Send } from '../screen';

const REASONS: Record<AttendanceReason, string> = {
  accepted: 'It accepted this text, and nothing has changed its mind since. It takes its seat.',
  'would-accept': 'The text gives the delegation what it now asks for. It takes its seat.',
  'demands-more': 'The text gives the delegation less than it asks for. Its seat stays empty.',
  'red-line': 'The text crosses one of the delegation’s red lines. Its seat stays empty.',
  'walked-out': 'The delegation walked out of the talks and did not come back.',
  'no-trust': 'The delegation no longer trusts the mediator, and stays away.',
};

/** Where a delegation's decision is not what its last answer said, the reason, so nothing looks arbitrary. */
function surprise(last: AnswerKind | null, comes: boolean, reason: AttendanceReason): HTMLElement | null {
  if (last === null)
    return h('p', { class: 'surprise' }, 'It was never asked about this text: it decided on the day.');
  if (comes && last !== 'accept')
    return h(
      'p',
      { class: 'surprise' },
      'It had refused this text when you tabled it; by the conference its demands had come down to what the text offers.',
    );
  if (!comes && last === 'accept' && reason === 'demands-more')
    return h(
      'p',
      { class: 'surprise' },
      'It had accepted this text, but the news since moved what it wants, and now it asks for more.',
    );
  return null;
}

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
        h('p', {}, REASONS[outcome.reasons[p]!]),
        surprise(outcome.lastAnswers[p] ?? null, comes, outcome.reasons[p]!),
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
