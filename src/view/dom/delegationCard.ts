import { eventOf } from '../../flow/events';
import { reactionLine as spokenReaction } from '../../flow/phrasebook';
import { answerChanges, reactionOf } from '../../flow/reactions';
import type { RunContext } from '../../flow/rootMachine';
import { isAllowed } from '../../flow/run';
import type { Knowledge } from '../../flow/selectors';
import { dateOf, RULES_SHOWN } from '../../flow/selectors';
import { TEXT } from '../text';
import { evidenceMark } from './evidence';
import { h } from './h';
import { meter, TRUST_WORDS } from './meter';
import { portrait } from './portrait';
import type { Send } from './screen';
import { saying, speech } from './speech';

/** How they took your last move, in their leader's voice, and what it changed. */
function reactionLine(run: RunContext, p: number): HTMLElement | null {
  const reaction = reactionOf(run, p);
  if (!reaction) return null;
  const leader = run.scenario.parties[p]!.leaders[0]!.name;
  const said = spokenReaction(run, p, reaction.kind);
  const changed =
    reaction.kind === 'statement'
      ? TEXT.statementNote
      : reaction.kind === 'consulted'
        ? ''
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
    h(
      'p',
      { class: 'reaction-line' },
      h('strong', {}, `${leader}: `),
      `“${said.text}”`,
      said.evidence ? evidenceMark(run.scenario, said.evidence, `Where ${leader}'s words come from`) : null,
    ),
    changed ? h('p', { class: 'note' }, changed) : null,
  );
}

/** What the latest private reading says at a glance: the two issues that matter most, with its margin. */
function readingSummary(run: RunContext, knowledge: Knowledge): HTMLElement | null {
  const consult = knowledge.consult;
  if (!consult) return null;
  const top = run.scenario.issues
    .map((issue, i) => ({ name: issue.name, share: consult.priorities[i]! }))
    .sort((a, b) => b.share - a.share)
    .slice(0, 2);
  return h(
    'p',
    { class: 'reading-summary', title: top.map((t) => `${t.name} ~${t.share}%`).join(', ') },
    h('span', { class: 'reading-label' }, TEXT.caresMost),
    top.map((t) => `${t.name} ~${t.share}%`).join(', '),
    h('span', { class: 'reading-margin' }, ` ±${Math.round(consult.noise)}`),
  );
}

/** The full private reading, with every earlier one: repetition never destroys what was learnt. */
function readingDetail(run: RunContext, knowledge: Knowledge): HTMLElement | null {
  const consult = knowledge.consult;
  if (!consult) return null;
  return h(
    'section',
    { class: 'consult-notes' },
    h('h3', {}, `In private (${dateOf(run.scenario, consult.day).short}): what matters to them`),
    h(
      'ul',
      { class: 'priority-bars' },
      ...run.scenario.issues
        .map((issue, i) => ({ issue, share: consult.priorities[i]! }))
        .sort((a, b) => b.share - a.share)
        .map(({ issue, share }) =>
          h(
            'li',
            {},
            h('span', { class: 'bar', style: `width: ${Math.min(100, share * 2)}%`, 'aria-hidden': 'true' }),
            h('span', {}, `${issue.name}: about ${share}%`),
          ),
        ),
    ),
    h(
      'p',
      { class: 'note' },
      `As they let it show: give or take ${Math.round(consult.noise)} points${consult.readings > 1 ? `, the most precise of ${consult.readings} readings` : ''}.`,
    ),
    consult.earlier.length > 0
      ? h(
          'div',
          { class: 'earlier-readings' },
          h('h3', {}, TEXT.earlierReadings),
          h(
            'ul',
            {},
            ...consult.earlier.map((r) =>
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
  );
}

/** Their latest answer in one glance: the leader's words, which text they answered, and whether it still holds. */
function latestAnswer(run: RunContext, knowledge: Knowledge): HTMLElement {
  const answer = knowledge.answer;
  if (!answer) return h('p', { class: 'speech speech-none' }, TEXT.noAnswerYet);
  const changed = answerChanges(run, answer.text);
  const why = answer.explanation;
  return h(
    'div',
    { class: `answer answer-${why.kind} ${changed > 0 ? 'stale' : ''}` },
    h(
      'p',
      { class: 'answer-line' },
      h('strong', {}, `${why.speaker}: `),
      // A line that leads into a list of asks ends in a colon; on the card the asks are marked on the text.
      `“${saying(why).replace(/:$/, '.')}”`,
    ),
    h(
      'p',
      { class: 'answer-of' },
      TEXT.answeredOn(dateOf(run.scenario, answer.day).short),
      why.changes.length > 0 && why.kind !== 'walk-out' ? ` ${TEXT.asksMarked}` : '',
      // Outside the clamped line, so its popover is never clipped.
      why.said.evidence
        ? evidenceMark(run.scenario, why.said.evidence, `Where ${why.speaker}'s words come from`)
        : null,
    ),
    changed > 0 ? h('p', { class: 'stale-note' }, TEXT.staleAnswer(changed)) : null,
  );
}

/**
 * One delegation at the table, compact enough that all of them and the whole text fit a laptop screen: who they
 * are, their mood, what they last said and what they care most about; the rest (the full answer with its
 * reasons, every reading, red lines) opens on demand.
 */
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
  const redLines = knowledge.redLines.length
    ? h(
        'p',
        { class: 'red-line-note' },
        'Red lines named: ',
        knowledge.redLines.map((l) => run.scenario.issues[l.issue]!.options[l.option]!.label).join('; '),
      )
    : null;
  const more = h(
    'details',
    { class: 'card-more', 'data-key': `more-${p}` },
    h('summary', {}, TEXT.more, h('span', { class: 'visually-hidden' }, ` ${TEXT.moreAbout} ${party.name}`)),
    h(
      'div',
      { class: 'card-more-body' },
      h('p', { class: 'leaders' }, party.leaders.map((l) => `${l.name} (${l.title})`).join(', ')),
      knowledge.answer
        ? h(
            'section',
            {},
            h('h3', {}, TEXT.answeredOn(dateOf(run.scenario, knowledge.answer.day).short)),
            speech(run.scenario, knowledge.answer.explanation, false),
          )
        : null,
      redLines,
      readingDetail(run, knowledge),
      !knowledge.answer && !knowledge.consult && !redLines
        ? h('p', { class: 'note' }, TEXT.nothingLearnt)
        : null,
    ),
  );
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
      portrait({ key: party.portrait, name: lead.name, colour: party.colour, size: 52, title: lead.title }),
      h(
        'div',
        { class: 'delegation-head' },
        h('h2', { id: `delegation-${p}` }, party.name),
        meter('Trust in you', state.trustMediator, TRUST_WORDS, 'trust'),
      ),
    ),
    state.walkedOut
      ? h(
          'p',
          { class: 'walked-out-note', role: 'status' },
          `Walked out of the talks. Each reassurance restores ${RULES_SHOWN.perReassurance} points of trust; they come back at ${RULES_SHOWN.returnTrust} (now ${Math.round(state.trustMediator)}).`,
        )
      : null,
    reactionLine(run, p),
    latestAnswer(run, knowledge),
    readingSummary(run, knowledge),
    h(
      'div',
      { class: 'card-actions', role: 'group', 'aria-label': `Moves with ${party.name}` },
      act(
        'consult',
        'Consult',
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
      more,
    ),
  );
}
