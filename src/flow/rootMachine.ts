import { type Actor, assertEvent, assign, enqueueActions, setup } from 'xstate';
import type { MediatorAction } from '../engine/actions';
import { applyAction } from '../engine/actions';
import type { GameState } from '../engine/game';
import { initialState } from '../engine/game';
import {
  begin,
  completeTable,
  type GivenAnswer,
  prepareTable,
  type Report,
  type TableRequest,
} from '../engine/moves';
import type { Scenario } from '../scenario/schema';
import { isPlayerEvent, type PlayerEvent, type RootEvent } from './events';
import type { Failure } from './failure';
import { rulesOf } from './rulesOf';
import { updateRun } from './runRecord';
import { type SeatMode, seatLogic } from './seatActor';

export type { RootEvent } from './events';
export type { Failure } from './failure';

/** One scenario the player can start: its text already checked by the loader. */
export interface ScenarioEntry {
  readonly id: string;
  readonly scenario: Scenario;
}

export interface JournalEntry {
  readonly day: number;
  readonly event: PlayerEvent;
  readonly reports: readonly Report[];
}

/** Everything about one play of a scenario. Plain data: it is saved, restored and replayed. */
export interface RunContext {
  readonly scenarioId: string;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly startedAt: number;
  readonly seats: readonly SeatMode[];
  readonly game: GameState;
  /** The player's accepted events, in order: with the scenario and seed they replay the game exactly. */
  readonly log: readonly PlayerEvent[];
  /** What each of those events produced, for the meeting room and the debrief. */
  readonly journal: readonly JournalEntry[];
  /** A tabled text waiting for its answers. */
  readonly pending: { readonly request: TableRequest; readonly answers: readonly GivenAnswer[] } | null;
}

export interface SaveProblem {
  readonly what: string;
  readonly detail: string;
}

export interface RootContext {
  soundOn: boolean;
  loadProgress: number;
  failure: Failure | null;
  scenarios: readonly ScenarioEntry[];
  /** The seed and start time for the next new game: they enter from outside, so tests control them. */
  nextSeed: number;
  clockStart: number;
  run: RunContext | null;
  saveProblem: SaveProblem | null;
}

export interface RootInput {
  soundOn: boolean;
  scenarios?: readonly ScenarioEntry[];
  seed?: number;
  now?: number;
  /** A save that could not be read: the player chooses what to do with it. */
  saveProblem?: SaveProblem | null;
}

function toAction(event: PlayerEvent): MediatorAction | null {
  switch (event.type) {
    case 'mediator.consult':
      return { type: 'consult', party: event.party };
    case 'mediator.press':
      return { type: 'press', party: event.party };
    case 'mediator.reassure':
      return { type: 'reassure', party: event.party };
    case 'mediator.statement':
      return { type: 'statement' };
    case 'day.end':
      return { type: 'endDay' };
    case 'conference.call':
      return { type: 'callConference' };
    default:
      return null;
  }
}

const noPolicy = () => {
  throw new Error('tabling goes through the seats, not applyAction');
};

/** Applies a player's move to the run by the engine's rules; null when the rules refuse it. */
function playedNow(run: RunContext, event: PlayerEvent): RunContext | null {
  const action = toAction(event);
  if (!action) return null;
  const result = applyAction(rulesOf(run.scenario), run.game, action, noPolicy);
  if (!result.ok) return null;
  return updateRun(run, {
    game: result.state,
    log: [...run.log, event],
    journal: [...run.journal, { day: run.game.day, event, reports: result.reports }],
  });
}

// The guard and the action of one transition see the same run and event objects: the move is worked out
// once, in the guard, and the action takes the result.
const moveCache = new WeakMap<object, { run: RunContext; next: RunContext | null }>();
function played(run: RunContext, event: PlayerEvent): RunContext | null {
  const cached = moveCache.get(event);
  if (cached?.run === run) return cached.next;
  const next = playedNow(run, event);
  moveCache.set(event, { run, next });
  return next;
}

const tableCache = new WeakMap<object, { run: RunContext; prepared: ReturnType<typeof prepareTable> }>();
function prepared(run: RunContext, event: Extract<PlayerEvent, { type: 'mediator.table' }>) {
  const cached = tableCache.get(event);
  if (cached?.run === run) return cached.prepared;
  const result = prepareTable(rulesOf(run.scenario), run.game, event.parties, event.text);
  tableCache.set(event, { run, prepared: result });
  return result;
}

export const rootMachine = setup({
  types: {
    context: {} as RootContext,
    events: {} as RootEvent,
    input: {} as RootInput,
  },
  actors: { seat: seatLogic },
  guards: {
    hasSaveProblem: ({ context }) => context.saveProblem !== null,
    hasActions: ({ context }) => (context.run?.game.actionsLeft ?? 0) > 0,
    moveAllowed: ({ context, event }) =>
      context.run !== null && isPlayerEvent(event) && played(context.run, event) !== null,
    tableAllowed: ({ context, event }) => {
      assertEvent(event, 'mediator.table');
      return (
        context.run !== null &&
        prepareTable(rulesOf(context.run.scenario), context.run.game, event.parties, event.text).ok
      );
    },
    allAnswered: ({ context, event }) => {
      assertEvent(event, 'seat.answered');
      const pending = context.run?.pending;
      return (
        pending !== null &&
        pending !== undefined &&
        pending.answers.length + 1 >= pending.request.questions.length
      );
    },
    conferenceHeld: ({ context }) =>
      context.run?.game.outcome !== null && context.run?.game.outcome !== undefined,
  },
  actions: {
    /** Replaced by the app with real storage; tests provide a spy. */
    persistSettings: (_, _params: { soundOn: boolean }) => {},
    /** The app offers the unreadable save as a file to keep. */
    offerSaveFile: () => {},
    /** The app forgets the saved run (a new game, or the end of one). */
    clearSave: () => {},
    play: assign({
      run: ({ context, event }) => {
        if (!context.run || !isPlayerEvent(event)) return context.run;
        return played(context.run, event) ?? context.run;
      },
    }),
    logMove: assign({
      run: ({ context, event }) => {
        if (!context.run || !isPlayerEvent(event)) return context.run;
        return updateRun(context.run, { log: [...context.run.log, event] });
      },
    }),
    collectAnswer: assign({
      run: ({ context, event }) => {
        assertEvent(event, 'seat.answered');
        const run = context.run!;
        if (!run.pending) return run;
        return updateRun(run, {
          pending: { request: run.pending.request, answers: [...run.pending.answers, event.given] },
        });
      },
    }),
    completeTabling: assign({
      run: ({ context }) => {
        const run = context.run!;
        if (!run.pending) return run;
        const result = completeTable(
          rulesOf(run.scenario),
          run.game,
          run.pending.request,
          run.pending.answers,
        );
        const tabled = run.log[run.log.length - 1]!;
        return updateRun(run, {
          game: result.state,
          pending: null,
          journal: [
            ...run.journal,
            { day: run.game.day, event: tabled, reports: result.ok ? result.reports : [] },
          ],
        });
      },
    }),
  },
}).createMachine({
  id: 'envoy',
  context: ({ input }) => ({
    soundOn: input.soundOn,
    loadProgress: 0,
    failure: null,
    scenarios: input.scenarios ?? [],
    nextSeed: input.seed ?? 1,
    clockStart: input.now ?? 0,
    run: null,
    saveProblem: input.saveProblem ?? null,
  }),
  initial: 'booting',
  on: {
    'app.failed': {
      target: '.failed',
      actions: assign({
        failure: ({ event }) => {
          assertEvent(event, 'app.failed');
          return event.failure;
        },
      }),
    },
    'settings.sound.toggle': {
      actions: [
        assign({ soundOn: ({ context }) => !context.soundOn }),
        { type: 'persistSettings', params: ({ context }) => ({ soundOn: context.soundOn }) },
      ],
    },
  },
  states: {
    booting: {
      on: {
        'boot.progress': {
          actions: assign({ loadProgress: ({ event }) => Math.min(1, Math.max(0, event.value)) }),
        },
        'boot.loaded': [
          { guard: 'hasSaveProblem', target: 'saveProblem', actions: assign({ loadProgress: 1 }) },
          { target: 'title', actions: assign({ loadProgress: 1 }) },
        ],
      },
    },
    saveProblem: {
      on: {
        'save.keepFile': { actions: 'offerSaveFile' },
        'save.startOver': {
          target: 'title',
          actions: ['clearSave', assign({ saveProblem: null, run: null })],
        },
      },
    },
    title: {
      on: {
        'title.start': {
          target: 'briefing',
          actions: [
            'clearSave',
            assign({
              run: ({ context, event }) => {
                const entry =
                  context.scenarios.find((s) => s.id === event.scenarioId) ?? context.scenarios[0];
                if (!entry) return null;
                const rules = rulesOf(entry.scenario);
                const seed = event.seed ?? context.nextSeed;
                const started = begin(rules, initialState(rules, seed));
                return {
                  scenarioId: entry.id,
                  scenario: entry.scenario,
                  seed,
                  startedAt: context.clockStart,
                  seats: entry.scenario.parties.map((_, p): SeatMode => event.seats?.[p] ?? 'computer'),
                  game: started.state,
                  log: [],
                  journal:
                    started.reports.length > 0
                      ? [{ day: 0, event: { type: 'day.next' }, reports: started.reports }]
                      : [],
                  pending: null,
                };
              },
            }),
          ],
        },
      },
    },
    briefing: {
      on: { 'nav.back': 'title', 'briefing.begin': 'run' },
    },
    run: {
      entry: enqueueActions(({ context, enqueue }) => {
        // One seat actor per delegation, for as long as the run lasts.
        context.run?.seats.forEach((mode, party) => {
          enqueue.spawnChild('seat', { id: `seat-${party}`, input: { party, mode } });
        });
      }),
      exit: enqueueActions(({ context, enqueue }) => {
        context.run?.seats.forEach((_, party) => {
          enqueue.stopChild(`seat-${party}`);
        });
      }),
      initial: 'plan',
      on: {
        'conference.call': { guard: 'moveAllowed', target: 'conference', actions: 'play' },
      },
      states: {
        plan: {
          on: {
            'day.meet': { target: 'meetings', actions: 'logMove' },
            'day.end': { guard: 'moveAllowed', target: 'dayEnd', actions: 'play' },
          },
        },
        meetings: {
          initial: 'idle',
          states: {
            idle: {
              on: {
                'mediator.consult': { guard: 'moveAllowed', actions: 'play' },
                'mediator.press': { guard: 'moveAllowed', actions: 'play' },
                'mediator.reassure': { guard: 'moveAllowed', actions: 'play' },
                'mediator.statement': { guard: 'moveAllowed', actions: 'play' },
                'mediator.table': {
                  guard: 'tableAllowed',
                  target: 'awaitingAnswers',
                  actions: enqueueActions(({ context, event, enqueue }) => {
                    assertEvent(event, 'mediator.table');
                    const run = context.run!;
                    const table = prepared(run, event);
                    if (!table.ok) return;
                    enqueue.assign({
                      run: updateRun(run, {
                        log: [...run.log, event],
                        pending: { request: table.request, answers: [] },
                      }),
                    });
                    for (const question of table.request.questions) {
                      enqueue.sendTo(`seat-${question.party}`, {
                        type: 'seat.ask',
                        view: question.view,
                        rng: question.rng,
                      });
                    }
                  }),
                },
                'day.end': { guard: 'moveAllowed', target: '#envoy.run.dayEnd', actions: 'play' },
              },
            },
            awaitingAnswers: {
              on: {
                'seat.answered': [
                  { guard: 'allAnswered', target: 'idle', actions: ['collectAnswer', 'completeTabling'] },
                  { actions: 'collectAnswer' },
                ],
                'seat.reply': {
                  actions: [
                    'logMove',
                    enqueueActions(({ event, enqueue }) => {
                      assertEvent(event, 'seat.reply');
                      enqueue.sendTo(`seat-${event.party}`, event);
                    }),
                  ],
                },
              },
            },
          },
        },
        dayEnd: {
          always: { guard: 'conferenceHeld', target: '#envoy.conference' },
          on: { 'day.next': { target: 'plan', actions: 'logMove' } },
        },
      },
    },
    conference: {
      on: { 'conference.done': 'outcome' },
    },
    outcome: {
      on: { 'outcome.debrief': 'debrief' },
    },
    debrief: {
      on: { 'debrief.restart': { target: 'title', actions: ['clearSave', assign({ run: null })] } },
    },
    failed: {},
  },
});

export type RootActor = Actor<typeof rootMachine>;
