import type { SpokenExplanation } from '../../flow/phrasebook';
import type { Scenario } from '../../scenario/schema';
import { TEXT } from '../text';
import { evidenceMark } from './evidence';
import { h } from './h';

/** What the delegation's leader says: the scenario's line for it (flow/phrasebook.ts), filled in. */
export function saying(why: SpokenExplanation): string {
  return why.said.text;
}

/**
 * The answer as speech, with the reasons and the points behind it on demand. Where the leader's words are
 * already on screen (the delegation's card), `words: false` leaves them out, so they are said once.
 */
export function speech(scenario: Scenario, why: SpokenExplanation, words = true): HTMLElement {
  const reasons = why.reasons.length
    ? h(
        'details',
        { class: 'reasons' },
        h('summary', {}, TEXT.speech.whyInPoints),
        h(
          'ul',
          {},
          ...why.reasons.map((r) =>
            h(
              'li',
              {},
              h('span', { class: 'clause-issue' }, `${r.issueName}: `),
              `${r.optionLabel} `,
              h('span', { class: 'points' }, TEXT.speech.costs(r.cost.toFixed(1))),
              evidenceMark(scenario, r.evidence, TEXT.speech.whyCosts(why.speaker)),
            ),
          ),
        ),
      )
    : null;
  return h(
    'div',
    { class: `speech speech-${why.kind}` },
    words
      ? h(
          'p',
          {},
          h('strong', {}, `${why.speaker}: `),
          `“${saying(why)}”`,
          why.said.evidence
            ? evidenceMark(scenario, why.said.evidence, TEXT.room.wordsFrom(why.speaker))
            : null,
        )
      : null,
    why.kind === 'counter' || (why.kind === 'reject' && why.changes.length > 0)
      ? h(
          'ul',
          { class: 'asks' },
          ...why.changes.map((c) =>
            h('li', {}, h('span', { class: 'clause-issue' }, `${c.issueName}: `), c.to),
          ),
        )
      : null,
    why.redLine
      ? h(
          'p',
          { class: 'red-line-note' },
          TEXT.speech.redLine(why.redLine.issueName, why.redLine.optionLabel),
          evidenceMark(scenario, why.redLine.evidence, TEXT.speech.whyRedLine),
        )
      : null,
    reasons,
  );
}
