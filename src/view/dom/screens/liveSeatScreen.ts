import type { AppSnapshot } from '../../../flow/appActor';
import { seatMayReply } from '../../../flow/live/liveState';
import type { SeatTableStatus } from '../../../flow/live/protocol';
import type { Scenario } from '../../../scenario/schema';
import { TEXT } from '../../text';
import { h } from '../h';
import type { Screen, Send } from '../screen';
import { briefScreen } from './hotSeatScreen';

const partyName = (scenario: Scenario, id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id;

/** The table as anyone at it may see it: the day, the text, who holds which seat, the outcome. */
function tableStatus(scenario: Scenario, table: SeatTableStatus): HTMLElement {
  const words = TEXT.liveClass.seats;
  const holder = (seat: SeatTableStatus['seats'][number]) =>
    seat.held === 'computer' ? words.byComputer : seat.connected ? words.byStudent : words.byStudentAway;
  return h(
    'div',
    { class: 'live-table-status' },
    h('p', { class: 'status-date' }, words.date(table.date)),
    h('h2', {}, words.textHeading),
    table.textIsStatusQuo
      ? h('p', {}, words.noText)
      : h(
          'ul',
          { class: 'live-seat-text' },
          ...table.text.map((label, i) =>
            h('li', {}, h('strong', {}, `${scenario.issues[i]?.name ?? ''}: `), label),
          ),
        ),
    h('h2', {}, words.aroundHeading),
    h(
      'ul',
      { class: 'live-seat-holders' },
      ...table.seats.map((seat) =>
        h(
          'li',
          {},
          h('strong', {}, seat.seat === 'mediator' ? words.mediator : partyName(scenario, seat.seat)),
          `: ${holder(seat)}`,
        ),
      ),
    ),
    table.outcome ? h('p', { class: 'live-outcome', role: 'status' }, words[table.outcome]) : null,
  );
}

/** A delegation's own device at a live table: its question when a text waits for it, else the table as it stands. */
export function liveSeatScreen(snapshot: AppSnapshot, send: Send): Screen {
  const live = snapshot.context.liveClass;
  const words = TEXT.liveClass.seats;
  const scenario = snapshot.context.scenarios.find((s) => s.id === live?.scenarioId)?.scenario;
  const seat = live?.seat;
  if (scenario && seat?.question && seatMayReply(live, seat.party))
    return briefScreen(scenario, seat.question, send);
  const heading = h('h1', { id: 'live-seat-heading', tabindex: -1 }, seat ? words.heading(seat.name) : '');
  const party = scenario?.parties.find((p) => p.id === seat?.party);
  const el = h(
    'section',
    { class: 'screen screen-live-seat', 'aria-labelledby': 'live-seat-heading' },
    h(
      'div',
      { class: 'sheet live-seat-sheet', style: party ? `--party: ${party.colour}` : undefined },
      h('p', { class: 'office' }, seat ? words.office(seat.table.name) : ''),
      heading,
      h('p', { class: 'live-seat-lead' }, words.lead),
      h('p', { class: 'live-seat-now', role: 'status' }, live?.answered ? words.answered : words.waiting),
      scenario && seat ? tableStatus(scenario, seat.table) : h('p', { role: 'alert' }, words.noScenario),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary live-leave',
          'data-key': 'live-leave',
          onclick: () => send({ type: 'liveClass.leave' }),
        },
        words.leave,
      ),
    ),
  );
  return { el, initialFocus: heading };
}

/** The envoy's own device while a tabled text is with the students at the delegations' seats. */
export function tableWaitScreen(snapshot: AppSnapshot): Screen {
  const live = snapshot.context.liveClass;
  const run = snapshot.context.run!;
  const words = TEXT.liveClass.seats;
  const waiting = live?.table?.waitingFor ?? [];
  const heading = h('h1', { id: 'table-wait-heading', tabindex: -1 }, words.withDelegations);
  const el = h(
    'section',
    { class: 'screen screen-live-seat', 'aria-labelledby': 'table-wait-heading' },
    h(
      'div',
      { class: 'sheet live-seat-sheet' },
      h('p', { class: 'office' }, live?.table?.name ?? ''),
      heading,
      h('p', { class: 'live-seat-lead' }, words.withDelegationsLead),
      waiting.length > 0
        ? h(
            'p',
            { class: 'live-seat-now', role: 'status' },
            words.stillToAnswer(waiting.map((id) => partyName(run.scenario, id)).join(', ')),
          )
        : null,
    ),
  );
  return { el, initialFocus: heading };
}
