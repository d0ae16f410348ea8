import type { Explanation } from '../agents/reasons';
import type { AnswerKind } from '../engine/answer';
import { textHash } from '../engine/digest';
import { hashSeed, nextIndex, seedStreams } from '../engine/rng';
import type { Evidence, Placeholder, Situation } from '../scenario/schema';
import { type ReactionKind, reactionIn } from './reactions';
import type { RunContext } from './runContext';
import { stringsOf } from './strings';

/**
 * What a delegation's leader says, from the scenario's phrasebook (or the generic lines below). Pure: the line
 * follows from the seed and the journal alone, so a rebuilt game says what the played one said.
 */

/** A line as spoken, with the evidence for it (none for a generic line). */
export interface Spoken {
  readonly text: string;
  readonly evidence: Evidence | null;
}

type Values = Partial<Record<Placeholder, string>>;

const fill = (line: string, values: Values) =>
  line.replace(/\{([^{}]*)\}/g, (_, name: string) => values[name as Placeholder] ?? '');

const fillable = (line: string, values: Values) =>
  [...line.matchAll(/\{([^{}]*)\}/g)].every(([, name]) => values[name as Placeholder] !== undefined);

/** The order of the lines in one round (a shuffle); a round never opens with the line the last one ended on. */
function roundOrder(seed: number, key: string, n: number, round: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let stream = seedStreams(hashSeed(seed ^ textHash(`${key}#${round}`)), 1)[0]!;
  for (let i = n - 1; i > 0; i--) {
    const [j, next] = nextIndex(stream, i + 1);
    stream = next;
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (round > 0 && n > 1 && order[0] === roundOrder(seed, key, n, round - 1)[n - 1])
    [order[0], order[1]] = [order[1]!, order[0]!];
  return order;
}

/**
 * The line for the `occurrence`-th time (0 first) this delegation is in this situation: each line once, in a
 * seed-drawn order, before any repeats.
 */
export function pickLine(
  run: RunContext,
  party: number,
  situation: Situation,
  occurrence: number,
  values: Values = {},
): Spoken {
  const delegation = run.scenario.parties[party]!;
  const authored = (delegation.phrasebook?.[situation] ?? [])
    .filter((p) => fillable(p.line, values))
    .map((p): Spoken => ({ text: p.line, evidence: evidenceOf(p) }));
  const lines =
    authored.length > 0
      ? authored
      : [stringsOf(run.scenario).genericLines[situation]]
          .filter((line) => fillable(line, values))
          .map((line): Spoken => ({ text: line, evidence: null }));
  if (lines.length === 0) return { text: stringsOf(run.scenario).plainLine, evidence: null };
  const n = lines.length;
  const k = Math.max(0, occurrence);
  const order = roundOrder(run.seed, `${delegation.id}/${situation}`, n, Math.floor(k / n));
  const chosen = lines[order[k % n]!]!;
  return { text: fill(chosen.text, values), evidence: chosen.evidence };
}

function evidenceOf(p: Evidence): Evidence {
  return p.inferred !== undefined ? { inferred: p.inferred } : { source: p.source, quote: p.quote };
}

type AnswerSituation = Extract<Situation, 'accept' | 'counter' | 'reject' | 'red-line' | 'walk-out'>;

/** Which situation an answer speaks in: a refusal over a red line has its own lines. */
export function answerSituation(answer: {
  readonly kind: AnswerKind;
  readonly redLine?: unknown;
}): AnswerSituation {
  return answer.kind === 'reject' && answer.redLine ? 'red-line' : answer.kind;
}

/** How many answers of this delegation in the journal were in this situation: the count that picks the line. */
function answersIn(run: RunContext, party: number, situation: AnswerSituation): number {
  let count = 0;
  for (const entry of run.journal)
    for (const report of entry.reports)
      if (report.kind === 'table')
        for (const given of report.answers)
          if (given.party === party && answerSituation(given.answer) === situation) count++;
  return count;
}

/** The delegation's latest answer (the one the explanation puts in words), in its leader's voice. */
export function answerLine(run: RunContext, party: number, explanation: Explanation): Spoken {
  const situation = answerSituation(explanation);
  const n = explanation.changes.length;
  const values: Values = {
    ...(n > 0 ? { changes: stringsOf(run.scenario).speech.changes(n) } : {}),
    ...(explanation.reasons.length > 0
      ? {
          issues: explanation.reasons
            .slice(0, 2)
            .map((r) => r.issueName)
            .join(' and '),
        }
      : {}),
    ...(explanation.redLine
      ? { issue: explanation.redLine.issueName, option: explanation.redLine.optionLabel }
      : {}),
  };
  return pickLine(run, party, situation, answersIn(run, party, situation) - 1, values);
}

/** An answer put in words, with the line its leader says (selectors.ts adds it for the meeting room). */
export type SpokenExplanation = Explanation & { readonly said: Spoken };

/** How the delegation takes the envoy's last move (`kind` from reactions.ts), in its leader's voice. */
export function reactionLine(run: RunContext, party: number, kind: ReactionKind): Spoken {
  const times = run.journal.filter((entry) => reactionIn(entry.reports, party)?.kind === kind).length;
  return pickLine(run, party, kind, times - 1);
}

/** What the delegation says on the conference day, by the engine's outcome: it comes, or it stays away. */
export function conferenceSpoken(run: RunContext, party: number): Spoken | null {
  const outcome = run.game.outcome;
  if (!outcome) return null;
  return pickLine(run, party, outcome.attends[party] ? 'comes' : 'stays-away', 0);
}

/** The conference day's line as text ('' before the conference). */
export function conferenceLine(run: RunContext, party: number): string {
  return conferenceSpoken(run, party)?.text ?? '';
}
