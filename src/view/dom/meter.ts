import { TEXT } from '../text';
import { h } from './h';

/** A 0–100 meter readable without colour: a bar with a notch pattern, the number, and a word. */
export function meter(
  label: string,
  value: number,
  words: readonly [number, string][],
  glossary?: string,
): HTMLElement {
  const v = Math.round(Math.max(0, Math.min(100, value)));
  const word = words.find(([limit]) => v < limit)?.[1] ?? words[words.length - 1]?.[1] ?? '';
  return h(
    'div',
    { class: 'meter' },
    glossary
      ? h('button', { type: 'button', class: 'meter-label glossary-term', 'data-glossary': glossary }, label)
      : h('span', { class: 'meter-label' }, label),
    h(
      'span',
      {
        class: 'meter-track',
        role: 'meter',
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': v,
        'aria-valuetext': `${v}: ${word}`,
      },
      h('span', { class: 'meter-fill', style: `width: ${v}%` }),
    ),
    h('span', { class: 'meter-value' }, `${word} (${v})`),
  );
}

/** Where each word of trust begins: below 20 the first word, below 40 the second, and so on. */
const TRUST_LIMITS = [20, 40, 60, 80, 101] as const;

export function trustWords(): [number, string][] {
  return TRUST_LIMITS.map((limit, i) => [limit, TEXT.trustWords[i]!]);
}
