import { h } from './h';

export interface RadioItem {
  readonly value: string;
  readonly label: Node | string;
  readonly checked: boolean;
  readonly choose: () => void;
}

/** One choice among a few, as the teacher's page lists them: a fieldset of labelled radio buttons. */
export function radioList(legend: string, name: string, items: readonly RadioItem[], hint?: Node | null) {
  return h(
    'fieldset',
    { class: 'scenario-list' },
    h('legend', {}, legend),
    ...items.map((item) =>
      h(
        'label',
        { class: 'scenario-choice' },
        h('input', {
          type: 'radio',
          name,
          value: item.value,
          'data-key': `${name}-${item.value}`,
          checked: item.checked,
          onchange: item.choose,
        }),
        h('span', {}, item.label),
      ),
    ),
    hint ?? null,
  );
}
