import '@fontsource/ibm-plex-sans/400.css';
import '@fontsource/ibm-plex-sans/600.css';
import '@fontsource/ibm-plex-serif/400.css';
import '@fontsource/ibm-plex-serif/600.css';
import '@fontsource/ibm-plex-mono/400.css';
import './view/styles.css';
import { createActor } from 'xstate';
import { audioInspector } from './audio/connectAudio';
import { createHowlerAudio } from './audio/howlerAudio';
import type { AppActor } from './flow/appActor';
import { type Failure, rootMachine } from './flow/rootMachine';
import { readSettings, writeSettings } from './platform/settings';
import { installTestHooks } from './platform/testHooks';
import { SOUND_URLS } from './view/assetManifest';
import { createGame } from './view/createGame';
import { mountUi } from './view/dom/mountUi';
import { showFatal } from './view/dom/showFatal';

function describeError(error: unknown): Failure {
  return {
    what: 'An unexpected error stopped the game.',
    detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    fix: 'Reload the page. If it happens again, please tell your teacher or the developers what you were doing.',
  };
}

function boot(): void {
  const stage = document.getElementById('stage');
  const ui = document.getElementById('ui');
  if (!stage || !ui) throw new Error('index.html is missing #stage or #ui');

  const cuesPlayed: string[] = [];
  const audio = createHowlerAudio(SOUND_URLS, (cue) => cuesPlayed.push(cue));
  let actor: AppActor | undefined;
  actor = createActor(
    rootMachine.provide({
      actions: { persistSettings: (_, params) => writeSettings(window.localStorage, params) },
    }),
    { input: readSettings(window.localStorage), inspect: audioInspector(audio, () => actor) },
  );
  const app = actor;

  const fail = (error: unknown) => app.send({ type: 'app.failed', failure: describeError(error) });
  window.addEventListener('error', (event) => fail(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));

  installTestHooks({ state: () => String(app.getSnapshot().value), cuesPlayed });
  app.start();
  let marked = false;
  mountUi(ui, app, {
    onTitleInteractive: () => {
      if (marked) return;
      marked = true;
      performance.mark('title-interactive');
    },
    reload: () => window.location.reload(),
  });
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  createGame(stage, app, reducedMotion);
}

try {
  boot();
} catch (error) {
  showFatal(describeError(error));
}
