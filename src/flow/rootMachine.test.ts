import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { loadGeneva } from '../testing/scenarios';
import type { PlayerEvent } from './events';
import { type RootInput, rootMachine } from './rootMachine';

const geneva = loadGeneva();

function start(input: Partial<RootInput> = {}, persist = vi.fn()) {
  const machine = rootMachine.provide({
    actions: { persistSettings: (_, params) => persist(params) },
  });
  const actor = createActor(machine, {
    input: {
      soundOn: true,
      scenarios: [{ id: geneva.meta.id, scenario: geneva }],
      seed: 7,
      now: 1000,
      ...input,
    },
  });
  actor.start();
  return { actor, persist };
}

function intoMeetings() {
  const { actor } = start();
  actor.send({ type: 'boot.loaded' });
  actor.send({ type: 'title.start' });
  actor.send({ type: 'briefing.begin' });
  actor.send({ type: 'day.meet' });
  return actor;
}

describe('root machine: the app around the game', () => {
  it('boots, shows the title, the briefing on Start, and goes back with nav.back', () => {
    const { actor } = start();
    expect(actor.getSnapshot().value).toBe('booting');
    actor.send({ type: 'boot.progress', value: 0.5 });
    expect(actor.getSnapshot().context.loadProgress).toBe(0.5);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('booting');
    actor.send({ type: 'boot.loaded' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('title');
  });

  it('clamps load progress to 0..1', () => {
    const { actor } = start();
    actor.send({ type: 'boot.progress', value: 7 });
    expect(actor.getSnapshot().context.loadProgress).toBe(1);
    actor.send({ type: 'boot.progress', value: -1 });
    expect(actor.getSnapshot().context.loadProgress).toBe(0);
  });

  it('toggles sound and persists the new value', () => {
    const { actor, persist } = start({ soundOn: true });
    actor.send({ type: 'settings.sound.toggle' });
    expect(actor.getSnapshot().context.soundOn).toBe(false);
    expect(persist).toHaveBeenLastCalledWith({ soundOn: false, volume: 0.7 });
    actor.send({ type: 'settings.sound.toggle' });
    expect(persist).toHaveBeenLastCalledWith({ soundOn: true, volume: 0.7 });
    actor.send({ type: 'settings.volume.set', value: 0.3 });
    expect(persist).toHaveBeenLastCalledWith({ soundOn: true, volume: 0.3 });
    actor.send({ type: 'settings.volume.set', value: 4 });
    expect(actor.getSnapshot().context.volume).toBe(1);
  });

  it('goes to the failure screen from any state and keeps what went wrong', () => {
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    const failure = { what: 'A file did not load', detail: 'assets/x.svg', fix: 'Reload the page.' };
    actor.send({ type: 'app.failed', failure });
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.failure).toEqual(failure);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('failed');
  });

  it('offers a choice for an unreadable save: keep the file, or start over', () => {
    const offer = vi.fn();
    const clear = vi.fn();
    const actor = createActor(rootMachine.provide({ actions: { offerSaveFile: offer, clearSave: clear } }), {
      input: { soundOn: true, scenarios: [], saveProblem: { what: 'The save is damaged', detail: 'line 1' } },
    }).start();
    actor.send({ type: 'boot.loaded' });
    expect(actor.getSnapshot().value).toBe('saveProblem');
    actor.send({ type: 'save.keepFile' });
    expect(offer).toHaveBeenCalledTimes(1);
    expect(actor.getSnapshot().value).toBe('saveProblem');
    actor.send({ type: 'save.startOver' });
    expect(clear).toHaveBeenCalled();
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.saveProblem).toBeNull();
  });
});

describe('root machine: choosing and opening scenarios', () => {
  it('opens a scenario file, adds it to the list and selects it; a broken one gives the validator’s messages', async () => {
    const { MINIMAL_SCENARIO } = await import('../scenario/testing/minimalScenario');
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    actor.send({ type: 'title.openFile', fileName: 'harbour.yaml', text: MINIMAL_SCENARIO });
    let context = actor.getSnapshot().context;
    expect(context.scenarios.map((s) => s.id)).toEqual(['geneva-2-2014', 'harbour']);
    expect(context.selectedScenarioId).toBe('harbour');
    actor.send({ type: 'title.openFile', fileName: 'broken.yaml', text: 'schemaVersion: 1\nmeta: [' });
    context = actor.getSnapshot().context;
    expect(context.fileProblems.map((p) => p.file)).toEqual(['broken.yaml']);
    expect(context.fileProblems[0]!.errors[0]!.message).toContain('not valid YAML');
    actor.send({ type: 'title.dismissProblems' });
    expect(actor.getSnapshot().context.fileProblems).toEqual([]);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().context.run!.scenario.meta.title).toBe('Harbour dispute');
  });
});

describe('root machine: the run-up', () => {
  it('starts the scenario from the input seed, on the first day, with one seat actor per delegation', () => {
    const actor = intoMeetings();
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'idle' } })).toBe(true);
    const run = snapshot.context.run!;
    expect(run.seed).toBe(7);
    expect(run.game.day).toBe(0);
    expect(run.game.actionsLeft).toBe(geneva.calendar.actionsPerDay);
    expect(Object.keys(snapshot.children).sort()).toEqual(['seat-0', 'seat-1', 'seat-2']);
    expect(run.journal[0]?.reports.some((r) => r.kind === 'event')).toBe(true);
  });

  it('each move costs an action; with none left, moves are refused and not logged', () => {
    const actor = intoMeetings();
    for (let i = 0; i < 3; i++) actor.send({ type: 'mediator.consult', party: i });
    expect(actor.getSnapshot().context.run!.game.actionsLeft).toBe(0);
    actor.send({ type: 'mediator.press', party: 0 });
    const run = actor.getSnapshot().context.run!;
    expect(run.log.map((e) => e.type)).toEqual([
      'day.meet',
      'mediator.consult',
      'mediator.consult',
      'mediator.consult',
    ]);
    expect(run.game.parties[0]!.pressed).toBe(0);
  });

  it('tabling a text asks every seat; the answers come back and are recorded', () => {
    const actor = intoMeetings();
    actor.send({ type: 'mediator.table', parties: [0, 1, 2], text: [1, 1, 2, 0, 0] });
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'idle' } })).toBe(true);
    const run = snapshot.context.run!;
    expect(run.pending).toBeNull();
    expect(run.game.tabledToAll).toEqual([1, 1, 2, 0, 0]);
    const last = run.journal[run.journal.length - 1]!;
    expect(last.event.type).toBe('mediator.table');
    const report = last.reports[0]!;
    expect(report.kind === 'table' && report.answers.map((a) => a.party)).toEqual([0, 1, 2]);
  });

  it('a person at a seat answers in their own time: the machine waits for them', () => {
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    actor.send({ type: 'title.start', seats: ['computer', 'computer', 'person'] });
    actor.send({ type: 'briefing.begin' });
    actor.send({ type: 'day.meet' });
    actor.send({ type: 'mediator.table', parties: [0, 1, 2], text: [1, 1, 1, 0, 0] });
    let snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'awaitingAnswers' } })).toBe(true);
    expect(snapshot.context.run!.pending!.answers.map((a) => a.party)).toEqual([0, 1]);
    const answer = { kind: 'accept' as const, utility: 60, aspiration: 55, costs: [] };
    actor.send({ type: 'seat.reply', party: 2, answer });
    snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'idle' } })).toBe(true);
    const last = snapshot.context.run!.journal.at(-1)!.reports[0]!;
    expect(last.kind === 'table' && last.answers[2]).toEqual({ party: 2, answer });
  });

  it('the day ends, its events fire, and the next day begins with a full set of actions', () => {
    const actor = intoMeetings();
    actor.send({ type: 'mediator.statement' });
    actor.send({ type: 'day.end' });
    expect(actor.getSnapshot().matches({ run: 'dayEnd' })).toBe(true);
    expect(actor.getSnapshot().context.run!.game.day).toBe(1);
    actor.send({ type: 'day.next' });
    expect(actor.getSnapshot().matches({ run: 'plan' })).toBe(true);
    expect(actor.getSnapshot().context.run!.game.actionsLeft).toBe(3);
  });

  it('the player may call the conference early', () => {
    const actor = intoMeetings();
    actor.send({ type: 'conference.call' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('conference');
    expect(snapshot.context.run!.game.outcome?.day).toBe(0);
    expect(Object.keys(snapshot.children)).toEqual([]);
  });

  it('on the conference date the conference happens, whatever the player was doing', () => {
    const actor = intoMeetings();
    for (
      let day = 0;
      day < geneva.calendar.actionsPerDay * 10 && !actor.getSnapshot().matches('conference');
      day++
    ) {
      actor.send({ type: 'day.end' });
      actor.send({ type: 'day.next' });
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('conference');
    expect(snapshot.context.run!.game.outcome?.day).toBe(10);
    actor.send({ type: 'conference.done' });
    expect(actor.getSnapshot().value).toBe('outcome');
    actor.send({ type: 'outcome.debrief' });
    expect(actor.getSnapshot().value).toBe('debrief');
    actor.send({ type: 'debrief.restart' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.run).toBeNull();
  });

  it('logs exactly the player’s accepted events', () => {
    const actor = intoMeetings();
    const events: PlayerEvent[] = [
      { type: 'mediator.consult', party: 1 },
      { type: 'mediator.table', parties: [0], text: [0, 0, 0, 0, 0] },
      { type: 'mediator.consult', party: 9 },
      { type: 'day.end' },
      { type: 'day.next' },
    ];
    for (const event of events) actor.send(event);
    expect(actor.getSnapshot().context.run!.log.map((e) => e.type)).toEqual([
      'day.meet',
      'mediator.consult',
      'mediator.table',
      'day.end',
      'day.next',
    ]);
  });
});
