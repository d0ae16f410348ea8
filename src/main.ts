import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-serif/400.css';
import '@fontsource/ibm-plex-serif/600.css';
import '@fontsource/ibm-plex-mono/400.css';
import './view/styles.css';
import { createActor } from 'xstate';
import { audioInspector } from './audio/connectAudio';
import { type AudioPort, createHowlerAudio } from './audio/howlerAudio';
import type { AppActor } from './flow/appActor';
import { type Failure, type RunContext, rootMachine } from './flow/rootMachine';
import { freshSeed, now } from './platform/clock';
import { downloadText } from './platform/download';
import { planResume, resumeInto } from './platform/resume';
import { clearSave, makeSave, readSave, writeSave } from './platform/save';
import { shippedScenarios } from './platform/scenarioCatalog';
import { readSettings, writeSettings } from './platform/settings';
import { installTestHooks, testSeed } from './platform/testHooks';
import { createGame } from './view/createGame';
import { mountUi } from './view/dom/mountUi';
import { showFatal } from './view/dom/showFatal';
import { SOUND_URLS } from './view/soundManifest';

function describeError(error: unknown): Failure {
  return {
    what: 'An unexpected error stopped the game.',
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    fix: 'Reload the page: your game is saved after every move. If it happens again, please tell your teacher what you were doing.',
  };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function boot(): void {
  const stage = document.getElementById('stage');
  const ui = document.getElementById('ui');
  if (!stage || !ui) throw new Error('index.html is missing #stage or #ui');

  const catalog = shippedScenarios();
  const plan = planResume(readSave(storage()), catalog.entries);
  const scenarios = plan.kind === 'resume' ? plan.scenarios : catalog.entries;

  const cuesPlayed: string[] = [];
  const howler = createHowlerAudio(SOUND_URLS, (cue) => cuesPlayed.push(cue));
  // While a saved game replays, its moves make no sound and no captions.
  let replaying = false;
  const audio: AudioPort = {
    unlock: () => howler.unlock(),
    play: (cue) => {
      if (!replaying) howler.play(cue);
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
  actor = createActor(
    rootMachine.provide({
      actions: {
        persistSettings: (_, params) => writeSettings(storage(), params),
        clearSave: () => clearSave(storage()),
        offerSaveFile: () => {
          if (plan.kind === 'problem') downloadText('geneva-envoy-save.json', plan.raw);
        },
      },
    }),
    {
      input: {
        ...readSettings(storage()),
        scenarios,
        seed: testSeed() ?? freshSeed(),
        now: now(),
        saveProblem: plan.kind === 'problem' ? plan.problem : null,
      },
      inspect: audioInspector(
        audio,
        () => actor,
        (caption) => {
          if (!replaying) showCaption(caption);
        },
      ),
    },
  );
  const app = actor;

  const fail = (error: unknown) => app.send({ type: 'app.failed', failure: describeError(error) });
  window.addEventListener('error', (event) => fail(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));

  // Save after every move the player makes; a resume replays quietly and saves once at the end.
  let saving = true;
  let savedRun: RunContext | null = null;
  const save = (run: RunContext | null) => {
    if (!saving || run === savedRun || !run || run.pending) return;
    if (savedRun && run.log.length === savedRun.log.length && run.game === savedRun.game) return;
    savedRun = run;
    writeSave(storage(), makeSave(run, app.getPersistedSnapshot(), now()));
  };
  app.subscribe((snapshot) => save(snapshot.context.run));

  installTestHooks({
    state: () => JSON.stringify(app.getSnapshot().value),
    cuesPlayed,
    run: () => app.getSnapshot().context.run,
  });
  app.start();

  if (plan.kind === 'resume') {
    const resume = app.subscribe((snapshot) => {
      if (!snapshot.matches('title')) return;
      resume.unsubscribe();
      saving = false;
      replaying = true;
      resumeInto(app, plan.save);
      replaying = false;
      saving = true;
      save(app.getSnapshot().context.run);
    });
  }

  let marked = false;
  const view = mountUi(ui, app, {
    onTitleInteractive: () => {
      if (marked) return;
      marked = true;
      performance.mark('title-interactive');
    },
    reload: () => window.location.reload(),
    downloadResult: (fileName, json) => downloadText(fileName, json),
  });
  showCaption = (caption) => view.caption(caption);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  createGame(stage, app, reducedMotion);
}

try {
  boot();
} catch (error) {
  showFatal(describeError(error));
}
