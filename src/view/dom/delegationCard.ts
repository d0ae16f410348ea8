import { eventOf } from '../../flow/events';
import { answerChanges, reactionOf } from '../../flow/reactions';
import type { RunContext } from '../../flow/rootMachine';
import { isAllowed } from '../../flow/run';
import type { Knowledge } from '../../flow/selectors';
import { dateOf, RULES_SHOWN } from '../../flow/selectors';
import { TEXT } from '../text';
import { h } from './h';
import { meter, TRUST_WORDS } from './meter';
import { portrait } from './portrait';
import type { Send } from './screen';
import { speech } from './speech';

/** How they took your last move, in their leader's voice, and what it changed. */
function reactionLine(run: RunContext, p: number): HTMLElement | null {
  const reaction = reactionOf(run, p);
  if (!reaction) return null;
  const leader = run.scenario.parties[p]!.leaders[0]!.name;
  const changed =
    reaction.kind === 'statement'
      ? TEXT.statementNote
      : [
          TEXT.trustMoved(reaction.trustBefore, reaction.trustAfter),
          reaction.kind === 'pressed'
            ? TEXT.pressedNote
            : reaction.kind === 'reassured'
              ? TEXT.reassuredNote
              : '',
        ]
          .filter(Boolean)
          .join(' ');
  return h(
    'div',
    { class: `reaction reaction-${reaction.kind}`, role: 'status' },
    h('p', { class: 'reaction-line' }, h('strong', {}, `${leader}: `), `“${TEXT.reaction[reaction.kind]}”`),
    h('p', { class: 'note' }, changed),
  );
}

/** One delegation at the table: who they are, their mood, what they last said, and the private moves. */
export function delegationCard(
  run: RunContext,
  knowledge: Knowledge,
  send: Send,
  canAct: boolean,
): HTMLElement {
  const p = knowledge.party;
  const party = run.scenario.parties[p]!;
  const state = run.game.parties[p]!;
  const lead = party.leaders[0]!;
  const priorities = knowledge.consult
    ? h(
        'details',
        { class: 'consult-notes', open: true },
        h(
          'summary',
          {},
          `In private (${dateOf(run.scenario, knowledge.consult.day).short}): what matters to them`,
        ),
        h(
          'ul',
          { class: 'priority-bars' },
          ...run.scenario.issues
            .map((issue, i) => ({ issue, share: knowledge.consult!.priorities[i]! }))
            .sort((a, b) => b.share - a.share)
            .map(({ issue, share }) =>
              h(
                'li',
                {},
                h('span', {
                  class: 'bar',
                  style: `width: ${Math.min(100, share * 2)}%`,
                  'aria-hidden': 'true',
                }),
                h('span', {}, `${issue.name}: about ${share}%`),
              ),
            ),
        ),
        h(
          'p',
          { class: 'note' },
          `As they let it show: give or take ${Math.round(knowledge.consult.noise)} points${knowledge.consult.readings > 1 ? `, the most precise of ${knowledge.consult.readings} readings` : ''}.`,
        ),
        knowledge.consult.earlier.length > 0
          ? h(
              'details',
              { class: 'earlier-readings' },
              h('summary', {}, TEXT.earlierReadings),
              h(
                'ul',
                {},
                ...knowledge.consult.earlier.map((r) =>
                  h(
                    'li',
                    {},
                    `${dateOf(run.scenario, r.day).short}, give or take ${Math.round(r.noise)}: `,
                    run.scenario.issues.map((issue, i) => `${issue.name} ${r.priorities[i]}%`).join(' · '),
                  ),
                ),
              ),
            )
          : null,
      )
    : null;
  const redLines = knowledge.redLines.length
    ? h(
        'p',
        { class: 'red-line-note' },
        'Red lines named: ',
        knowledge.redLines.map((l) => run.scenario.issues[l.issue]!.options[l.option]!.label).join('; '),
      )
    : null;
  const act = (type: 'consult' | 'press' | 'reassure', visible: string, label: string, hint: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'data-key': `${type}-${p}`,
        'aria-label': label,
        disabled: !canAct || !isAllowed(run, { type, party: party.id }),
        title: hint,
        onclick: () => send(eventOf({ type, party: party.id })),
      },
      visible,
    );
  return h(
    'article',
    {
      class: `delegation ${state.walkedOut ? 'walked-out' : ''}`,
      style: `--party: ${party.colour}`,
      'aria-labelledby': `delegation-${p}`,
    },
    h(
      'header',
      {},
      portrait({ key: party.portrait, name: lead.name, colour: party.colour, size: 88, title: lead.title }),
      h(
        'div',
        {},
        h('h3', { id: `delegation-${p}` }, party.name),
        h('p', { class: 'leaders' }, party.leaders.map((l) => `${l.name} (${l.title})`).join(', ')),
      ),
    ),
    meter('Trust in you', state.trustMediator, TRUST_WORDS, 'trust'),
    state.walkedOut
      ? h(
          'p',
          { class: 'walked-out-note', role: 'status' },
          `Walked out of the talks. Each reassurance restores ${RULES_SHOWN.perReassurance} points of trust; they come back at ${RULES_SHOWN.returnTrust} (now ${Math.round(state.trustMediator)}).`,
        )
      : null,
    reactionLine(run, p),
    knowledge.answer
      ? h(
          'div',
          { class: `answer ${answerChanges(run, knowledge.answer.text) > 0 ? 'stale' : ''}` },
          speech(run.scenario, knowledge.answer.explanation),
          h('p', { class: 'answer-of' }, TEXT.answeredOn(dateOf(run.scenario, knowledge.answer.day).short)),
          answerChanges(run, knowledge.answer.text) > 0
            ? h('p', { class: 'stale-note' }, TEXT.staleAnswer(answerChanges(run, knowledge.answer.text)))
            : null,
        )
      : h('p', { class: 'speech speech-none' }, 'No text tabled to them yet.'),
    redLines,
    priorities,
    h(
      'div',
      { class: 'card-actions', role: 'group', 'aria-label': `Moves with ${party.name}` },
      act(
        'consult',
        'Consult in private',
        `Consult in private with ${party.name}`,
        'Costs one action. They show their priorities; less each time.',
      ),
      act(
        'press',
        'Press',
        `Press ${party.name}`,
        'Costs one action and trust. Lowers what they demand; less each time.',
      ),
      act(
        'reassure',
        'Reassure',
        `Reassure ${party.name}`,
        'Costs one action. Builds trust, but they feel stronger.',
      ),
    ),
  );
}
