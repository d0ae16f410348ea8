import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { delegationPolicy } from '../agents/delegationPolicy';
import { rngFrom } from '../engine/rngStream';
import { loadGeneva } from '../testing/scenarios';
import type { RootEvent } from './events';
import { rootMachine } from './rootMachine';

const geneva = loadGeneva();
type Snapshot = ReturnType<typeof rootMachine.transition>;

// A text every delegation accepts on the conference day, and the status quo, which the Coalition refuses.
const GOOD_TEXT = [1, 2, 2, 0, 0];
const STATUS_QUO = [2, 2, 0, 0, 0];

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
    { type: 'briefing.begin' },
    { type: 'nav.back' },
    { type: 'day.meet' },
    { type: 'mediator.consult', party: 0 },
    { type: 'mediator.table', parties: [0, 1, 2], text: GOOD_TEXT },
    { type: 'mediator.table', parties: [0, 1, 2], text: STATUS_QUO },
    { type: 'day.end' },
    { type: 'day.next' },
    { type: 'conference.call' },
    { type: 'conference.done' },
    { type: 'outcome.debrief' },
    { type: 'debrief.restart' },
  ];
}

/** States are told apart by where the machine is and how the conference went, not by every number in the game. */
function serializeState(snapshot: Snapshot): string {
  const outcome = snapshot.context.run?.game.outcome;
  const pending = snapshot.context.run?.pending;
  return JSON.stringify([
    snapshot.value,
    outcome ? outcome.attends : null,
    pending ? pending.answers.length : null,
    snapshot.context.run?.game.tabledToAll ?? null,
  ]);
}

const scenarios = [{ id: geneva.meta.id, scenario: geneva }];
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
];

const stateIds = (node: { id: string; states: Record<string, unknown> }): string[] => [
  node.id,
  ...Object.values(node.states).flatMap((child) => stateIds(child as typeof node)),
];

describe('the statechart, by its graph', () => {
  it('reaches every state', () => {
    const reached = new Set(
      paths.flatMap((path) => path.state._nodes.map((node: { id: string }) => node.id)),
    );
    expect(stateIds(rootMachine.root).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has a shortest path to each outcome: everyone comes, and the Coalition stays away', () => {
    const outcomes = paths.filter((p) => p.state.matches('outcome'));
    const attendances = outcomes.map((p) => JSON.stringify(p.state.context.run!.game.outcome!.attends));
    expect(attendances).toContain(JSON.stringify([true, true, true]));
    expect(attendances).toContain(JSON.stringify([true, true, false]));
    const deal = outcomes.find((p) => p.state.context.run!.game.outcome!.deal)!;
    expect(deal.steps.slice(1).map((s) => s.event.type)).toEqual([
      'boot.loaded',
      'title.start',
      'briefing.begin',
      'day.meet',
      'mediator.table',
      'seat.answered',
      'seat.answered',
      'seat.answered',
      'conference.call',
      'conference.done',
    ]);
  });
});
