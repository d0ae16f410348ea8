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
import type { Diagnostic } from '../scenario/diagnostic';
import { loadScenario } from '../scenario/loader';
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
  /** Opened from the player's disk this visit, rather than shipped with the game. */
  readonly fromFile?: string;
}

/** A scenario file that did not load: the validator's messages, to show in the page. */
export interface FileProblem {
  readonly file: string;
  readonly errors: readonly Diagnostic[];
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
  /** The mediator's working draft and whom it is addressed to. */
  readonly draft: { readonly text: readonly number[]; readonly parties: readonly number[] };
}

export interface SaveProblem {
  readonly what: string;
  readonly detail: string;
}

export interface RootContext {
  soundOn: boolean;
  /** Sound volume, 0 to 1. */
  volume: number;
  loadProgress: number;
  failure: Failure | null;
  scenarios: readonly ScenarioEntry[];
  selectedScenarioId: string | null;
  /** Scenario files that did not load (shipped ones at start-up, or one the player just opened). */
  fileProblems: readonly FileProblem[];
  /** The seed and start time for the next new game: they enter from outside, so tests control them. */
  nextSeed: number;
  clockStart: number;
  run: RunContext | null;
  saveProblem: SaveProblem | null;
}

export interface RootInput {
  soundOn: boolean;
  volume?: number;
  scenarios?: readonly ScenarioEntry[];
  fileProblems?: readonly FileProblem[];
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
    draftChoiceValid: ({ context, event }) => {
      assertEvent(event, 'draft.choose');
      const options = context.run?.scenario.issues[event.issue]?.options.length ?? 0;
      return Number.isInteger(event.option) && event.option >= 0 && event.option < options;
    },
    draftPartyValid: ({ context, event }) => {
      assertEvent(event, 'draft.address');
      return (
        Number.isInteger(event.party) &&
        event.party >= 0 &&
        event.party < (context.run?.scenario.parties.length ?? 0)
      );
    },
    conferenceHeld: ({ context }) =>
      context.run?.game.outcome !== null && context.run?.game.outcome !== undefined,
  },
  actions: {
    /** Replaced by the app with real storage; tests provide a spy. */
    persistSettings: (_, _params: { soundOn: boolean; volume: number }) => {},
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
    volume: input.volume ?? 0.7,
    loadProgress: 0,
    failure: null,
    scenarios: input.scenarios ?? [],
    selectedScenarioId: input.scenarios?.[0]?.id ?? null,
    fileProblems: input.fileProblems ?? [],
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
        {
          type: 'persistSettings',
          params: ({ context }) => ({ soundOn: context.soundOn, volume: context.volume }),
        },
      ],
    },
    'settings.volume.set': {
      actions: [
        assign({
          volume: ({ event }) => Math.min(1, Math.max(0, Number.isFinite(event.value) ? event.value : 0.7)),
        }),
        {
          type: 'persistSettings',
          params: ({ context }) => ({ soundOn: context.soundOn, volume: context.volume }),
        },
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
        'title.select': {
          actions: assign({
            selectedScenarioId: ({ context, event }) =>
              context.scenarios.some((s) => s.id === event.scenarioId)
                ? event.scenarioId
                : context.selectedScenarioId,
          }),
        },
        'title.openFile': {
          actions: assign(({ context, event }) => {
            const loaded = loadScenario(event.text, event.fileName);
            const others = context.fileProblems.filter((p) => p.file !== event.fileName);
            if (!loaded.ok)
              return { fileProblems: [...others, { file: event.fileName, errors: loaded.errors }] };
            const entry: ScenarioEntry = {
              id: loaded.scenario.meta.id,
              scenario: loaded.scenario,
              fromFile: event.fileName,
            };
            return {
              scenarios: [...context.scenarios.filter((s) => s.id !== entry.id), entry],
              selectedScenarioId: entry.id,
              fileProblems: others,
            };
          }),
        },
        'title.dismissProblems': { actions: assign({ fileProblems: [] }) },
        'title.start': {
          target: 'briefing',
          actions: [
            'clearSave',
            assign({
              run: ({ context, event }) => {
                const wanted = event.scenarioId ?? context.selectedScenarioId;
                const entry = context.scenarios.find((s) => s.id === wanted) ?? context.scenarios[0];
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
                  draft: { text: rules.model.statusQuo, parties: entry.scenario.parties.map((_, p) => p) },
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
        'draft.choose': {
          guard: 'draftChoiceValid',
          actions: assign({
            run: ({ context, event }) => {
              const run = context.run!;
              const text = run.draft.text.map((o, i) => (i === event.issue ? event.option : o));
              return updateRun(run, {
                draft: { text, parties: run.draft.parties },
                log: [...run.log, event],
              });
            },
          }),
        },
        'draft.address': {
          guard: 'draftPartyValid',
          actions: assign({
            run: ({ context, event }) => {
              const run = context.run!;
              const others = run.draft.parties.filter((p) => p !== event.party);
              const parties = event.included ? [...others, event.party].sort((a, b) => a - b) : others;
              return updateRun(run, { draft: { text: run.draft.text, parties }, log: [...run.log, event] });
            },
          }),
        },
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
