import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-serif/400.css';
import '@fontsource/ibm-plex-serif/600.css';
import '@fontsource/ibm-plex-mono/400.css';
import './view/styles.css';
import './view/styles/meeting.css';
import './view/styles/debrief.css';
import './view/styles/teacher.css';
import './view/styles/briefs.css';
import './view/styles/hotSeat.css';
import './view/styles/classView.css';
import './view/styles/guide.css';
import './view/styles/liveClass.css';
import './view/styles/print.css';
import { shippedScenarios, watchShippedScenarios } from 'virtual:shipped-catalog';
import { createActor } from 'xstate';
import { audioInspector } from './audio/connectAudio';
import { type AudioPort, createHowlerAudio } from './audio/howlerAudio';
import type { AppActor } from './flow/appActor';
import { frameOf } from './flow/frame';
import { type Failure, rootMachine } from './flow/rootMachine';
import type { RunContext } from './flow/runContext';
import { type Screen, screenOf } from './flow/screen';
import type { Autosave, AutosaveOptions } from './platform/autosave';
import { freshSeed, now } from './platform/clock';
import { downloadText } from './platform/download';
import { lazyModule } from './platform/lazyModule';
import { createEventTap } from './platform/live/eventTap';
import { createLiveStarter } from './platform/live/liveStarter';
import { createTeacherSession } from './platform/live/teacherSession';
import type { ResumePlan } from './platform/resume';
import { readSaves, SAVE_KEY } from './platform/saveSlots';
import { createScenarioFiles, type PickerWindow } from './platform/scenarioFiles';
import { readSettings, writeSettings } from './platform/settings';
import { createTabOwner, TAB_CHANNEL, type TabRole } from './platform/tabOwner';
import { cueRecorder, installTestHooks, testSeed } from './platform/testHooks';
import type { Scenario } from './scenario/schema';
import { createGame } from './view/createGame';
import { mountUi } from './view/dom/mountUi';
import { showFatal } from './view/dom/showFatal';
import { offerUpdates } from './view/dom/updateNotice';
import { renderOnDemand } from './view/renderOnDemand';
import { SOUND_URLS } from './view/soundManifest';
import { TEXT } from './view/text';

function describeError(error: unknown): Failure {
  return {
    what: TEXT.failure.unexpected,
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    fix: TEXT.failure.unexpectedFix,
  };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** This tab's own storage: a live session's seat (another window joins as another student). */
function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** A fresh id per page load: a duplicated tab (which copies sessionStorage) is another tab, not the same one. */
function tabId(): string {
  return `tab-${freshSeed() >>> 0}-${now()}`;
}

/** A saved game downloaded as a file is named after its scenario. */
function saveFileName(scenario: Scenario | undefined): string {
  return `${scenario ? frameOf(scenario).fileStem : 'game'}-save.json`;
}

async function boot(): Promise<void> {
  const stage = document.getElementById('stage');
  const ui = document.getElementById('ui');
  if (!stage || !ui) throw new Error('index.html is missing #stage or #ui');

  const catalog = await shippedScenarios();
  // The save's reader (its schema, the scenario loader for a file a save carries) is fetched when first needed:
  // a save to resume now, else a game to keep, or the title once it is up.
  const persistence = lazyModule(() => import('./platform/persistence'));
  const saves = readSaves(storage());
  const plan: ResumePlan =
    saves.current === null && saves.previous === null
      ? { kind: 'fresh' }
      : (await persistence.load()).planResume(saves, catalog.entries);
  const scenarios =
    plan.kind === 'resume' && plan.restored.extra
      ? [...catalog.entries, plan.restored.extra]
      : catalog.entries;

  const cuesPlayed: string[] = [];
  const howler = createHowlerAudio(SOUND_URLS, cueRecorder(cuesPlayed));
  // While this tab follows another tab's game, what it shows makes no sound and no captions.
  let quiet = false;
  const audio: AudioPort = {
    unlock: () => howler.unlock(),
    play: (cue) => {
      if (!quiet) howler.play(cue);
    },
    setMood: (mood) => howler.setMood(mood),
    setVolume: (volume) => howler.setVolume(volume),
    setMuted: (muted) => howler.setMuted(muted),
  };
  let showCaption = (_caption: string) => {};
  const unlock = () => audio.unlock();
  window.addEventListener('pointerdown', unlock, { capture: true, once: true });
  window.addEventListener('keydown', unlock, { capture: true, once: true });
  let actor: AppActor | undefined;
  /** A game put back on screen from a save (another tab's, the class server's): no sound, no captions. */
  const resumeQuietly = ({ run, screen }: { run: RunContext; screen: Screen }) => {
    quiet = true;
    actor?.send({ type: 'game.resume', run, screen });
    quiet = false;
  };
  const tap = createEventTap(() => actor);
  const liveClass = createLiveStarter({
    send: (event) => actor?.send(event),
    resumer: async () => {
      const { parseSave, restore } = await persistence.load();
      return (saveText) => {
        const read = parseSave(saveText);
        if (read.kind !== 'ok')
          return read.kind === 'problem' ? read.problem.detail : TEXT.failure.unexpected;
        const restored = restore(read.save, actor?.getSnapshot().context.scenarios ?? []);
        if (!restored.ok) return restored.problem.detail;
        resumeQuietly(restored.restored);
        return null;
      };
    },
    tap,
    store: sessionStore(),
    location: window.location,
  });
  const sounds = audioInspector(
    audio,
    () => actor,
    (caption) => {
      if (!quiet) showCaption(caption);
    },
  );
  actor = createActor(
    rootMachine.provide({
      actions: {
        persistSettings: (_, params) => writeSettings(storage(), params),
        clearSave: () => persistence.with((p) => p.clearSave(storage())),
        discardSave: () => persistence.with((p) => p.discardSave(storage())),
        offerSaveFile: () => {
          if (plan.kind === 'problem') downloadText('saved-game.json', plan.raw);
        },
        joinLive: (_, { code, name }) => liveClass.join(code, name),
        leaveLive: () => liveClass.leave(),
      },
    }),
    {
      input: {
        ...readSettings(storage()),
        scenarios,
        fileProblems: catalog.problems.map((p) => ({ ...p, shipped: true })),
        seed: testSeed() ?? freshSeed(),
        now: now(),
        saveProblem: plan.kind === 'problem' ? plan.problem : null,
        resume: plan.kind === 'resume' ? plan.restored : null,
      },
      inspect: (inspection) => {
        sounds(inspection);
        tap.inspect(inspection);
      },
    },
  );
  const app = actor;

  const fail = (error: unknown) => app.send({ type: 'app.failed', failure: describeError(error) });
  window.addEventListener('error', (event) => fail(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));

  const teacherSession = createTeacherSession(sessionStore(), window.location);
  let marked = false;
  const view = mountUi(ui, app, {
    onTitleInteractive: () => {
      if (marked) return;
      marked = true;
      performance.mark('title-interactive');
      // A prefetch that fails (the network gone) is tried again when a save is first needed.
      setTimeout(() => persistence.load().catch(() => {}), 0);
    },
    reload: () => window.location.reload(),
    downloadResult: (fileName, text, type) => downloadText(fileName, text, type),
    print: () => window.print(),
    files: createScenarioFiles(window as PickerWindow),
    liveSession: teacherSession.port,
  });
  showCaption = (caption) => view.caption(caption);
  offerUpdates(view);

  const owner = createTabOwner({
    tabId: tabId(),
    storage: storage(),
    channel: typeof BroadcastChannel === 'function' ? (new BroadcastChannel(TAB_CHANNEL) as never) : null,
    setTimer: (run, ms) => setTimeout(run, ms),
    onStorage: (listener) => window.addEventListener('storage', (event) => listener(event.key)),
  });
  let autosave: Autosave | null = null;
  const autosaveOptions: AutosaveOptions = {
    storage,
    now,
    mayWrite: () => owner.mayWrite(),
    onFailure: () =>
      view.notice('storage', TEXT.save.storageOff, [
        {
          label: TEXT.save.download,
          run: () =>
            downloadText(saveFileName(app.getSnapshot().context.run?.scenario), autosave?.current() ?? '{}'),
        },
      ]),
    onRecovered: () => view.hideNotice('storage'),
  };
  const saveNow = (snapshot = app.getSnapshot()) => {
    // A live session's game is kept on the class server, not in this browser.
    if (snapshot.context.liveClass) return;
    const run = snapshot.context.run;
    // A scenario that is not one of the shipped ones (opened from a file, now or in the save) travels in the save.
    const listed = snapshot.context.scenarios;
    const fromFile = run !== null && !listed.some((e) => e.scenario === run.scenario && !e.fromFile);
    if (autosave) autosave.observe(run, screenOf(snapshot), fromFile);
    else if (run)
      persistence.with((p) => {
        autosave ??= p.createAutosave(autosaveOptions);
        saveNow();
      });
  };
  app.subscribe((snapshot) => saveNow(snapshot));

  /** Shows the saved game as it now stands (another tab moved it on), without a sound. */
  const follow = () => {
    persistence.with((p) => {
      const latest = p.planResume(readSaves(storage()), app.getSnapshot().context.scenarios);
      if (latest.kind === 'resume') resumeQuietly(latest.restored);
    });
  };
  const showRole = (role: TabRole) => {
    view.setWatching(role === 'watching');
    if (role !== 'watching') {
      view.hideNotice('tab');
      return;
    }
    follow();
    view.notice(
      'tab',
      TEXT.save.otherTab,
      [
        {
          label: TEXT.save.playHere,
          run: () => {
            follow();
            owner.takeOver();
            saveNow();
          },
        },
      ],
      false,
    );
  };
  owner.onRole(showRole);
  window.addEventListener('storage', (event) => {
    if (event.key === SAVE_KEY && owner.role() === 'watching') follow();
  });
  window.addEventListener('pagehide', () => owner.release());

  installTestHooks({
    state: () => JSON.stringify(app.getSnapshot().value),
    cuesPlayed,
    soundsLoaded: () => howler.loadedSounds(),
    run: () => app.getSnapshot().context.run,
  });
  // The teacher's page has its own address (#teacher), to bookmark or to open on the projector.
  let teacherShown = false;
  app.subscribe((snapshot) => {
    const onTeacher = snapshot.matches('teacher');
    if (onTeacher !== teacherShown) {
      teacherShown = onTeacher;
      const url = new URL(window.location.href);
      url.hash = onTeacher ? 'teacher' : '';
      window.history.replaceState(null, '', url.hash ? url : url.href.replace(/#$/, ''));
    }
  });
  const openTeacherPage = () => {
    if (window.location.hash === '#teacher' && app.getSnapshot().matches('title'))
      app.send({ type: 'teacher.open' });
  };
  window.addEventListener('hashchange', openTeacherPage);
  app.start();
  liveClass.rejoinKept();
  teacherSession.rejoinKept();
  if (window.location.hash === '#teacher') {
    // Once loaded: the teacher's page if the title is shown; a resumed game keeps its screen, and the address
    // no longer says #teacher (so going back to the title later does not open it).
    const waiting = app.subscribe((snapshot) => {
      if (snapshot.matches('booting')) return;
      waiting.unsubscribe();
      if (snapshot.matches('title')) openTeacherPage();
      else window.history.replaceState(null, '', window.location.href.replace(/#teacher$/, ''));
    });
  }
  // `npm start` only: a saved file in scenarios/ refreshes the list (and the game on it) without a page reload.
  if (import.meta.hot)
    watchShippedScenarios((next, changed) =>
      app.send({ type: 'catalog.updated', entries: next.entries, problems: next.problems, changed }),
    );
  if (plan.kind === 'resume' && plan.restored.note) view.notice('note', plan.restored.note);

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const game = createGame(stage, app, reducedMotion);
  const canvas = renderOnDemand(game, ui, () => !app.getSnapshot().matches('booting'));
  app.subscribe(() => canvas.wake());
}

boot().catch((error: unknown) => showFatal(describeError(error)));
