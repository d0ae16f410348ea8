import type { AppSnapshot } from '../../flow/appActor';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/** The sound switch: a toggle button whose pressed state is the setting. */
export function soundToggle(send: Send) {
  const label = h('span', {}, TEXT.soundOn);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'toggle sound-toggle',
      'aria-pressed': 'true',
      'aria-label': TEXT.soundLabel,
      onclick: () => send({ type: 'settings.sound.toggle' }),
    },
    h('span', { class: 'toggle-icon', 'aria-hidden': 'true' }),
    label,
  );
  return {
    el: button,
    update(snapshot: AppSnapshot) {
      const on = snapshot.context.soundOn;
      button.setAttribute('aria-pressed', String(on));
      label.textContent = on ? TEXT.soundOn : TEXT.soundOff;
    },
  };
}
