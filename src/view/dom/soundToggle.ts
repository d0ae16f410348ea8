import type { AppSnapshot } from '../../flow/appActor';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/** The sound switch (a toggle button whose pressed state is the setting) and the volume slider. */
export function soundControls(send: Send) {
  // The name stays "Sound" (the pressed state says on or off); the word beside it is for the eye only.
  const label = h('span', { class: 'toggle-state', 'aria-hidden': 'true' }, TEXT.sound.on);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'toggle sound-toggle',
      'aria-pressed': 'true',
      onclick: () => send({ type: 'settings.sound.toggle' }),
    },
    h('span', { class: 'toggle-icon', 'aria-hidden': 'true' }),
    TEXT.sound.label,
    label,
  );
  const volume = h('input', {
    type: 'range',
    min: 0,
    max: 100,
    step: 5,
    'aria-label': TEXT.sound.volume,
    class: 'volume',
    onchange: (event: Event) =>
      send({ type: 'settings.volume.set', value: Number((event.target as HTMLInputElement).value) / 100 }),
  });
  return {
    el: h('div', { class: 'sound-controls' }, button, volume),
    update(snapshot: AppSnapshot) {
      const on = snapshot.context.soundOn;
      button.setAttribute('aria-pressed', String(on));
      label.textContent = on ? TEXT.sound.on : TEXT.sound.off;
      volume.value = String(Math.round(snapshot.context.volume * 100));
      volume.disabled = !on;
    },
  };
}
