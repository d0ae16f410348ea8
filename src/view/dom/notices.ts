import { TEXT } from '../text';
import { h } from './h';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

/** Plain notices about the game itself (a save that cannot be written, another tab): above the screen, never over it. */
export function noticeRegion() {
  const el = h('div', { class: 'notices', role: 'region', 'aria-label': TEXT.notices });
  const shown = new Map<string, HTMLElement>();
  const hide = (id: string) => {
    shown.get(id)?.remove();
    shown.delete(id);
  };
  return {
    el,
    /** `takeFocus`: the first action gets the keyboard focus (a notice the player must answer before going on). */
    show(
      id: string,
      text: string,
      actions: readonly NoticeAction[] = [],
      dismissable = true,
      takeFocus = true,
    ) {
      hide(id);
      const buttons = actions.map((action) =>
        h('button', { type: 'button', class: 'small', onclick: () => action.run() }, action.label),
      );
      const close = dismissable
        ? h(
            'button',
            { type: 'button', class: 'small secondary', onclick: () => hide(id) },
            TEXT.title.dismiss,
          )
        : null;
      const notice = h(
        'div',
        { class: 'notice', role: 'alert', 'data-notice': id },
        h('p', {}, text),
        h('div', { class: 'notice-actions' }, ...buttons, close),
      );
      shown.set(id, notice);
      el.append(notice);
      if (takeFocus) buttons[0]?.focus();
    },
    hide,
  };
}
