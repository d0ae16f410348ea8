import { createActor } from 'xstate';
import type { AppActor, AppSnapshot } from '../../flow/appActor';
import type { RootEvent, RootInput } from '../../flow/rootMachine';
import { rootMachine } from '../../flow/rootMachine';
import { loadFixture } from '../../testing/scenarios';

export { partyEvent, tableEvent } from '../../testing/fixtureEvents';

const fixture = loadFixture();

export interface Step {
  readonly event: RootEvent;
  readonly before: AppSnapshot;
  readonly after: AppSnapshot;
}

/**
 * The real root machine on the three-valley fixture (src/testing/fixtureScenario.ts, seed 7), with every event it handles recorded as the audio
 * inspector sees it: the event, the snapshot before and the snapshot after. Seat answers arrive as their own
 * steps, as in the browser.
 */
export function playRootMachine(input: Partial<RootInput> = {}) {
  const steps: Step[] = [];
  let before: AppSnapshot | undefined;
  let actor: AppActor | undefined;
  actor = createActor(rootMachine, {
    input: { soundOn: true, scenarios: [{ id: fixture.meta.id, scenario: fixture }], seed: 7, ...input },
    inspect: (inspection) => {
      if (inspection.type !== '@xstate.snapshot' || inspection.actorRef !== actor) return;
      const after = inspection.snapshot as AppSnapshot;
      if (before) steps.push({ event: inspection.event as RootEvent, before, after });
      before = after;
    },
  });
  const started = actor.start();
  return {
    actor: started,
    /** The steps recorded since the last call. */
    take: (): Step[] => steps.splice(0),
    send(...events: RootEvent[]) {
      for (const event of events) started.send(event);
    },
  };
}

export type Played = ReturnType<typeof playRootMachine>;

/** From booting to the first day's meetings. */
export function intoMeetings(played: Played, input?: RootEvent): Played {
  played.send(
    { type: 'boot.loaded' },
    input ?? { type: 'title.start' },
    { type: 'briefing.begin' },
    { type: 'nav.meet' },
  );
  played.take();
  return played;
}

/** Ends the day and starts the next one in its meetings. */
export function nextDay(played: Played): void {
  played.send({ type: 'move.endDay' }, { type: 'nav.nextDay' }, { type: 'nav.meet' });
}
