import type { AppSnapshot } from '../../../flow/appActor';
import { newsOf, pressOf, statusOf } from '../../../flow/selectors';
import { TEXT } from '../../text';
import { inventedNote } from '../eventNote';
import { h } from '../h';
import type { Screen, Send } from '../screen';
import { statusBar } from '../statusBar';

/** The morning: the overnight cables and the press, then straight to the meeting room (or the day's plan). */
export function newsScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const status = statusOf(run);
  const news = newsOf(run, run.game.day);
  const press = pressOf(run, run.game.day - 1);
  const names = (parties: readonly number[]) => parties.map((p) => run.scenario.parties[p]!.name);
  const heading = h('h1', { id: 'news-heading', tabindex: -1 }, TEXT.news.heading(status.date.long));
  const next = h(
    'button',
    { type: 'button', class: 'primary', 'data-key': 'meet', onclick: () => send({ type: 'nav.meet' }) },
    TEXT.plan.goToMeetingRoom,
  );
  const plan = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      'data-key': 'next-day',
      onclick: () => send({ type: 'nav.nextDay' }),
    },
    TEXT.plan.dayPlan(status.date.short),
  );
  const sheet = h(
    'div',
    { class: 'sheet news-sheet' },
    heading,
    news.length
      ? h(
          'ul',
          { class: 'cables' },
          ...news.map((n) =>
            h(
              'li',
              {},
              h(
                'p',
                { class: 'cable-head' },
                `${n.date.short.toUpperCase()}${n.event.place ? ` · ${n.event.place.toUpperCase()}` : ''}`,
              ),
              h('h2', {}, n.event.title),
              h('p', {}, n.event.text),
              inventedNote(n.event),
              n.consulted.length ? h('p', { class: 'note' }, TEXT.news.met(names(n.consulted))) : null,
            ),
          ),
        )
      : press.length === 0
        ? h('p', {}, TEXT.news.quietNight)
        : null,
    press.length
      ? h(
          'section',
          { class: 'press', 'aria-labelledby': 'press-heading' },
          h('h2', { id: 'press-heading' }, TEXT.news.inThePress),
          ...press.map((item) =>
            h(
              'p',
              {},
              item.kind === 'statement'
                ? TEXT.news.pressStatement(run.scenario.mediator.name)
                : TEXT.news.pressDraft(names(item.satisfied), names(item.unhappy)),
            ),
          ),
        )
      : null,
    h('div', { class: 'actions sticky-actions' }, next, plan),
  );
  return {
    el: h(
      'section',
      { class: 'screen screen-run', 'aria-labelledby': 'news-heading' },
      statusBar(status),
      sheet,
    ),
    initialFocus: next,
  };
}
