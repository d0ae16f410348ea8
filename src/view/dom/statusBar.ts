import type { Status } from '../../flow/selectors';
import { h } from './h';

/** Always on screen during play: the date, actions left today, days to the conference, the current text. */
export function statusBar(status: Status): HTMLElement {
  const pips = Array.from({ length: status.actionsPerDay }, (_, i) =>
    h('span', { class: `pip ${i < status.actionsLeft ? 'full' : 'spent'}`, 'aria-hidden': 'true' }),
  );
  const days =
    status.daysToConference === 0
      ? 'The conference is today'
      : status.daysToConference === 1
        ? '1 day to the conference'
        : `${status.daysToConference} days to the conference`;
  return h(
    'section',
    { class: 'status-bar', 'aria-label': 'Where things stand' },
    h('p', { class: 'status-date' }, h('span', { class: 'stamp' }, status.date.long)),
    h(
      'p',
      { class: 'status-actions' },
      h('span', { class: 'pips' }, ...pips),
      h('span', {}, `${status.actionsLeft} of ${status.actionsPerDay} actions left today`),
    ),
    h('p', { class: 'status-days' }, `${days} (${status.conferenceDate.short})`),
    h(
      'details',
      { class: 'status-text' },
      h('summary', {}, status.textIsStatusQuo ? 'The text: nothing tabled yet' : 'The text on the table'),
      h(
        'ol',
        {},
        ...status.text.map((c) =>
          h('li', {}, h('span', { class: 'clause-issue' }, `${c.issue}: `), c.option),
        ),
      ),
    ),
  );
}
