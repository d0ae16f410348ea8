import { eventOf } from '../../flow/events';
import { reactionLine as spokenReaction } from '../../flow/phrasebook';
import { answerChanges, reactionOf } from '../../flow/reactions';
import type { RunContext } from '../../flow/rootMachine';
import { isAllowed } from '../../flow/run';
import type { Knowledge } from '../../flow/selectors';
import { dateOf } from '../../flow/selectors';
import { TEXT } from '../text';
import { evidenceMark } from './evidence';
import { h } from './h';
import { meter, trustWords } from './meter';
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
      ? TEXT.room.statementNote
      : reaction.kind === 'consulted'
        ? ''
        : [
            TEXT.room.trustMoved(reaction.trustBefore, reaction.trustAfter),
            reaction.kind === 'pressed'
              ? TEXT.room.pressedNote
              : reaction.kind === 'reassured'
                ? TEXT.room.reassuredNote
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
      said.evidence ? evidenceMark(run.scenario, said.evidence, TEXT.room.wordsFrom(leader)) : null,
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
    h('span', { class: 'reading-label' }, TEXT.room.caresMost),
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
    h('h3', {}, TEXT.room.inPrivate(dateOf(run.scenario, consult.day).short)),
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
            h('span', {}, TEXT.room.about(issue.name, share)),
          ),
        ),
    ),
    h('p', { class: 'note' }, TEXT.room.margin(Math.round(consult.noise), consult.readings)),
    consult.earlier.length > 0
      ? h(
          'div',
          { class: 'earlier-readings' },
          h('h3', {}, TEXT.room.earlierReadings),
          h(
            'ul',
            {},
            ...consult.earlier.map((r) =>
              h(
                'li',
                {},
                TEXT.room.earlier(dateOf(run.scenario, r.day).short, Math.round(r.noise)),
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
  if (!answer) return h('p', { class: 'speech speech-none' }, TEXT.room.noAnswerYet);
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
      TEXT.room.answeredOn(dateOf(run.scenario, answer.day).short),
      why.changes.length > 0 && why.kind !== 'walk-out' ? ` ${TEXT.room.asksMarked}` : '',
      // Outside the clamped line, so its popover is never clipped.
      why.said.evidence
        ? evidenceMark(run.scenario, why.said.evidence, TEXT.room.wordsFrom(why.speaker))
        : null,
    ),
    changed > 0 ? h('p', { class: 'stale-note' }, TEXT.room.staleAnswer(changed)) : null,
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
        TEXT.room.redLinesNamed,
        knowledge.redLines.map((l) => run.scenario.issues[l.issue]!.options[l.option]!.label).join('; '),
      )
    : null;
  const more = h(
    'details',
    { class: 'card-more', 'data-key': `more-${p}` },
    h(
      'summary',
      {},
      TEXT.room.more,
      h('span', { class: 'visually-hidden' }, TEXT.room.moreAbout(party.name)),
    ),
    h(
      'div',
      { class: 'card-more-body' },
      h('p', { class: 'leaders' }, party.leaders.map((l) => `${l.name} (${l.title})`).join(', ')),
      knowledge.answer
        ? h(
            'section',
            {},
            h('h3', {}, TEXT.room.answeredOn(dateOf(run.scenario, knowledge.answer.day).short)),
            speech(run.scenario, knowledge.answer.explanation, false),
          )
        : null,
      redLines,
      readingDetail(run, knowledge),
      !knowledge.answer && !knowledge.consult && !redLines
        ? h('p', { class: 'note' }, TEXT.room.nothingLearnt)
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
        meter(TEXT.room.trust, state.trustMediator, trustWords(), 'trust'),
      ),
    ),
    state.walkedOut
      ? h(
          'p',
          { class: 'walked-out-note', role: 'status' },
          TEXT.room.walkedOut(Math.round(state.trustMediator)),
        )
      : null,
    reactionLine(run, p),
    latestAnswer(run, knowledge),
    readingSummary(run, knowledge),
    h(
      'div',
      { class: 'card-actions', role: 'group', 'aria-label': TEXT.room.movesWith(party.name) },
      act('consult', TEXT.room.consult, TEXT.room.consultLabel(party.name), TEXT.room.consultHint),
      act('press', TEXT.room.press, TEXT.room.pressLabel(party.name), TEXT.room.pressHint),
      act('reassure', TEXT.room.reassure, TEXT.room.reassureLabel(party.name), TEXT.room.reassureHint),
      more,
    ),
  );
}
