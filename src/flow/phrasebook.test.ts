import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { BUILT_IN } from '../agents/mediators/builtIn';
import type { Explanation } from '../agents/reasons';
import type { Move } from '../engine/move';
import { loadFixture, loadGeneva } from '../testing/scenarios';
import { driveGame } from './driveGame';
import { eventOf } from './events';
import { answerLine, conferenceLine, pickLine, reactionLine } from './phrasebook';
import { reactionOf } from './reactions';
import { rebuildRun } from './rebuild';
import { rootMachine } from './rootMachine';
import { draftMove, playMove, startRun } from './run';
import type { RunContext } from './runContext';
import { knowledgeOf } from './selectors';
import { stringsOf } from './strings';

const geneva = loadGeneva();
const entry = { id: geneva.meta.id, scenario: geneva };
const RUSSIA = 0;

/** Consults Russia `times` times, three a day, and gives the line it said after each. */
function consultLines(seed: number, times: number): string[] {
  let run = startRun(entry, seed, [], 0);
  const said: string[] = [];
  while (said.length < times) {
    const next = playMove(run, { type: 'consult', party: 'russia' });
    if (!next) {
      run = playMove(run, { type: 'endDay' })!;
      continue;
    }
    run = next;
    expect(reactionOf(run, RUSSIA)?.kind).toBe('consulted');
    said.push(reactionLine(run, RUSSIA, 'consulted').text);
  }
  return said;
}

describe('what a delegation says', () => {
  const lines = geneva.parties[RUSSIA]!.phrasebook!.consulted!.map((l) => l.line);

  it('uses every line of a situation once before it repeats one, and never says one twice running', () => {
    const said = consultLines(1, lines.length * 3);
    for (let round = 0; round < 3; round++) {
      const block = said.slice(round * lines.length, (round + 1) * lines.length);
      expect([...block].sort()).toEqual([...lines].sort());
    }
    said.slice(1).forEach((line, i) => {
      expect(line).not.toBe(said[i]);
    });
  });

  it('draws another order in another game', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => consultLines(seed, lines.length).join('|')),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => consultLines(seed, 1)[0])).size).toBeGreaterThan(1);
  });

  it('says the same lines in a game rebuilt from its moves (a resumed game), at every step', () => {
    const shown = (run: RunContext) =>
      run.scenario.parties.map((_, p) => {
        const reaction = reactionOf(run, p);
        return {
          reaction: reaction ? reactionLine(run, p, reaction.kind).text : null,
          answer: knowledgeOf(run)[p]!.answer?.explanation.said.text ?? null,
          conference: conferenceLine(run, p),
        };
      });
    const actor = createActor(rootMachine, {
      input: { soundOn: false, scenarios: [entry], seed: 4 },
    }).start();
    for (const type of ['boot.loaded', 'title.start', 'briefing.begin', 'nav.meet'] as const)
      actor.send({ type });
    const run = () => actor.getSnapshot().context.run!;
    const table = (): Move => draftMove(run());
    const day: (() => Move)[] = [
      () => ({ type: 'consult', party: 'russia' }),
      table,
      () => ({ type: 'press', party: 'coalition' }),
      () => ({ type: 'endDay' }),
    ];
    const script = [
      ...day,
      ...day,
      ...day,
      () => ({ type: 'statement' }) as Move,
      table,
      () => ({ type: 'reassure', party: 'united-states' }) as Move,
    ];
    let steps = 0;
    for (const next of script) {
      if (actor.getSnapshot().matches({ run: 'dayEnd' })) actor.send({ type: 'nav.nextDay' });
      if (actor.getSnapshot().matches({ run: 'plan' })) actor.send({ type: 'nav.meet' });
      const before = run().log.length;
      actor.send(eventOf(next()));
      if (run().log.length === before) continue;
      const rebuilt = rebuildRun(entry, run());
      if (!rebuilt.ok) throw new Error(rebuilt.reason);
      expect(shown(rebuilt.run)).toEqual(shown(run()));
      steps++;
    }
    expect(steps).toBeGreaterThan(10);
    expect(shown(run()).every((p) => p.answer !== null)).toBe(true);
  });

  it('on the conference day, comes or stays away in its own words, as the outcome has it', () => {
    const played = driveGame(geneva, 3, BUILT_IN.careful!);
    const run = played.actor.getSnapshot().context.run!;
    geneva.parties.forEach((party, p) => {
      const book = played.outcome.attends[p] ? party.phrasebook!.comes! : party.phrasebook!['stays-away']!;
      expect(book.map((l) => l.line)).toContain(conferenceLine(run, p));
    });
    expect(conferenceLine(startRun(entry, 3, [], 0), 0)).toBe('');
  });
});

describe('where the scenario has no phrasebook', () => {
  const fixture = loadFixture();
  const run = startRun({ id: fixture.meta.id, scenario: fixture }, 1, [], 0);
  const reason = (issueName: string) => ({
    issueId: 'x',
    issueName,
    optionId: 'y',
    optionLabel: 'Y',
    cost: 10,
    evidence: { inferred: 'a reason long enough for the test' },
    weightEvidence: { inferred: 'a reason long enough for the test' },
  });
  const why = (over: Partial<Explanation>): Explanation => ({
    partyId: fixture.parties[0]!.id,
    speaker: 'Someone',
    kind: 'reject',
    reasons: [],
    changes: [],
    ...over,
  });

  it('falls back on the generic lines, filled in', () => {
    expect(reactionLine(run, 0, 'pressed')).toEqual({
      text: stringsOf(run.scenario).genericLines.pressed,
      evidence: null,
    });
    expect(answerLine(run, 0, why({ kind: 'accept' })).text).toBe('We can accept this text.');
    expect(
      answerLine(run, 0, why({ reasons: [reason('Fees'), reason('Berths'), reason('Roads')] })).text,
    ).toBe('This text costs us too much: Fees and Berths.');
    const change = { issueId: 'x', issueName: 'X', from: 'a', to: 'b' };
    expect(answerLine(run, 0, why({ kind: 'counter', changes: [change] })).text).toBe(
      'Not as it stands. Change one clause and we can agree:',
    );
    expect(answerLine(run, 0, why({ kind: 'counter', changes: [change, change] })).text).toBe(
      'Not as it stands. Change 2 clauses and we can agree:',
    );
    const redLine = {
      issueName: 'Fees',
      optionLabel: 'No fees at all',
      evidence: { inferred: 'x'.repeat(30) },
    };
    expect(answerLine(run, 0, why({ redLine })).text).toBe('We will never accept this: No fees at all.');
  });

  it('says something plain when no line can be filled', () => {
    expect(answerLine(run, 0, why({})).text).toBe('We cannot accept this text.');
    expect(pickLine(run, 0, 'reject', 0).text).toBe('We cannot accept this text.');
  });
});
