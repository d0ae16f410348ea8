import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { utilityOf } from '../../engine/model';
import { updateGame, updateParty } from '../../engine/records';
import { loadGeneva, loadShipped } from '../../testing/scenarios';
import { makeClassCode } from '../classCode';
import { eventOf } from '../events';
import { rebuildRun } from '../rebuild';
import { rootMachine } from '../rootMachine';
import { beginTable, draftMove, startRun } from '../run';
import type { RunContext, ScenarioEntry } from '../runContext';
import { updateRun } from '../runRecord';
import { hotSeatStageOf } from './hotSeatStage';
import { personQuestion, waitingSeats } from './personQuestion';

const geneva = loadGeneva();
const halvane = loadShipped('halvane-basin-2041.yaml');
const entry: ScenarioEntry = { id: geneva.meta.id, scenario: geneva };
const other: ScenarioEntry = { id: halvane.meta.id, scenario: halvane };
const COALITION = geneva.parties.findIndex((p) => p.id === 'coalition');

function onTitle() {
  const actor = createActor(rootMachine, {
    input: { soundOn: false, scenarios: [entry, other], seed: 3, now: 0 },
  }).start();
  actor.send({ type: 'boot.loaded' });
  return actor;
}

type Actor = ReturnType<typeof onTitle>;

function intoRoom(actor: Actor): Actor {
  actor.send({ type: 'briefing.begin' });
  actor.send({ type: 'nav.meet' });
  return actor;
}

/** A game of Geneva with a student at the Coalition's seat, in the first day's meeting room. */
function coalitionGame(): Actor {
  const actor = onTitle();
  actor.send({ type: 'title.seat', party: 'coalition', mode: 'person' });
  actor.send({ type: 'title.start' });
  return intoRoom(actor);
}

const run = (actor: Actor) => actor.getSnapshot().context.run!;
const stage = (actor: Actor) => hotSeatStageOf(actor.getSnapshot());
const tableDraft = (actor: Actor) => actor.send(eventOf(draftMove(run(actor))));
const lastAnswers = (actor: Actor) => {
  const report = run(actor)
    .journal.at(-1)!
    .reports.find((r) => r.kind === 'table');
  return report?.kind === 'table' ? report.answers : [];
};

describe('choosing seats on the title', () => {
  it('a seat chosen for a scenario starts its game with a student there, and stays chosen across a redraw', () => {
    const actor = onTitle();
    actor.send({ type: 'title.seat', party: 'coalition', mode: 'person' });
    // Looking at another scenario and back keeps the choice; the other scenario has its own (none).
    actor.send({ type: 'title.select', scenarioId: other.id });
    actor.send({ type: 'title.select', scenarioId: entry.id });
    actor.send({ type: 'title.seat', party: 'russia', mode: 'person' });
    actor.send({ type: 'title.seat', party: 'russia', mode: 'computer' });
    actor.send({ type: 'title.seat', party: 'atlantis', mode: 'person' });
    actor.send({ type: 'title.start' });
    expect(run(actor).seats).toEqual(['computer', 'computer', 'person']);
  });

  it('a scenario with no seats chosen, or chosen for another one, is all the computer’s', () => {
    const actor = onTitle();
    actor.send({ type: 'title.seat', party: 'coalition', mode: 'person' });
    actor.send({ type: 'title.select', scenarioId: other.id });
    actor.send({ type: 'title.start' });
    expect(run(actor).seats.every((s) => s === 'computer')).toBe(true);
  });

  it('joining a class takes the seats chosen for the scenario its code opens', () => {
    const actor = onTitle();
    actor.send({ type: 'title.seat', party: 'coalition', mode: 'person' });
    const { code } = makeClassCode(entry, 99, 'short');
    actor.send({ type: 'title.joinClass', code, name: 'Ana' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(run(actor).seats).toEqual(['computer', 'computer', 'person']);
  });
});

describe('a student’s seat at the table', () => {
  it('a tabled text goes to a privacy screen for the student, then their brief, then back to the mediator', () => {
    const actor = coalitionGame();
    tableDraft(actor);
    expect(stage(actor)).toMatchObject({ kind: 'handOver', question: { id: 'coalition' } });
    // The computer's seats have answered; the game waits for the student.
    expect(run(actor).pending!.answers.map((a) => a.party)).toEqual([0, 1]);
    actor.send({ type: 'hotSeat.show' });
    expect(stage(actor)).toMatchObject({ kind: 'brief', question: { name: 'Syrian National Coalition' } });
    actor.send({ type: 'move.reply', party: 'coalition', answer: { kind: 'reject' } });
    expect(stage(actor)).toEqual({ kind: 'handBack' });
    expect(lastAnswers(actor)[COALITION]?.answer.kind).toBe('reject');
    // Nothing of the mediator's screens until the mediator has the laptop back.
    actor.send({ type: 'move.statement' });
    expect(run(actor).log.at(-1)?.type).toBe('reply');
    actor.send({ type: 'hotSeat.back' });
    expect(stage(actor)).toBeNull();
    expect(actor.getSnapshot().matches({ run: { meetings: 'idle' } })).toBe(true);
  });

  it('a counter-proposal from the student reaches the mediator as the texts the Coalition asks for', () => {
    const actor = coalitionGame();
    tableDraft(actor);
    actor.send({ type: 'hotSeat.show' });
    const asked = { ...draftMove(run(actor)).text, guarantees: 'transition-timetable' };
    actor.send({ type: 'move.reply', party: 'coalition', answer: { kind: 'counter', counter: asked } });
    actor.send({ type: 'hotSeat.back' });
    const answer = lastAnswers(actor)[COALITION]!.answer;
    expect(answer.kind).toBe('counter');
    const issue = geneva.issues.findIndex((i) => i.id === 'guarantees');
    expect(geneva.issues[issue]!.options[answer.counter![issue]!]!.id).toBe('transition-timetable');
  });

  it('with several students, each is asked in turn, the laptop passing from one to the next', () => {
    const actor = onTitle();
    actor.send({ type: 'title.seat', party: 'russia', mode: 'person' });
    actor.send({ type: 'title.seat', party: 'coalition', mode: 'person' });
    actor.send({ type: 'title.start' });
    intoRoom(actor);
    tableDraft(actor);
    expect(stage(actor)).toMatchObject({ kind: 'handOver', question: { id: 'russia' } });
    actor.send({ type: 'hotSeat.show' });
    actor.send({ type: 'move.reply', party: 'russia', answer: { kind: 'accept' } });
    expect(stage(actor)).toMatchObject({ kind: 'handOver', question: { id: 'coalition' } });
    actor.send({ type: 'hotSeat.show' });
    expect(stage(actor)).toMatchObject({ kind: 'brief', question: { id: 'coalition' } });
    actor.send({ type: 'move.reply', party: 'coalition', answer: { kind: 'accept' } });
    expect(stage(actor)).toEqual({ kind: 'handBack' });
    expect(lastAnswers(actor).map((a) => a.answer.kind)).toHaveLength(3);
  });

  it('a text tabled only to the computer’s seats never stops for the laptop', () => {
    const actor = coalitionGame();
    actor.send({ type: 'draft.address', party: 'coalition', included: false });
    tableDraft(actor);
    expect(stage(actor)).toBeNull();
    expect(actor.getSnapshot().matches({ run: { meetings: 'idle' } })).toBe(true);
  });
});

describe('what the student at a seat sees', () => {
  const tabled = (r: RunContext) => beginTable(r, draftMove(r))!.run;
  const start = startRun(entry, 5, ['computer', 'computer', 'person'], 0);

  it('their own numbers: the text’s worth, their walk-away value and red lines, their points per option', () => {
    const waiting = tabled(start);
    const seen = personQuestion(waiting)!;
    const own = waiting.game.parties[COALITION]!;
    const view = waiting.pending!.request.questions.find((q) => q.party === COALITION)!.view;
    expect(seen.name).toBe('Syrian National Coalition');
    expect(seen.walkAway).toBe(Math.round(own.walkAway));
    expect(seen.worth).toBe(Math.round(utilityOf(view.points, view.weights, view.text)));
    expect(seen.brief).toBe(geneva.parties[COALITION]!.brief);
    expect(seen.demand).toBeGreaterThanOrEqual(seen.walkAway);
    expect(seen.issues.reduce((sum, i) => sum + i.share, 0)).toBeGreaterThan(97);
    expect(seen.issues.filter((i) => i.matters === 'most')).toHaveLength(1);
    expect(seen.redLines).toEqual([]);
  });

  it('a red line by its words, marked on its option, and said when the tabled text crosses it', () => {
    const russia = startRun(entry, 5, ['person'], 0);
    const crossing = updateRun(russia, {
      draft: { ...russia.draft, text: russia.draft.text.map((o, i) => (i === 1 ? 0 : o)) },
    });
    const seen = personQuestion(tabled(crossing))!;
    const line = { issue: 'Preconditions on attending', option: 'Assad must step down before the talks' };
    expect(seen.redLines).toEqual([line]);
    expect(seen.crossed).toEqual([line]);
    expect(seen.issues[1]!.options.map((o) => o.redLine)).toEqual([true, false, false]);
    expect(personQuestion(tabled(russia))!.crossed).toEqual([]);
  });

  it('nothing of the other parties: what they hide may change and the student’s screen stays the same', () => {
    const secretsChanged = updateRun(start, {
      game: updateGame(start.game, {
        parties: start.game.parties.map((party, p) =>
          p === COALITION
            ? party
            : updateParty(party, { walkAway: 99, weights: party.weights.map((_, i) => (i === 0 ? 1 : 0)) }),
        ),
      }),
    });
    expect(personQuestion(tabled(secretsChanged))).toEqual(personQuestion(tabled(start)));
    const words = JSON.stringify(personQuestion(tabled(start)));
    for (const party of geneva.parties.filter((_, p) => p !== COALITION))
      expect(words).not.toContain(party.name);
  });

  it('no one waits once the student has replied, and no question is open with no text on the table', () => {
    expect(personQuestion(start)).toBeNull();
    const waiting = tabled(start);
    expect(waitingSeats(waiting)).toEqual([COALITION]);
    const replied = updateRun(waiting, {
      log: [...waiting.log, { type: 'reply', party: 'coalition', answer: { kind: 'accept' } }],
    });
    expect(personQuestion(replied)).toBeNull();
  });
});

describe('a reload while a student’s answer is pending', () => {
  it('rebuilds with the text still on the table, resumes at that seat’s privacy screen, and plays on alike', () => {
    const played = coalitionGame();
    played.send({ type: 'move.consult', party: 'russia' });
    tableDraft(played);
    const saved = run(played);
    const rebuilt = rebuildRun(entry, saved);
    if (!rebuilt.ok) throw new Error(rebuilt.reason);
    expect(rebuilt.run.pending?.answers.map((a) => a.party)).toEqual([0, 1]);
    expect(JSON.stringify(rebuilt.run.pending)).toBe(JSON.stringify(saved.pending));

    const resumed = createActor(rootMachine, {
      input: { soundOn: false, scenarios: [entry], resume: { run: rebuilt.run, screen: 'meetings' } },
    }).start();
    resumed.send({ type: 'boot.loaded' });
    expect(stage(resumed)).toMatchObject({ kind: 'handOver', question: { id: 'coalition' } });
    for (const actor of [played, resumed]) {
      actor.send({ type: 'hotSeat.show' });
      actor.send({ type: 'move.reply', party: 'coalition', answer: { kind: 'reject' } });
      actor.send({ type: 'hotSeat.back' });
    }
    expect(JSON.stringify(run(resumed).journal)).toBe(JSON.stringify(run(played).journal));
    expect(JSON.stringify(run(resumed).game)).toBe(JSON.stringify(run(played).game));
  });

  it('a text with no reply that the log goes on past is still refused', () => {
    const waiting = beginTable(start(), draftMove(start()))!.run;
    const bad = rebuildRun(entry, { ...waiting, log: [...waiting.log, { type: 'statement' }] });
    expect(bad).toMatchObject({
      ok: false,
      at: 0,
      reason: 'move 1 (table): a person’s seat has no reply to it',
    });
  });
});

function start(): RunContext {
  return startRun(entry, 5, ['computer', 'computer', 'person'], 0);
}
