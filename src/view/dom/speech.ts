import type { Explanation } from '../../agents/reasons';
import type { Scenario } from '../../scenario/schema';
import { evidenceMark } from './evidence';
import { h } from './h';

/** What the delegation's leader says, in plain words. */
export function saying(why: Explanation): string {
  switch (why.kind) {
    case 'accept':
      return 'We can accept this text.';
    case 'walk-out':
      return 'We have nothing more to discuss with you.';
    case 'counter':
      return why.changes.length === 1
        ? 'Not as it stands. Change one clause and we can agree:'
        : `Not as it stands. Change ${why.changes.length} clauses and we can agree:`;
    case 'reject':
      if (why.redLine) return `We will never accept this: ${why.redLine.optionLabel.toLowerCase()}.`;
      return why.reasons.length
        ? `This text costs us too much on ${why.reasons
            .slice(0, 2)
            .map((r) => r.issueName.toLowerCase())
            .join(' and ')}.`
        : 'We cannot accept this text.';
  }
}

/** The answer as speech, with the reasons and the points behind it on demand. */
export function speech(scenario: Scenario, why: Explanation): HTMLElement {
  const reasons = why.reasons.length
    ? h(
        'details',
        { class: 'reasons' },
        h('summary', {}, 'Why, in points'),
        h(
          'ul',
          {},
          ...why.reasons.map((r) =>
            h(
              'li',
              {},
              h('span', { class: 'clause-issue' }, `${r.issueName}: `),
              `${r.optionLabel} `,
              h('span', { class: 'points' }, `(−${r.cost.toFixed(1)} points)`),
              evidenceMark(scenario, r.evidence, `Why this costs ${why.speaker}'s delegation`),
            ),
          ),
        ),
      )
    : null;
  return h(
    'div',
    { class: `speech speech-${why.kind}` },
    h('p', {}, h('strong', {}, `${why.speaker}: `), `“${saying(why)}”`),
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
          `Red line: ${why.redLine.issueName} — ${why.redLine.optionLabel}`,
          evidenceMark(scenario, why.redLine.evidence, 'Why this is a red line'),
        )
      : null,
    reasons,
  );
}
