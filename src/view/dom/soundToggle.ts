import type { AppSnapshot } from '../../flow/appActor';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/** The sound switch (a toggle button whose pressed state is the setting) and the volume slider. */
export function soundControls(send: Send) {
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
  const volume = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    'aria-label': TEXT.volume,
    class: 'volume',
    onchange: (event: Event) =>
      send({ type: 'settings.volume.set', value: Number((event.target as HTMLInputElement).value) / 100 }),
  });
  return {
    el: h('div', { class: 'sound-controls' }, button, volume),
    update(snapshot: AppSnapshot) {
      const on = snapshot.context.soundOn;
      button.setAttribute('aria-pressed', String(on));
      label.textContent = on ? TEXT.soundOn : TEXT.soundOff;
      volume.value = String(Math.round(snapshot.context.volume * 100));
      volume.disabled = !on;
    },
  };
}
