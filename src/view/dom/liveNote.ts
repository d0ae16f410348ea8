import type { AppSnapshot } from '../../flow/appActor';
import type { LiveNote } from '../../flow/rootMachine';
import { formatDiagnostic } from '../../scenario/diagnostic';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

const MOST = 12;

/**
 * The note about the last change to a scenario file (flow: `liveNote`), above every screen: an edit in scenarios/
 * under `npm start` (reloaded, broken, deleted), or a file opened from disk that cannot be read again.
 */
export function liveNoteRegion(send: Send): { el: HTMLElement; update(snapshot: AppSnapshot): void } {
  const el = h('div', { class: 'live-note', hidden: true });
  let shown: LiveNote | null = null;
  return {
    el,
    update(snapshot) {
      const note = snapshot.context.liveNote;
      if (note === shown) return;
      shown = note;
      el.hidden = !note;
      if (!note) {
        el.replaceChildren();
        return;
      }
      const lines = note.errors.slice(0, MOST).map(formatDiagnostic);
      if (note.errors.length > MOST) lines.push(TEXT.title.moreProblems(note.errors.length - MOST));
      el.replaceChildren(
        h(
          'div',
          { class: 'notice', role: note.kind === 'reloaded' ? 'status' : 'alert', 'data-notice': 'live' },
          h('p', {}, TEXT.live[note.kind](note.file)),
          lines.length > 0 ? h('pre', { class: 'diagnostics' }, lines.join('\n')) : null,
          h(
            'div',
            { class: 'notice-actions' },
            h(
              'button',
              {
                type: 'button',
                class: 'small secondary',
                onclick: () => send({ type: 'catalog.dismissNote' }),
              },
              TEXT.title.dismiss,
            ),
          ),
        ),
      );
    },
  };
}
