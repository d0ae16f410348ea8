import { describe, expect, it } from 'vitest';
import { loadGeneva } from '../../testing/scenarios';
import { rebuildRun } from '../rebuild';
import { rulesOf } from '../rulesOf';
import { acceptReply, beginTable, collectAnswer, draftMove, finishTable, startRun } from '../run';
import type { RunContext, ScenarioEntry, SeatMode } from '../runContext';
import { updateRun } from '../runRecord';
import { answerAsComputer, answerOfReply } from '../seatAnswers';
import { computerReply } from './computerReply';
import { waitingSeats } from './personQuestion';

const geneva = loadGeneva();
const entry: ScenarioEntry = { id: geneva.meta.id, scenario: geneva };
const everyone = geneva.parties.map((_, p) => p);

/** Tables the draft with one option per issue changed: a text that some parties counter and others refuse. */
function tabled(seats: readonly SeatMode[], option: number): RunContext {
  const start = startRun(entry, 11, seats, 0);
  const draft = updateRun(start, { draft: { ...start.draft, text: start.draft.text.map(() => option) } });
  return beginTable(draft, draftMove(draft))!.run;
}

describe('the computer’s reply for a person’s empty seat', () => {
  it('says what a computer seat says to the same text, counter-proposal included', () => {
    const kinds = new Set<string>();
    for (const option of [0, 1, 2]) {
      const asPersons = tabled(['person', 'person', 'person'], option);
      const asComputer = tabled(['computer', 'computer', 'computer'], option);
      for (const party of everyone) {
        const question = asComputer.pending!.request.questions.find((q) => q.party === party)!;
        const expected = answerAsComputer(question).answer;
        const reply = computerReply(asPersons, party)!;
        kinds.add(reply.answer.kind);
        expect(reply.answer.kind).toBe(expected.kind);
        const counter = reply.answer.counter;
        expect(
          counter
            ? geneva.issues.map((issue) => issue.options.findIndex((o) => o.id === counter[issue.id]))
            : undefined,
        ).toEqual(expected.counter);
      }
    }
    // The texts above draw counters and refusals: the comparison covers counter-proposals.
    expect([...kinds].sort()).toEqual(['counter', 'reject']);
  });

  it('is logged as the seat’s reply, with the computer’s reasons, and the game rebuilds from its log', () => {
    let run = tabled(['person', 'computer', 'person'], 1);
    const model = rulesOf(geneva).model;
    const computerSeat = run.pending!.request.questions.find((q) => q.party === 1)!;
    run = collectAnswer(run, answerAsComputer(computerSeat));
    for (const party of waitingSeats(run)) {
      const reply = computerReply(run, party)!;
      const question = run.pending!.request.questions.find((q) => q.party === party)!;
      expect(reply.by).toBe('computer');
      run = collectAnswer(acceptReply(run, reply)!, answerOfReply(model, question, reply));
    }
    run = finishTable(run);
    expect(run.log.map((m) => m.type)).toEqual(['table', 'reply', 'reply']);
    // The envoy hears the same answers, reasons and all, as from computer seats: the table is the computer's.
    const report = (r: RunContext) => r.journal.at(-1)!.reports.find((x) => x.kind === 'table');
    const allComputer = finishTable(
      tabled(['computer', 'computer', 'computer'], 1).pending!.request.questions.reduce(
        (r, q) => collectAnswer(r, answerAsComputer(q)),
        tabled(['computer', 'computer', 'computer'], 1),
      ),
    );
    expect(JSON.stringify(report(run))).toBe(JSON.stringify(report(allComputer)));
    expect(JSON.stringify(run.game)).toBe(JSON.stringify(allComputer.game));
    const rebuilt = rebuildRun(entry, run);
    if (!rebuilt.ok) throw new Error(rebuilt.reason);
    expect(JSON.stringify(rebuilt.run.journal)).toBe(JSON.stringify(run.journal));
    expect(JSON.stringify(rebuilt.run.game)).toBe(JSON.stringify(run.game));
  });

  it('gives nothing for a seat that owes no answer', () => {
    const run = tabled(['person', 'computer', 'person'], 1);
    expect(computerReply(run, 1)).toBeNull();
    expect(computerReply(startRun(entry, 11, ['person'], 0), 0)).toBeNull();
  });
});
