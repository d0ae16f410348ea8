import type { AppSnapshot } from '../../../flow/appActor';
import { newsOf, statusOf } from '../../../flow/selectors';
import { TEXT } from '../../text';
import { calendarStrip } from '../calendarStrip';
import { inventedNote } from '../eventNote';
import { h } from '../h';
import { mapView } from '../mapView';
import { meter, trustWords } from '../meter';
import type { Screen, Send } from '../screen';
import { statusBar } from '../statusBar';

/** The day view: where the envoy is, what today holds, and where to go. */
export function planScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const { scenario } = run;
  const status = statusOf(run);
  const news = newsOf(run, run.game.day);
  const place = news.find((n) => n.event.place)?.event.place ?? scenario.calendar.place;
  const heading = h('h1', { id: 'plan-heading', tabindex: -1 }, status.date.long);
  const meet = h(
    'button',
    { type: 'button', class: 'primary', 'data-key': 'meet', onclick: () => send({ type: 'nav.meet' }) },
    TEXT.plan.goToMeetingRoom,
  );
  const confirmCall = h(
    'details',
    { class: 'confirm' },
    h('summary', { 'data-key': 'call-early' }, TEXT.plan.callEarly),
    h(
      'p',
      {},
      TEXT.plan.callExplained,
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          'data-key': 'call-confirm',
          onclick: () => send({ type: 'move.callConference' }),
        },
        TEXT.plan.callConfirm,
      ),
    ),
  );
  const sheet = h(
    'div',
    { class: 'sheet plan-sheet' },
    h(
      'p',
      { class: 'office' },
      [place, TEXT.plan.dayOf(status.day + 1, status.days)].filter(Boolean).join(' · '),
    ),
    heading,
    h(
      'div',
      { class: 'plan-grid' },
      h(
        'section',
        {},
        h('h2', {}, TEXT.plan.today),
        news.length
          ? h(
              'ul',
              { class: 'cables' },
              ...news.map((n) =>
                h(
                  'li',
                  {},
                  h('strong', {}, n.event.title),
                  n.event.place ? ` (${n.event.place})` : '',
                  h('p', {}, n.event.text),
                  inventedNote(n.event),
                ),
              ),
            )
          : h('p', {}, TEXT.plan.nothingScheduled),
        h('h2', {}, TEXT.plan.mood),
        ...scenario.parties.map((party, p) =>
          meter(party.name, run.game.parties[p]!.trustMediator, trustWords()),
        ),
      ),
      scenario.places.length ? h('section', { class: 'plan-map' }, mapView(scenario, place)) : null,
    ),
    h(
      'section',
      { class: 'plan-calendar' },
      h('h2', {}, TEXT.plan.calendar),
      calendarStrip(scenario, run.game.day, TEXT.plan.meetingDay),
    ),
    h(
      'div',
      { class: 'actions sticky-actions' },
      meet,
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-key': 'end-day',
          onclick: () => send({ type: 'move.endDay' }),
        },
        TEXT.plan.endDay,
      ),
      confirmCall,
    ),
  );
  return {
    el: h(
      'section',
      { class: 'screen screen-run', 'aria-labelledby': 'plan-heading' },
      statusBar(status),
      sheet,
    ),
    initialFocus: heading,
  };
}
