import { TEXT } from '../text';
import { h } from './h';

/** Captions for sounds that carry meaning: shown whether or not sound is on, read out politely. */
export function captionRegion() {
  const el = h('div', {
    class: 'captions',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': TEXT.sound.captions,
  });
  return {
    el,
    show(text: string) {
      const line = h('p', {}, text);
      el.append(line);
      while (el.childElementCount > 2) el.firstElementChild?.remove();
      setTimeout(() => line.remove(), 4000);
    },
  };
}
