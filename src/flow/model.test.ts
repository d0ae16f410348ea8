import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { delegationPolicy } from '../agents/delegationPolicy';
import { rngFrom } from '../engine/rng';
import { partyEvent, tableEvent } from '../testing/fixtureEvents';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { loadFixture } from '../testing/scenarios';
import type { RootEvent } from './events';
import { rootMachine } from './rootMachine';
import { rulesOf } from './rulesOf';
import { startRun } from './run';
import { RUN_SCREENS, screenOf } from './screen';
import { answerAsComputer, answerAsPerson } from './seatAnswers';

const fixture = loadFixture();
type Snapshot = ReturnType<typeof rootMachine.transition>;

// In the three-valley fixture: the Nash text, which every party accepts on the last days once lower has been
// consulted enough (see src/testing/fixtureScenario.ts), and the status quo, across lower's red line.
const NASH_TEXT = FIXTURE_TEXTS.nash;
const STATUS_QUO = FIXTURE_TEXTS.statusQuo;
const LOWER = 2;

/** The events a tester can send in a state; a pending text's answers are produced by the engine's policy. */
function eventsFor(snapshot: Snapshot): RootEvent[] {
  const pending = snapshot.context.run?.pending;
  if (pending) {
    const question = pending.request.questions[pending.answers.length]!;
    const rng = rngFrom(question.rng);
    const answer = delegationPolicy(question.view, rng);
    return [{ type: 'seat.answered', given: { party: question.party, answer, rng: rng.state } }];
  }
  return [
    { type: 'boot.loaded' },
    { type: 'app.failed', failure: { what: 'x', detail: 'y', fix: 'z' } },
    { type: 'title.start' },
    { type: 'teacher.open' },
    { type: 'briefing.begin' },
    { type: 'nav.back' },
    { type: 'nav.meet' },
    partyEvent('consult', LOWER),
    tableEvent([0, 1, 2], NASH_TEXT),
    tableEvent([0, 1, 2], STATUS_QUO),
    { type: 'move.endDay' },
    { type: 'nav.nextDay' },
    { type: 'move.callConference' },
    { type: 'conference.done' },
    { type: 'outcome.debrief' },
    { type: 'debrief.restart' },
  ];
}

/**
 * States are told apart by where the machine is, how the conference went, and what decides it: the day, the
 * actions left, the text on the table and how often lower was consulted (four times is enough for the Nash
 * text) — not by every number in the game.
 */
function serializeState(snapshot: Snapshot): string {
  const game = snapshot.context.run?.game;
  const pending = snapshot.context.run?.pending;
  return JSON.stringify([
    snapshot.value,
    game?.outcome ? game.outcome.attends : null,
    pending ? pending.answers.length : null,
    game?.tabledToAll ?? null,
    game ? [game.day, game.actionsLeft, Math.min(4, game.parties[LOWER]!.consultations)] : null,
  ]);
}

const scenarios = [{ id: fixture.meta.id, scenario: fixture }];
const SEAT_VIEW = {
  party: 'lower',
  name: 'Lower valley',
  waiting: false,
  question: null,
  table: {
    table: 't1',
    name: 'Table 1',
    day: 0,
    date: '',
    text: [],
    textIsStatusQuo: true,
    waitingFor: [],
    seats: [],
    outcome: null,
  },
};
const paths = [
  ...getShortestPaths(rootMachine, {
    input: { soundOn: false, scenarios, seed: 3 },
    events: eventsFor,
    serializeState,
  }),
  // A damaged save at start-up is the only way into saveProblem.
  ...getShortestPaths(rootMachine, {
    input: { soundOn: false, scenarios, seed: 3, saveProblem: { what: 'damaged', detail: 'x' } },
    events: (snapshot): RootEvent[] => [
      ...eventsFor(snapshot),
      { type: 'save.keepFile' },
      { type: 'save.startOver' },
    ],
    serializeState,
  }),
  // A student's seat: the laptop passed to them, their brief, their reply, and the laptop passed back.
  ...getShortestPaths(rootMachine, {
    input: { soundOn: false, scenarios, seed: 3 },
    events: hotSeatEvents,
    serializeState: (snapshot) =>
      JSON.stringify([
        snapshot.value,
        snapshot.context.run?.pending?.answers.length,
        snapshot.context.run?.log.length,
      ]),
  }),
  // A delegation's own device at a live table (seats mode): the server's view of its seat.
  ...getShortestPaths(rootMachine, {
    input: { soundOn: false, scenarios, seed: 3 },
    events: (snapshot): RootEvent[] =>
      snapshot.matches('booting')
        ? [{ type: 'boot.loaded' }]
        : snapshot.matches('title')
          ? [{ type: 'liveClass.seat', view: SEAT_VIEW }]
          : [],
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  }),
];

/** A game with a student at lower's seat: what the seat actors would send is sent by hand, as above. */
function hotSeatEvents(snapshot: Snapshot): RootEvent[] {
  const run = snapshot.context.run;
  const pending = run?.pending;
  if (!run || !pending) {
    if (snapshot.matches({ run: { meetings: 'handBack' } })) return [{ type: 'hotSeat.back' }];
    return [
      { type: 'boot.loaded' },
      { type: 'title.start', seats: ['computer', 'computer', 'person'] },
      { type: 'briefing.begin' },
      { type: 'nav.meet' },
      tableEvent([0, 1, 2], NASH_TEXT),
    ];
  }
  const open = pending.request.questions.filter((q) => !pending.answers.some((a) => a.party === q.party));
  const computer = open.find((q) => run.seats[q.party] === 'computer');
  if (computer) return [{ type: 'seat.answered', given: answerAsComputer(computer) }];
  const reply = run.log.at(-1);
  if (reply?.type === 'reply')
    return [{ type: 'seat.answered', given: answerAsPerson(rulesOf(fixture).model, open[0]!, reply) }];
  if (snapshot.matches({ run: { meetings: { awaitingAnswers: 'handOver' } } }))
    return [{ type: 'hotSeat.show' }];
  return [{ type: 'move.reply', party: 'lower', answer: { kind: 'accept' } }];
}

const stateIds = (node: { id: string; states: Record<string, unknown> }): string[] => [
  node.id,
  ...Object.values(node.states).flatMap((child) => stateIds(child as typeof node)),
];

describe('the statechart, by its graph', () => {
  it('reaches every state', () => {
    const reached = new Set(
      paths.flatMap((path) => path.state._nodes.map((node: { id: string }) => node.id)),
    );
    // `resuming` is passed through, never rested in: its own test is that a resumed run lands on its screen.
    expect(stateIds(rootMachine.root).filter((id) => !reached.has(id))).toEqual(['envoy.resuming']);
    for (const screen of RUN_SCREENS) {
      const run = startRun(scenarios[0]!, 3, [], 0);
      const resumed = createActor(rootMachine, {
        input: { soundOn: false, scenarios, resume: { run, screen } },
      }).start();
      resumed.send({ type: 'boot.loaded' });
      expect(screenOf(resumed.getSnapshot()), screen).toBe(screen);
    }
  });

  it('has a shortest path to each outcome: everyone comes once lower is engaged, and lower stays away', () => {
    const outcomes = paths.filter((p) => p.state.matches('outcome'));
    const outcomeOf = (p: (typeof outcomes)[number]) => p.state.context.run!.game.outcome!;
    const attendances = outcomes.map((p) => JSON.stringify(outcomeOf(p).attends));
    expect(attendances).toContain(JSON.stringify([true, true, true]));
    expect(attendances).toContain(JSON.stringify([true, true, false]));
    const events = (p: (typeof outcomes)[number]) => p.steps.slice(1).map((s) => s.event.type);
    const shortest = (list: typeof outcomes) => [...list].sort((a, b) => a.steps.length - b.steps.length)[0]!;
    // Tabled and left alone, the Nash text brings upper and middle by the last days, never lower.
    const away = shortest(
      outcomes.filter((p) => JSON.stringify(outcomeOf(p).attends) === JSON.stringify([true, true, false])),
    );
    expect(outcomeOf(away).reasons[LOWER]).toBe('demands-more');
    expect(outcomeOf(away).text).toEqual(NASH_TEXT);
    expect(events(away)).not.toContain('move.consult');
    // No deal without consulting lower four times. A day is two screens (the morning's cables, then the room),
    // and a quiet morning is none: the shortest lets day 0 pass, consults lower twice on days 1 and 2, lets two
    // days pass, tables the Nash text on day 5 and calls it a day.
    const deals = outcomes.filter((p) => outcomeOf(p).deal);
    expect(deals.length).toBeGreaterThan(0);
    for (const deal of deals) expect(events(deal).filter((e) => e === 'move.consult')).toHaveLength(4);
    expect(events(shortest(deals))).toEqual([
      'boot.loaded',
      'title.start',
      'briefing.begin',
      'move.endDay',
      'nav.meet',
      'move.consult',
      'move.consult',
      'move.endDay',
      'move.consult',
      'move.consult',
      'move.endDay',
      'nav.meet',
      'move.endDay',
      'move.endDay',
      'move.table',
      'seat.answered',
      'seat.answered',
      'seat.answered',
      'move.endDay',
      'conference.done',
    ]);
    expect(outcomeOf(shortest(deals))).toMatchObject({ text: NASH_TEXT, day: 6 });
  });
});
