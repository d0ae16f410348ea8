import type { AnswerKind } from '../../../engine/answer';
import type { AttendanceReason, Outcome } from '../../../engine/game';
import type { AppSnapshot } from '../../../flow/appActor';
import { conferenceSpoken } from '../../../flow/phrasebook';
import { dateOf } from '../../../flow/selectors';
import { TEXT } from '../../text';
import { evidenceMark } from '../evidence';
import { h } from '../h';
import { portrait } from '../portrait';
import type { Screen, Send } from '../screen';

/** Where a delegation's decision is not what its last answer said, the reason, so nothing looks arbitrary. */
function surprise(last: AnswerKind | null, comes: boolean, reason: AttendanceReason): HTMLElement | null {
  if (last === null) return h('p', { class: 'surprise' }, TEXT.meeting.neverAsked);
  if (comes && last !== 'accept') return h('p', { class: 'surprise' }, TEXT.meeting.cameDown);
  if (!comes && last === 'accept' && reason === 'demands-more')
    return h('p', { class: 'surprise' }, TEXT.meeting.movedUp);
  return null;
}

/** The first delegation is revealed once the gavel has sounded, the others one at a time after it. */
const FIRST_MS = 700;
const STAGGER_MS = 1200;

/**
 * How many delegations a conference has already revealed, so a screen redrawn mid-reveal goes on from there
 * instead of starting again (keyed by the outcome itself: a new game is a new outcome).
 */
const revealed = new WeakMap<Outcome, number>();

/** The conference day: who comes, who stays away, and why, revealed one delegation at a time. */
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
    TEXT.meeting.continue,
  );
  const entries = scenario.parties.map((party, p) => {
    const comes = outcome.attends[p]!;
    const speaker = party.leaders[0]!.name;
    const said = conferenceSpoken(run, p);
    return h(
      'li',
      { class: `seat ${comes ? 'comes' : 'stays-away'}`, style: `--party: ${party.colour}` },
      portrait({ key: party.portrait, name: speaker, colour: party.colour, size: 96 }),
      h(
        'div',
        {},
        h('h2', {}, `${party.name}: ${comes ? TEXT.meeting.comes : TEXT.meeting.staysAway}`),
        said
          ? h(
              'p',
              { class: 'conference-line' },
              h('strong', {}, `${speaker}: `),
              `“${said.text}”`,
              said.evidence ? evidenceMark(scenario, said.evidence, TEXT.room.wordsFrom(speaker)) : null,
            )
          : null,
        h('p', {}, TEXT.meeting.reasons[outcome.reasons[p]!]),
        surprise(outcome.lastAnswers[p] ?? null, comes, outcome.reasons[p]!),
      ),
    );
  });
  // Until its turn, a delegation's place is held by a row the size of its entry, so the page does not jump;
  // screen readers skip it and hear the entry when it comes (the list is a polite live region).
  const awaited = scenario.parties.map((party) =>
    h(
      'li',
      { class: 'seat awaited', style: `--party: ${party.colour}`, 'aria-hidden': 'true' },
      portrait({ key: party.portrait, name: party.leaders[0]!.name, colour: party.colour, size: 96 }),
      h(
        'div',
        {},
        h('p', { class: 'awaited-name' }, party.name),
        h('p', { class: 'awaited-word' }, TEXT.meeting.awaited),
      ),
    ),
  );
  const hall = h('div', {
    class: 'stage-window hall-window',
    'data-stage-window': 'hall',
    'aria-hidden': 'true',
  });
  const skip = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'data-key': 'show-all',
      onclick: () => reveal(entries.length, true),
    },
    TEXT.meeting.showAll,
  );

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  let shown = reducedMotion ? entries.length : (revealed.get(outcome) ?? 0);
  /** Shows the delegations up to `count`; the hall reads how many from the window ("all": no walking in). */
  const reveal = (count: number, instantly: boolean) => {
    for (let p = shown; p < count; p++) awaited[p]!.replaceWith(entries[p]!);
    shown = Math.max(shown, count);
    revealed.set(outcome, shown);
    hall.dataset.revealed = instantly ? 'all' : String(shown);
    if (shown === entries.length) {
      // The focus must not be lost with the button that had it.
      if (document.activeElement === skip) next.focus();
      skip.remove();
    }
  };
  const list = h(
    'ul',
    { class: 'seats', 'aria-live': 'polite', style: `--seats: ${entries.length}` },
    ...entries.map((entry, p) => (p < shown ? entry : awaited[p]!)),
  );
  hall.dataset.revealed = reducedMotion ? 'all' : String(shown);
  const tick = () => {
    // A screen that left the page (a redraw, the next screen) reveals nothing more.
    if (!list.isConnected || shown >= entries.length) return;
    reveal(shown + 1, false);
    if (shown < entries.length) setTimeout(tick, STAGGER_MS);
  };
  if (shown < entries.length) setTimeout(tick, shown === 0 ? FIRST_MS : STAGGER_MS);

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
    h('p', { class: 'office' }, TEXT.meeting.office),
    heading,
    list,
    h('h2', {}, run.game.tabledToAll ? TEXT.meeting.textDecided : TEXT.meeting.statusQuoDecided),
    h('ol', { class: 'final-text' }, ...text),
    h('div', { class: 'actions sticky-actions' }, next, shown < entries.length ? skip : null),
  );
  return {
    el: h(
      'section',
      { class: 'screen screen-conference', 'aria-labelledby': 'conference-heading' },
      hall,
      sheet,
    ),
    initialFocus: next,
  };
}
