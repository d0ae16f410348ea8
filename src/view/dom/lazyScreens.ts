import type { Failure } from '../../flow/failure';
import { lazyModule } from '../../platform/lazyModule';
import { TEXT } from '../text';
import type { Screen } from './screen';
import { loadingScreen } from './screens/loadingScreen';

type Build<M> = (module: M) => Screen;

export interface LazyScreens {
  teacher(build: Build<typeof import('./screens/teacherScreen')>): Screen;
  debrief(build: Build<typeof import('./screens/debriefScreen')>): Screen;
  /** Fetches them all, quietly: once the title is up, so they are here before they are asked for. */
  prefetch(): void;
}

/**
 * The screens no game needs at its start (the teacher's page, the debrief), fetched apart from the title's
 * script. Until one has arrived its place shows "Loading…", and `redraw` puts the screen up when it has.
 */
export function lazyScreens(redraw: () => void, fail: (failure: Failure) => void): LazyScreens {
  const teacher = lazyModule(() => import('./screens/teacherScreen'));
  const debrief = lazyModule(() => import('./screens/debriefScreen'));
  const shown = <M>(lazy: ReturnType<typeof lazyModule<M>>, build: Build<M>): Screen => {
    const here = lazy.loaded();
    if (here) return build(here);
    lazy.load().then(redraw, (error: unknown) =>
      fail({
        what: TEXT.failure.assets(1),
        detail: error instanceof Error ? error.message : String(error),
        fix: TEXT.failure.assetsFix,
      }),
    );
    return loadingScreen();
  };
  return {
    teacher: (build) => shown(teacher, build),
    debrief: (build) => shown(debrief, build),
    prefetch() {
      // A fetch that fails here (the network gone) is tried again when the screen is needed.
      for (const lazy of [teacher, debrief]) lazy.load().catch(() => {});
    },
  };
}
