import type { AppSnapshot } from '../../flow/appActor';
import type { LiveState } from '../../flow/live/liveState';
import { showLiveCode } from '../../flow/live/sessionTerms';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/**
 * A student's live class session around every screen: the session's badge and connection, the teacher's pause
 * (the game under it takes no input: the server refuses moves while paused), the teacher's news, and what the
 * server said once. Offline, nothing.
 */
export function liveClassRegion(
  send: Send,
  stage: HTMLElement,
): { el: HTMLElement; badge: HTMLElement; update(snapshot: AppSnapshot): void } {
  const el = h('div', { class: 'live-class', hidden: true });
  // In the toolbar, first: which session this page plays in, and whether it is connected.
  const badge = h('div', { class: 'live-badge', role: 'status', hidden: true });
  let shown: LiveState | null = null;
  let shownTitle = false;
  let returnFocus: HTMLElement | null = null;
  return {
    el,
    badge,
    update(snapshot) {
      const onTitle = snapshot.matches('title');
      const live = snapshot.context.liveClass;
      if (live === shown && onTitle === shownTitle) return;
      const newsArrived = Boolean(live?.news) && live?.news !== shown?.news;
      const pausedNow = Boolean(live?.paused) && !shown?.paused;
      shown = live;
      shownTitle = onTitle;
      // On the title the join form says how the join goes.
      const playing = live !== null && !onTitle;
      el.hidden = !playing;
      badge.hidden = !playing;
      // Nothing under the veils takes input; nor while the link is down (a move made then would not reach the
      // server, and the game it sends back on reconnecting would undo it).
      const blocked = playing && (live.paused || live.news !== null || !live.connected);
      if (blocked && !stage.inert) returnFocus = document.activeElement as HTMLElement | null;
      stage.inert = blocked;
      if (!playing) {
        el.replaceChildren();
        badge.replaceChildren();
        return;
      }
      const words = TEXT.liveClass.student;
      const button = (
        label: string,
        type: 'liveClass.dismissNews' | 'liveClass.dismissNotice',
        key: string,
      ) =>
        h(
          'button',
          { type: 'button', class: 'small secondary', 'data-key': key, onclick: () => send({ type }) },
          label,
        );
      badge.classList.toggle('offline', !live.connected);
      badge.replaceChildren(
        h('span', { class: 'live-dot', 'aria-hidden': 'true' }),
        words.badge(showLiveCode(live.code)),
        live.seat ? TEXT.liveClass.seats.badge(live.seat.table.name, live.seat.name) : '',
        live.connected ? '' : h('span', { class: 'live-offline' }, ` · ${words.reconnecting}`),
      );
      const rejoin = () => send({ type: 'liveClass.rejoin', code: live.code, name: live.name });
      const broken =
        live.lost || live.phase === 'failed'
          ? h(
              'div',
              { class: 'notice', role: 'alert' },
              h('p', {}, live.phase === 'failed' && live.problem ? live.problem : words.lost),
              h(
                'button',
                { type: 'button', class: 'small secondary', 'data-key': 'live-rejoin', onclick: rejoin },
                words.rejoin,
              ),
            )
          : null;
      const ended = live.ended ? h('p', { class: 'notice live-ended', role: 'status' }, words.ended) : null;
      const notice = live.notice
        ? h(
            'div',
            { class: 'notice', role: 'alert' },
            h('p', {}, live.notice),
            button(words.dismiss, 'liveClass.dismissNotice', 'live-dismiss-notice'),
          )
        : null;
      const paused = live.paused
        ? h(
            'div',
            {
              class: 'live-veil',
              role: 'alertdialog',
              'aria-modal': 'true',
              'aria-labelledby': 'live-paused-title',
              'aria-describedby': 'live-paused-hint',
              tabindex: -1,
            },
            h(
              'div',
              { class: 'live-card' },
              h('h2', { id: 'live-paused-title' }, words.paused),
              h('p', { id: 'live-paused-hint' }, words.pausedHint),
            ),
          )
        : null;
      const news =
        live.news && !live.paused
          ? h(
              'div',
              {
                class: 'live-veil',
                role: 'dialog',
                'aria-modal': 'true',
                'aria-labelledby': 'live-news-title',
              },
              h(
                'article',
                { class: 'live-card live-news' },
                h('p', { class: 'live-kicker' }, words.newsHeading),
                h('h2', { id: 'live-news-title' }, live.news.title),
                h('p', {}, live.news.text),
                h(
                  'button',
                  {
                    type: 'button',
                    'data-key': 'live-news-back',
                    onclick: () => send({ type: 'liveClass.dismissNews' }),
                  },
                  words.newsBack,
                ),
              ),
            )
          : null;
      el.replaceChildren(broken ?? '', ended ?? '', notice ?? '', paused ?? '', news ?? '');
      if (news && newsArrived) news.querySelector<HTMLElement>('button')?.focus();
      else if (paused && pausedNow) paused.focus();
      else if (!blocked && returnFocus) {
        // The veil lifted: back where the student was, if that is still on the page.
        if (returnFocus.isConnected) returnFocus.focus();
        returnFocus = null;
      }
    },
  };
}
