import type { Status } from '../../flow/selectors';
import { TEXT } from '../text';
import { h } from './h';

/** Always on screen during play: the date, actions left today, days to the conference, the current text. */
export function statusBar(status: Status): HTMLElement {
  const pips = Array.from({ length: status.actionsPerDay }, (_, i) =>
    h('span', { class: `pip ${i < status.actionsLeft ? 'full' : 'spent'}`, 'aria-hidden': 'true' }),
  );
  const days = TEXT.status.days(status.daysToConference);
  return h(
    'section',
    { class: 'status-bar', 'aria-label': TEXT.status.label },
    h('p', { class: 'status-date' }, h('span', { class: 'stamp' }, status.date.long)),
    h(
      'p',
      { class: 'status-actions' },
      h('span', { class: 'pips' }, ...pips),
      h('span', {}, TEXT.status.actions(status.actionsLeft, status.actionsPerDay)),
    ),
    h('p', { class: 'status-days' }, `${days} (${status.conferenceDate.short})`),
    h(
      'details',
      { class: 'status-text' },
      h('summary', {}, status.textIsStatusQuo ? TEXT.status.nothingTabled : TEXT.status.onTable),
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
