import { assertEvent, assign, enqueueActions, setup } from 'xstate';
import { type CodeRead, readClassCode } from './classCode';
import { isMoveEvent, moveOf, type RootEvent } from './events';
import { personAsked } from './hotSeat/personQuestion';
import { chooseSeat, seatsChosen } from './hotSeat/seatChoice';
import { isLiveEvent } from './live/liveEvents';
import { joiningLive, seatMayReply, updateLive } from './live/liveState';
import { readLiveCode } from './live/sessionTerms';
import { updateCatalog } from './liveCatalog';
import { openScenarioFile } from './openScenarioFile';
import type { RootContext, RootInput } from './rootContext';
import { rulesOf } from './rulesOf';
import {
  acceptReply,
  addressDraft,
  answerReflection,
  beginTable,
  chooseDraft,
  collectAnswer,
  everyoneAnswered,
  finishTable,
  playMove,
  startRun,
} from './run';
import { FREE_PLAY, type RunContext } from './runContext';
import type { Screen } from './screen';
import { seatLogic } from './seatActor';
import { answerOfReply } from './seatAnswers';
import { isQuietMorning } from './selectors';
import { openDesk, reopenDesk, updateDesk } from './teacher/teacherDesk';
import { isTeacherEvent } from './teacher/teacherEvents';

export type { RootEvent } from './events';
export type { Failure } from './failure';
export type { FileProblem, LiveNote, RootContext, RootInput, SaveProblem } from './rootContext';
export type { JournalEntry, RunContext, ScenarioEntry, SeatMode } from './runContext';

/**
 * A guard and the action of one transition see the same run and event objects, one straight after the other:
 * the move is worked out once. One remembered result is enough (a weak map per event cost more than it saved);
 * it is a pure function of the two, so any other order only works it out again.
 */
let worked: { event: object; run: RunContext; next: RunContext | null } | null = null;
function played(run: RunContext | null, event: RootEvent): RunContext | null {
  if (!run || !isMoveEvent(event)) return null;
  if (worked?.event === event && worked.run === run) return worked.next;
  const move = moveOf(event);
  const next =
    move.type === 'table'
      ? (beginTable(run, move)?.run ?? null)
      : move.type === 'reply'
        ? acceptReply(run, move)
        : playMove(run, move);
  worked = { event, run, next };
  return next;
}

/** The game a class code opens, read once per event (the guard and the actions see the same one). */
const joined = new WeakMap<object, CodeRead>();
function joinedGame(context: RootContext, event: RootEvent): CodeRead | null {
  if (event.type !== 'title.joinClass') return null;
  let read = joined.get(event);
  if (!read) {
    read = readClassCode(event.code, context.scenarios);
    joined.set(event, read);
  }
  return read;
}

/** A change to files in scenarios/ seen on the briefing or in a run: the game may restart on the new text. */
const liveUpdate = ({ context, event }: { context: RootContext; event: RootEvent }) =>
  event.type === 'catalog.updated' ? updateCatalog(context, event, true) : null;

const resumesAt =
  (screen: Screen) =>
  ({ context }: { context: RootContext }) =>
    context.resumeTo === screen;

/** On the briefing or in a run: the game restarts on the briefing with the new text, or goes on as it was. */
const CATALOG_IN_RUN = [
  { guard: 'restartsRun', target: '#envoy.briefing', reenter: true, actions: 'reloadCatalog' },
  { actions: 'reloadCatalog' },
] as const;

export const rootMachine = setup({
  types: {
    context: {} as RootContext,
    events: {} as RootEvent,
    input: {} as RootInput,
  },
  actors: { seat: seatLogic },
  guards: {
    hasSaveProblem: ({ context }) => context.saveProblem !== null,
    hasResume: ({ context }) => context.run !== null && context.resumeTo !== null,
    hasPreviousSave: ({ context }) => Boolean(context.saveProblem?.previous),
    moveAllowed: ({ context, event }) => played(context.run, event) !== null,
    allAnswered: ({ context }) => context.run !== null && everyoneAnswered(context.run),
    /** Everyone answered and a student was among them: the laptop goes back to the mediator first. */
    allAnsweredWithPerson: ({ context }) =>
      context.run !== null && everyoneAnswered(context.run) && personAsked(context.run),
    conferenceHeld: ({ context }) => Boolean(context.run?.game.outcome),
    quietMorning: ({ context }) => Boolean(context.run && isQuietMorning(context.run)),
    codeOpensGame: ({ context, event }) => joinedGame(context, event)?.ok === true,
    codeOpensLive: ({ event }) => event.type === 'title.joinClass' && readLiveCode(event.code).ok,
    restartsRun: (args) => liveUpdate(args)?.restarted === true,
    resumeBriefing: resumesAt('briefing'),
    reflectsBefore: ({ event }) => event.type === 'reflection.answer' && event.phase === 'before',
    reflectsAfter: ({ event }) => event.type === 'reflection.answer' && event.phase === 'after',
    resumePlan: resumesAt('plan'),
    /** A save made while a student's answer was pending resumes at that seat's privacy screen. */
    resumeAnswers: ({ context }) => context.resumeTo === 'meetings' && context.run?.pending != null,
    resumeMeetings: resumesAt('meetings'),
    resumeHandBack: resumesAt('handBack'),
    resumeNews: resumesAt('news'),
    resumeConference: resumesAt('conference'),
    resumeOutcome: resumesAt('outcome'),
  },
  actions: {
    /** Replaced by the app with real storage; tests provide a spy. */
    persistSettings: (_, _params: { soundOn: boolean; volume: number }) => {},
    /** The app offers the unreadable save as a file to keep. */
    offerSaveFile: () => {},
    /** The app sets a finished save aside: it becomes the previous save. */
    clearSave: () => {},
    /** The app throws away a save that cannot be used, keeping the previous one. */
    discardSave: () => {},
    /** The app connects to a live class session (a page without the class server never does). */
    joinLive: (_, _params: { code: string; name: string }) => {},
    /** The app closes its link to the live session. */
    leaveLive: () => {},
    updateLive: assign({
      liveClass: ({ context, event }) =>
        isLiveEvent(event) ? updateLive(context.liveClass, event) : context.liveClass,
    }),
    play: assign({ run: ({ context, event }) => played(context.run, event) ?? context.run }),
    collectAnswer: assign({
      run: ({ context, event }) => {
        assertEvent(event, 'seat.answered');
        return collectAnswer(context.run!, event.given);
      },
    }),
    finishTable: assign({ run: ({ context }) => finishTable(context.run!) }),
    answerReflection: assign({
      run: ({ context, event }) => {
        assertEvent(event, 'reflection.answer');
        return (
          (context.run && answerReflection(context.run, event.phase, event.index, event.text)) ?? context.run
        );
      },
    }),
    reloadCatalog: assign((args) => liveUpdate(args)?.patch ?? {}),
  },
}).createMachine({
  id: 'envoy',
  context: ({ input }) => ({
    soundOn: input.soundOn,
    volume: input.volume ?? 0.7,
    failure: null,
    scenarios: input.scenarios ?? [],
    selectedScenarioId: input.scenarios?.[0]?.id ?? null,
    fileProblems: input.fileProblems ?? [],
    nextSeed: input.seed ?? 1,
    clockStart: input.now ?? 0,
    run: input.resume?.run ?? null,
    resumeTo: input.resume?.screen ?? null,
    saveProblem: input.saveProblem ?? null,
    liveNote: null,
    reopenable: null,
    joinProblem: null,
    liveClass: null,
    teacher: null,
    seatChoice: null,
  }),
  initial: 'booting',
  on: {
    /** Files in scenarios/ changed (the dev server): the title's list follows; see the briefing and run too. */
    'catalog.updated': {
      actions: assign(({ context, event }) => updateCatalog(context, event, false).patch),
    },
    'catalog.dismissNote': { actions: assign({ liveNote: null }) },
    /** A run rebuilt from a save (the tab watching another tab's game follows it, or takes it over). */
    'game.resume': {
      target: '.resuming',
      actions: assign({ run: ({ event }) => event.run, resumeTo: ({ event }) => event.screen }),
    },
    'liveClass.rejoin': {
      actions: [
        'updateLive',
        { type: 'joinLive', params: ({ event }) => ({ code: event.code, name: event.name }) },
      ],
    },
    'liveClass.leave': { target: '.title', actions: ['updateLive', 'leaveLive', assign({ run: null })] },
    // Seats mode: a delegation's own page, with no game of its own (the table's game is on the server).
    'liveClass.seat': { target: '.liveSeat', actions: 'updateLive' },
    'liveClass.*': { actions: 'updateLive' },
    'app.failed': {
      target: '.failed',
      actions: assign({ failure: ({ event }) => event.failure }),
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
        'boot.loaded': [
          { guard: 'hasSaveProblem', target: 'saveProblem' },
          { guard: 'hasResume', target: 'resuming' },
          { target: 'title' },
        ],
      },
    },
    saveProblem: {
      on: {
        'save.keepFile': { actions: 'offerSaveFile' },
        'save.startOver': {
          target: 'title',
          actions: ['discardSave', assign({ saveProblem: null, run: null })],
        },
        'save.usePrevious': {
          guard: 'hasPreviousSave',
          target: 'resuming',
          actions: assign({
            run: ({ context }) => context.saveProblem!.previous!.run,
            resumeTo: ({ context }) => context.saveProblem!.previous!.screen,
            saveProblem: null,
          }),
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
        'title.openFile': { actions: assign(({ context, event }) => openScenarioFile(context, event)) },
        'title.reopenFailed': {
          actions: assign({
            liveNote: ({ event }) => ({ kind: 'unreadable' as const, file: event.fileName, errors: [] }),
          }),
        },
        'title.dismissProblems': { actions: assign({ fileProblems: [] }) },
        'title.seat': {
          actions: assign({
            seatChoice: ({ context, event }) =>
              chooseSeat(
                context.seatChoice,
                context.scenarios.find((s) => s.id === context.selectedScenarioId),
                event.party,
                event.mode,
              ),
          }),
        },
        'title.start': {
          target: 'briefing',
          actions: [
            // An offline game: a live session this page was in (a failed join) is left.
            'leaveLive',
            assign({
              run: ({ context, event }) => {
                const wanted = event.scenarioId ?? context.selectedScenarioId;
                const entry = context.scenarios.find((s) => s.id === wanted) ?? context.scenarios[0];
                if (!entry) return null;
                const seats = event.seats ?? seatsChosen(context.seatChoice, entry.id);
                return startRun(entry, context.nextSeed, seats, context.clockStart, {
                  length: event.length ?? FREE_PLAY.length,
                  player: event.player ?? FREE_PLAY.player,
                });
              },
              // "Play again" in the same page is another game: the next seed (hashed inside the engine).
              nextSeed: ({ context }) => (context.nextSeed + 1) | 0,
              liveNote: null,
              joinProblem: null,
              liveClass: null,
            }),
          ],
        },
        'teacher.open': {
          target: 'teacher',
          actions: assign({
            // Opened again, the page is as the teacher left it: the same code, the results still open.
            teacher: ({ context, event }) =>
              context.teacher
                ? reopenDesk(context.teacher, context.scenarios, context.selectedScenarioId, event.tab)
                : openDesk(context.scenarios, context.selectedScenarioId, context.nextSeed, event.tab),
            nextSeed: ({ context }) => (context.teacher ? context.nextSeed : (context.nextSeed + 1) | 0),
          }),
        },
        'title.joinClass': [
          {
            // Six characters: a live session on the class server, whose game arrives as a game.resume.
            guard: 'codeOpensLive',
            actions: [
              assign({
                liveClass: ({ event }) => {
                  assertEvent(event, 'title.joinClass');
                  const read = readLiveCode(event.code);
                  return read.ok ? joiningLive(read.code, event.name) : null;
                },
                joinProblem: null,
              }),
              {
                type: 'joinLive',
                params: ({ context }) => ({
                  code: context.liveClass?.code ?? '',
                  name: context.liveClass?.name ?? '',
                }),
              },
            ],
          },
          {
            guard: 'codeOpensGame',
            target: 'briefing',
            actions: [
              'leaveLive',
              assign({
                run: ({ context, event }) => {
                  const read = joinedGame(context, event)!;
                  if (!read.ok) return null;
                  const { entry, seed, length } = read.game;
                  const seats = event.seats ?? seatsChosen(context.seatChoice, entry.id);
                  return startRun(entry, seed, seats, context.clockStart, {
                    length,
                    player: { name: event.name, classCode: read.code },
                  });
                },
                selectedScenarioId: ({ context, event }) => {
                  const read = joinedGame(context, event);
                  return read?.ok ? read.game.entry.id : context.selectedScenarioId;
                },
                liveNote: null,
                joinProblem: null,
                liveClass: null,
              }),
            ],
          },
          {
            actions: assign({
              joinProblem: ({ context, event }) => {
                const read = joinedGame(context, event);
                if (!read || read.ok || event.type !== 'title.joinClass') return null;
                return {
                  problem: read.problem,
                  code: event.code.slice(0, 20),
                  name: event.name.slice(0, 80),
                };
              },
            }),
          },
        ],
      },
    },
    /** The teacher's page: class codes, role briefs, the class's results and the lesson guide. */
    teacher: {
      on: {
        // The desk is kept for the way back (reopenDesk).
        'nav.back': 'title',
        'teacher.*': {
          actions: assign({
            teacher: ({ context, event }) =>
              context.teacher && isTeacherEvent(event)
                ? updateDesk(context.teacher, event, context.scenarios)
                : context.teacher,
          }),
        },
      },
    },
    /** A rebuilt run goes straight to the screen the player left. */
    resuming: {
      always: [
        { guard: 'resumeBriefing', target: 'briefing' },
        { guard: 'resumePlan', target: '#envoy.run.plan' },
        { guard: 'resumeAnswers', target: '#envoy.run.meetings.awaitingAnswers' },
        { guard: 'resumeHandBack', target: '#envoy.run.meetings.handBack' },
        { guard: 'resumeMeetings', target: '#envoy.run.meetings' },
        { guard: 'resumeNews', target: '#envoy.run.dayEnd' },
        { guard: 'resumeConference', target: 'conference' },
        { guard: 'resumeOutcome', target: 'outcome' },
        { target: 'debrief' },
      ],
      exit: assign({ resumeTo: null }),
    },
    briefing: {
      on: {
        // A live session's game is the server's: the title would start another game beside it.
        'nav.back': { guard: ({ context }) => context.liveClass === null, target: 'title' },
        'briefing.begin': 'run',
        'move.inject': { guard: 'moveAllowed', actions: 'play' },
        // The scenario's questions before the first day, on the briefing: what the student expects.
        'reflection.answer': { guard: 'reflectsBefore', actions: 'answerReflection' },
        'catalog.updated': CATALOG_IN_RUN,
      },
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
        'catalog.updated': CATALOG_IN_RUN,
        'draft.choose': {
          actions: assign({
            run: ({ context, event }) => chooseDraft(context.run!, event.issue, event.option) ?? context.run,
          }),
        },
        'draft.address': {
          actions: assign({
            run: ({ context, event }) =>
              addressDraft(context.run!, event.party, event.included) ?? context.run,
          }),
        },
      },
      states: {
        plan: {
          on: {
            'nav.meet': 'meetings',
            'move.inject': { guard: 'moveAllowed', actions: 'play' },
            'move.endDay': { guard: 'moveAllowed', target: 'dayEnd', actions: 'play' },
            'move.callConference': { guard: 'moveAllowed', target: '#envoy.conference', actions: 'play' },
          },
        },
        meetings: {
          initial: 'idle',
          states: {
            idle: {
              on: {
                'move.inject': { guard: 'moveAllowed', actions: 'play' },
                'move.consult': { guard: 'moveAllowed', actions: 'play' },
                'move.press': { guard: 'moveAllowed', actions: 'play' },
                'move.reassure': { guard: 'moveAllowed', actions: 'play' },
                'move.statement': { guard: 'moveAllowed', actions: 'play' },
                'move.table': { guard: 'moveAllowed', target: 'awaitingAnswers', actions: 'play' },
                'move.endDay': { guard: 'moveAllowed', target: '#envoy.run.dayEnd', actions: 'play' },
                'move.callConference': { guard: 'moveAllowed', target: '#envoy.conference', actions: 'play' },
              },
            },
            awaitingAnswers: {
              // Every seat that owes an answer is asked: all of them after a tabling, a student's after a resume.
              entry: enqueueActions(({ context, enqueue }) => {
                const pending = context.run?.pending;
                for (const question of pending?.request.questions ?? [])
                  if (!pending!.answers.some((a) => a.party === question.party))
                    enqueue.sendTo(`seat-${question.party}`, { type: 'seat.ask', question });
              }),
              always: [
                { guard: 'allAnsweredWithPerson', target: 'handBack', actions: 'finishTable' },
                { guard: 'allAnswered', target: 'idle', actions: 'finishTable' },
              ],
              // A student's seat: a privacy screen until they say they have the laptop, then their brief.
              initial: 'handOver',
              states: {
                handOver: { on: { 'hotSeat.show': 'brief' } },
                brief: {},
              },
              on: {
                'seat.answered': { actions: 'collectAnswer' },
                'move.reply': {
                  guard: 'moveAllowed',
                  actions: enqueueActions(({ context, event, enqueue }) => {
                    assertEvent(event, 'move.reply');
                    const run = played(context.run, event);
                    const reply = moveOf(event);
                    const question = run?.pending?.request.questions.find(
                      (q) => run.scenario.parties[q.party]!.id === event.party,
                    );
                    if (!run || !question || reply.type !== 'reply') return;
                    enqueue.assign({ run });
                    const given = answerOfReply(rulesOf(run.scenario).model, question, reply);
                    enqueue.sendTo(`seat-${question.party}`, { type: 'seat.reply', given });
                  }),
                  target: '.handOver',
                },
              },
            },
            /** The last student has answered: a privacy screen until the mediator has the laptop back. */
            handBack: { on: { 'hotSeat.back': 'idle' } },
          },
        },
        dayEnd: {
          // A day takes two screens: the morning's cables, then the meeting room; a quiet night, one.
          always: [
            { guard: 'conferenceHeld', target: '#envoy.conference' },
            { guard: 'quietMorning', target: 'meetings' },
          ],
          on: {
            'nav.nextDay': 'plan',
            'nav.meet': 'meetings',
            'move.inject': { guard: 'moveAllowed', actions: 'play' },
          },
        },
      },
    },
    conference: {
      on: { 'conference.done': 'outcome' },
    },
    outcome: {
      on: {
        'outcome.debrief': 'debrief',
        // The questions after the final meeting, before the debrief reveals the hidden priorities.
        'reflection.answer': { guard: 'reflectsAfter', actions: 'answerReflection' },
      },
    },
    debrief: {
      on: {
        // Playing again is an offline game: a live session's game ends here.
        'debrief.restart': {
          target: 'title',
          actions: ['clearSave', 'leaveLive', assign({ run: null, liveClass: null })],
        },
      },
    },
    /** A delegation's seat at a live table: its brief and its question, answered from this device. */
    liveSeat: {
      on: {
        'move.reply': {
          guard: ({ context, event }) => seatMayReply(context.liveClass, event.party),
          actions: assign({
            liveClass: ({ context }) => (context.liveClass ? { ...context.liveClass, answered: true } : null),
          }),
        },
      },
    },
    failed: {},
  },
});
