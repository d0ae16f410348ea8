import { eventOf } from '../../flow/events';
import { refusedDraftBy } from '../../flow/reactions';
import type { RunContext } from '../../flow/rootMachine';
import { draftMove, isAllowed } from '../../flow/run';
import type { Knowledge } from '../../flow/selectors';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/** The single negotiating text: one option per issue, with what the mediator knows of each side's view. */
export function textBuilder(
  run: RunContext,
  knowledge: readonly Knowledge[],
  send: Send,
  canAct: boolean,
): HTMLElement {
  const { scenario, draft } = run;
  const clauses = scenario.issues.map((issue, i) =>
    h(
      'fieldset',
      { class: 'clause' },
      h('legend', {}, `${i + 1}. ${issue.name}`),
      ...issue.options.map((option, o) => {
        const fans = knowledge.filter((k) => k.favourite[i] === o).map((k) => scenario.parties[k.party]!);
        const reds = knowledge
          .filter((k) => k.redLines.some((l) => l.issue === i && l.option === o))
          .map((k) => scenario.parties[k.party]!);
        return h(
          'label',
          { class: `option ${draft.text[i] === o ? 'chosen' : ''}` },
          h('input', {
            type: 'radio',
            name: `clause-${i}`,
            'data-key': `clause-${i}-${o}`,
            checked: draft.text[i] === o,
            onchange: () => send({ type: 'draft.choose', issue: issue.id, option: option.id }),
          }),
          h(
            'span',
            { class: 'option-label' },
            option.label,
            option.id === issue.statusQuo ? h('span', { class: 'tag' }, 'status quo') : '',
          ),
          h(
            'span',
            { class: 'chips' },
            ...fans.map((p) =>
              h(
                'span',
                { class: 'chip', style: `--party: ${p.colour}`, title: `${p.name}'s public position` },
                `${p.name} wants this`,
              ),
            ),
            ...reds.map((p) =>
              h(
                'span',
                { class: 'chip red', title: `${p.name} named this as a red line` },
                `Red line: ${p.name}`,
              ),
            ),
          ),
        );
      }),
    ),
  );
  const addressed = h(
    'fieldset',
    { class: 'address' },
    h('legend', {}, 'Table it to'),
    ...scenario.parties.map((party, p) =>
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          'data-key': `address-${p}`,
          checked: draft.parties.includes(p),
          onchange: (event: Event) =>
            send({
              type: 'draft.address',
              party: party.id,
              included: (event.target as HTMLInputElement).checked,
            }),
        }),
        ` ${party.name}`,
      ),
    ),
  );
  const everyone = draft.parties.length === scenario.parties.length;
  const refusedBy = refusedDraftBy(run).map((p) => scenario.parties[p]!.name);
  const cost =
    refusedBy.length > 0
      ? h(
          'p',
          { class: 'retable-cost', role: 'status' },
          TEXT.retableCost(new Intl.ListFormat('en-GB').format(refusedBy), refusedBy.length),
        )
      : null;
  const table = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-key': 'table',
      disabled: !canAct || !isAllowed(run, draftMove(run)),
      onclick: () => send(eventOf(draftMove(run))),
    },
    everyone ? 'Table the text to every delegation' : 'Table the text to those ticked',
  );
  const tableArea = h('div', { class: 'table-area' }, cost, table);
  return h(
    'section',
    { class: 'sheet text-builder', 'aria-labelledby': 'text-heading' },
    h(
      'div',
      { class: 'clauses' },
      h('h2', { id: 'text-heading' }, 'The negotiating text'),
      h(
        'p',
        { class: 'note' },
        'One option per clause. Tabling costs an action; a text tabled to everyone is the one the conference meets on.',
      ),
      ...clauses,
    ),
    h('div', { class: 'table-actions' }, addressed, tableArea),
  );
}
