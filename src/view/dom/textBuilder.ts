import { eventOf } from '../../flow/events';
import { refusedDraftBy } from '../../flow/reactions';
import type { RunContext } from '../../flow/rootMachine';
import { draftMove, isAllowed } from '../../flow/run';
import type { Knowledge } from '../../flow/selectors';
import { shortNameOf } from '../../flow/selectors';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

type MarkKind = 'wants' | 'asks' | 'red';

/** A delegation's mark on an option, readable without colour: its short name, a shape per kind, and words. */
function mark(kind: MarkKind, party: { name: string; colour: string }): HTMLElement {
  return h(
    'span',
    {
      class: `mark mark-${kind}`,
      style: `--party: ${party.colour}`,
      title: TEXT.text.markTitle[kind](party.name),
    },
    h('span', { 'aria-hidden': 'true' }, `${kind === 'red' ? '✕ ' : ''}${shortNameOf(party)}`),
    h('span', { class: 'visually-hidden' }, TEXT.text.markTitle[kind](party.name)),
  );
}

/** The key to the marks, once above the text, so each option needs only a few letters. */
function markKey(run: RunContext): HTMLElement {
  return h(
    'p',
    { class: 'mark-key' },
    ...run.scenario.parties.map((party) =>
      h(
        'span',
        { class: 'mark-key-party' },
        h(
          'span',
          { class: 'mark mark-wants', style: `--party: ${party.colour}`, 'aria-hidden': 'true' },
          shortNameOf(party),
        ),
        ` ${party.name}`,
      ),
    ),
    h('span', { class: 'mark-key-kinds' }, TEXT.text.markKinds),
  );
}

/** How one text's clauses are drawn: the options chosen, and what each option and clause carries beside them. */
export interface ClauseSheet {
  /** Names the radio groups and keys, so two texts on one page never share a group. */
  readonly prefix: string;
  readonly chosen: readonly number[];
  /** Tags inside the option's label (the status quo, what is on the table), and marks after it. */
  readonly tags: (issue: number, option: number) => readonly (HTMLElement | string)[];
  readonly marks: (issue: number, option: number) => readonly HTMLElement[];
  /** Whether the clause differs from the text it is compared with, and a note under the clause's name. */
  readonly changed: (issue: number) => boolean;
  readonly note: (issue: number) => HTMLElement | null;
  readonly choose: (issue: number, option: number) => void;
}

/** The clauses of a text, one option each, as radio groups: the mediator's draft and a delegation's counter. */
export function clauseList(scenario: RunContext['scenario'], sheet: ClauseSheet): HTMLElement[] {
  return scenario.issues.map((issue, i) => {
    return h(
      'fieldset',
      { class: `clause ${sheet.changed(i) ? 'changed' : ''}` },
      h('legend', {}, `${i + 1}. ${issue.name}`, sheet.note(i)),
      h(
        'div',
        { class: 'options' },
        ...issue.options.map((_, o) => {
          const marks = sheet.marks(i, o);
          return h(
            'label',
            { class: `option ${sheet.chosen[i] === o ? 'chosen' : ''}` },
            h('input', {
              type: 'radio',
              name: `${sheet.prefix}-${i}`,
              'data-key': `${sheet.prefix}-${i}-${o}`,
              checked: sheet.chosen[i] === o,
              onchange: (event: Event) => {
                const options = (event.target as HTMLElement).closest('.options');
                for (const label of options?.querySelectorAll('.option') ?? [])
                  label.classList.toggle('chosen', label.contains(event.target as Node));
                sheet.choose(i, o);
              },
            }),
            h('span', { class: 'option-label' }, issue.options[o]!.label, ...sheet.tags(i, o)),
            marks.length > 0 ? h('span', { class: 'marks' }, ...marks) : '',
          );
        }),
      ),
    );
  });
}

/** The single negotiating text: one option per issue, with what the mediator knows of each side's view. */
export function textBuilder(
  run: RunContext,
  knowledge: readonly Knowledge[],
  send: Send,
  canAct: boolean,
  /** The day's other controls (a statement, the end of the day), on the sheet's last line to save a row. */
  dayControls: HTMLElement,
): HTMLElement {
  const { scenario, draft } = run;
  const onTable = run.game.tabledToAll;
  const clauses = clauseList(scenario, {
    prefix: 'clause',
    chosen: draft.text,
    changed: (i) => Boolean(onTable && onTable[i] !== draft.text[i]),
    note: (i) =>
      onTable && onTable[i] !== draft.text[i]
        ? h('span', { class: 'changed-note' }, TEXT.text.changedFromTable)
        : null,
    tags: (i, o) => [
      scenario.issues[i]!.options[o]!.id === scenario.issues[i]!.statusQuo
        ? h('span', { class: 'tag' }, TEXT.text.statusQuo)
        : '',
      onTable && onTable[i] === o && draft.text[i] !== o
        ? h('span', { class: 'tag tag-tabled' }, TEXT.text.onTheTable)
        : '',
    ],
    marks: (i, o) =>
      knowledge.flatMap((k) => {
        const party = scenario.parties[k.party]!;
        const asked = k.answer?.answer.counter;
        return [
          ...(k.favourite[i] === o ? [mark('wants', party)] : []),
          ...(asked && asked[i] === o && k.answer!.text[i] !== o ? [mark('asks', party)] : []),
          ...(k.redLines.some((l) => l.issue === i && l.option === o) ? [mark('red', party)] : []),
        ];
      }),
    choose: (i, o) =>
      send({
        type: 'draft.choose',
        issue: scenario.issues[i]!.id,
        option: scenario.issues[i]!.options[o]!.id,
      }),
  });
  const addressed = h(
    'fieldset',
    { class: 'address' },
    h('legend', {}, TEXT.text.tableTo),
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
        ` ${shortNameOf(party)}`,
        h('span', { class: 'visually-hidden' }, ` (${party.name})`),
      ),
    ),
  );
  const everyone = draft.parties.length === scenario.parties.length;
  const refusedBy = refusedDraftBy(run).map((p) => scenario.parties[p]!.name);
  const cost =
    refusedBy.length > 0
      ? h('p', { class: 'retable-cost', role: 'status' }, TEXT.room.retableCost(refusedBy))
      : null;
  const table = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-key': 'table',
      disabled: !canAct || !isAllowed(run, draftMove(run)),
      title: TEXT.text.tablingRule,
      onclick: () => send(eventOf(draftMove(run))),
    },
    everyone ? TEXT.text.tableToAll : TEXT.text.tableToTicked,
  );
  return h(
    'div',
    { class: 'sheet text-builder' },
    h(
      'section',
      { class: 'text-body', 'aria-labelledby': 'text-heading' },
      h('div', { class: 'text-head' }, h('h2', { id: 'text-heading' }, TEXT.text.heading), markKey(run)),
      h('div', { class: 'clauses' }, ...clauses),
    ),
    h(
      'div',
      { class: 'sheet-foot' },
      h('div', { class: 'table-actions' }, addressed, cost, table),
      dayControls,
    ),
  );
}
