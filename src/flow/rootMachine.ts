import { assertEvent, assign, setup } from 'xstate';

/** A failure the player must see: what went wrong, and what to do about it. */
export interface Failure {
  readonly what: string;
  readonly detail: string;
  readonly fix: string;
}

export interface RootContext {
  soundOn: boolean;
  loadProgress: number;
  failure: Failure | null;
}

export interface RootInput {
  soundOn: boolean;
}

export type RootEvent =
  | { type: 'boot.progress'; value: number }
  | { type: 'boot.loaded' }
  | { type: 'app.failed'; failure: Failure }
  | { type: 'title.start' }
  | { type: 'settings.sound.toggle' }
  | { type: 'nav.back' };

export const rootMachine = setup({
  types: {
    context: {} as RootContext,
    events: {} as RootEvent,
    input: {} as RootInput,
  },
  actions: {
    /** Replaced by the app with real storage; tests provide a spy. */
    persistSettings: (_, _params: { soundOn: boolean }) => {},
  },
}).createMachine({
  id: 'envoy',
  context: ({ input }) => ({ soundOn: input.soundOn, loadProgress: 0, failure: null }),
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
          actions: assign({
            loadProgress: ({ event }) => Math.min(1, Math.max(0, event.value)),
          }),
        },
        'boot.loaded': { target: 'title', actions: assign({ loadProgress: 1 }) },
      },
    },
    title: {
      on: { 'title.start': 'briefing' },
    },
    briefing: {
      on: { 'nav.back': 'title' },
    },
    failed: {},
  },
});

export type RootState = 'booting' | 'title' | 'briefing' | 'failed';
