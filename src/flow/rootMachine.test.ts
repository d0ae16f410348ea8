import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { gameDigest } from '../engine/digest';
import { partyEvent, tableEvent } from '../testing/fixtureEvents';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { loadFixture } from '../testing/scenarios';
import type { RootEvent } from './events';
import { fileOpened } from './fileOpened';
import { rebuildRun } from './rebuild';
import { type RootInput, rootMachine } from './rootMachine';

// The three-valley fixture: 3 parties, 2 actions a day, 6 days (see src/testing/fixtureScenario.ts).
const fixture = loadFixture();

function start(input: Partial<RootInput> = {}, persist = vi.fn()) {
  const machine = rootMachine.provide({
    actions: { persistSettings: (_, params) => persist(params) },
  });
  const actor = createActor(machine, {
    input: {
      soundOn: true,
      scenarios: [{ id: fixture.meta.id, scenario: fixture }],
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
  actor.send({ type: 'nav.meet' });
  return actor;
}

describe('root machine: the app around the game', () => {
  it('boots, shows the title, the briefing on Start, and goes back with nav.back', () => {
    const { actor } = start();
    expect(actor.getSnapshot().value).toBe('booting');
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('booting');
    actor.send({ type: 'boot.loaded' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).toBe('title');
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
    const actor = createActor(
      rootMachine.provide({ actions: { offerSaveFile: offer, discardSave: clear } }),
      {
        input: {
          soundOn: true,
          scenarios: [],
          saveProblem: { what: 'The save is damaged', detail: 'line 1' },
        },
      },
    ).start();
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

describe('root machine: play again', () => {
  it('a second game in the same page is another game: the next seed', () => {
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    actor.send({ type: 'title.start' });
    const first = actor.getSnapshot().context.run!.seed;
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().context.run!.seed).toBe(first + 1);
  });
});

describe('root machine: choosing and opening scenarios', () => {
  it('opens a scenario file, adds it to the list and selects it; a broken one gives the validator’s messages', async () => {
    const { MINIMAL_SCENARIO } = await import('../scenario/testing/minimalScenario');
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    actor.send(fileOpened({ fileName: 'harbour.yaml', text: MINIMAL_SCENARIO }));
    let context = actor.getSnapshot().context;
    expect(context.scenarios.map((s) => s.id)).toEqual(['three-valleys', 'harbour']);
    expect(context.selectedScenarioId).toBe('harbour');
    actor.send(fileOpened({ fileName: 'broken.yaml', text: 'schemaVersion: 1\nmeta: [' }));
    context = actor.getSnapshot().context;
    expect(context.fileProblems.map((p) => p.file)).toEqual(['broken.yaml']);
    expect(context.fileProblems[0]!.errors[0]!.message).toContain('not valid YAML');
    actor.send({ type: 'title.dismissProblems' });
    expect(actor.getSnapshot().context.fileProblems).toEqual([]);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().context.run!.scenario.meta.title).toBe('Harbour dispute');
  });

  it('decodes an opened file’s bytes as the CLI does: UTF-16 loads, Latin-1 is refused by place', async () => {
    const { MINIMAL_SCENARIO } = await import('../scenario/testing/minimalScenario');
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_SCENARIO, 'utf16le')]);
    actor.send(fileOpened({ fileName: 'harbour.yaml', bytes: new Uint8Array(utf16) }));
    expect(actor.getSnapshot().context.selectedScenarioId).toBe('harbour');
    const latin1 = Buffer.from(MINIMAL_SCENARIO.replace('Harbour dispute', 'Harbour café'), 'latin1');
    actor.send(fileOpened({ fileName: 'cafe.yaml', bytes: new Uint8Array(latin1) }));
    const [problem] = actor.getSnapshot().context.fileProblems;
    expect(problem!.file).toBe('cafe.yaml');
    expect(problem!.errors[0]!.message).toContain('is not valid UTF-8');
    expect(problem!.errors[0]!.hint).toContain('save the file as UTF-8');
  });

  it('refuses a file by its size before decoding it: the page never reads a huge file whole', () => {
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    actor.send(fileOpened({ fileName: 'huge.yaml', bytes: new Uint8Array(16), size: 50 * 1_048_576 }));
    const [problem] = actor.getSnapshot().context.fileProblems;
    expect(problem!.errors[0]!.message).toBe('the file is 50.0 MB; a scenario file can be at most 2 MB');
  });

  it('opens a file that has warnings, and keeps them for the page to show its author', async () => {
    const { MINIMAL_SCENARIO } = await import('../scenario/testing/minimalScenario');
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    const text = MINIMAL_SCENARIO.replace('title: Harbour dispute', 'title: "Harbour \\u202Edispute"');
    actor.send(fileOpened({ fileName: 'rtl.yaml', text }));
    const context = actor.getSnapshot().context;
    expect(context.selectedScenarioId).toBe('harbour');
    expect(context.fileProblems).toHaveLength(1);
    expect(context.fileProblems[0]!.errors).toEqual([]);
    expect(context.fileProblems[0]!.report!.warnings[0]).toMatchObject({
      file: 'rtl.yaml',
      path: 'meta.title',
    });
  });

  it('keeps a file with the id of a shipped scenario apart from it, never replacing it', async () => {
    const { MINIMAL_SCENARIO } = await import('../scenario/testing/minimalScenario');
    const { actor } = start({ scenarios: [] });
    actor.send({ type: 'boot.loaded' });
    actor.send(fileOpened({ fileName: 'harbour.yaml', text: MINIMAL_SCENARIO }));
    const shipped = actor.getSnapshot().context.scenarios[0]!;
    const restarted = start({ scenarios: [{ id: shipped.id, scenario: shipped.scenario }] }).actor;
    restarted.send({ type: 'boot.loaded' });
    restarted.send(fileOpened({ fileName: 'my-harbour.yaml', text: MINIMAL_SCENARIO }));
    const listed = restarted.getSnapshot().context.scenarios;
    expect(listed.map((s) => [s.id, s.fromFile ?? null])).toEqual([
      ['harbour', null],
      ['harbour (file)', 'my-harbour.yaml'],
    ]);
    expect(restarted.getSnapshot().context.selectedScenarioId).toBe('harbour (file)');
  });

  it('shows on the title a shipped scenario that did not load, with its messages', () => {
    const problem = {
      file: 'broken.yaml',
      shipped: true,
      errors: [
        { severity: 'error' as const, file: 'broken.yaml', line: 1, column: 1, path: '', message: 'empty' },
      ],
    };
    const { actor } = start({ fileProblems: [problem] });
    actor.send({ type: 'boot.loaded' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.fileProblems).toEqual([problem]);
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
    expect(run.game.actionsLeft).toBe(2);
    expect(Object.keys(snapshot.children).sort()).toEqual(['seat-0', 'seat-1', 'seat-2']);
    expect(run.journal[0]?.reports.some((r) => r.kind === 'event')).toBe(true);
  });

  it('each move costs an action; with none left, moves are refused and not logged', () => {
    const actor = intoMeetings();
    for (let i = 0; i < 2; i++) actor.send(partyEvent('consult', i));
    expect(actor.getSnapshot().context.run!.game.actionsLeft).toBe(0);
    actor.send(partyEvent('press', 0));
    const run = actor.getSnapshot().context.run!;
    expect(run.log.map((e) => e.type)).toEqual(['consult', 'consult']);
    expect(run.game.parties[0]!.pressed).toBe(0);
  });

  it('tabling a text asks every seat; the answers come back and are recorded', () => {
    const actor = intoMeetings();
    actor.send(tableEvent([0, 1, 2], FIXTURE_TEXTS.good));
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'idle' } })).toBe(true);
    const run = snapshot.context.run!;
    expect(run.pending).toBeNull();
    expect(run.game.tabledToAll).toEqual(FIXTURE_TEXTS.good);
    const last = run.journal[run.journal.length - 1]!;
    expect(last.move?.type).toBe('table');
    const report = last.reports[0]!;
    expect(report.kind === 'table' && report.answers.map((a) => a.party)).toEqual([0, 1, 2]);
  });

  it('a person at a seat answers in their own time: the machine waits for them', () => {
    const { actor } = start();
    actor.send({ type: 'boot.loaded' });
    actor.send({ type: 'title.start', seats: ['computer', 'computer', 'person'] });
    actor.send({ type: 'briefing.begin' });
    actor.send({ type: 'nav.meet' });
    actor.send(tableEvent([0, 1, 2], FIXTURE_TEXTS.good));
    let snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'awaitingAnswers' } })).toBe(true);
    expect(snapshot.context.run!.pending!.answers.map((a) => a.party)).toEqual([0, 1]);
    // A reply for a seat the computer holds, or from a party that does not exist, is refused.
    actor.send({ type: 'move.reply', party: 'upper', answer: { kind: 'accept' } });
    actor.send({ type: 'move.reply', party: 'atlantis', answer: { kind: 'accept' } });
    expect(actor.getSnapshot().matches({ run: { meetings: 'awaitingAnswers' } })).toBe(true);
    actor.send({ type: 'move.reply', party: 'lower', answer: { kind: 'accept' } });
    // The laptop goes back to the mediator before the meeting room shows again.
    expect(actor.getSnapshot().matches({ run: { meetings: 'handBack' } })).toBe(true);
    actor.send({ type: 'hotSeat.back' });
    snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'idle' } })).toBe(true);
    const last = snapshot.context.run!.journal.at(-1)!.reports[0]!;
    expect(last.kind === 'table' && last.answers[2]?.answer.kind).toBe('accept');
    expect(snapshot.context.run!.log.map((m) => m.type)).toEqual(['table', 'reply']);
  });

  it('the day ends, its events fire, and the next day begins with a full set of actions', () => {
    const actor = intoMeetings();
    actor.send({ type: 'move.statement' });
    actor.send({ type: 'move.endDay' });
    expect(actor.getSnapshot().matches({ run: 'dayEnd' })).toBe(true);
    expect(actor.getSnapshot().context.run!.game.day).toBe(1);
    actor.send({ type: 'nav.nextDay' });
    expect(actor.getSnapshot().matches({ run: 'plan' })).toBe(true);
    expect(actor.getSnapshot().context.run!.game.actionsLeft).toBe(2);
  });

  it('a teacher’s inject brings a later event forward, once, at no cost in actions, and a replay keeps it', () => {
    const actor = intoMeetings();
    const before = actor.getSnapshot().context.run!;
    actor.send({ type: 'move.inject', event: 'drought-report' });
    const run = actor.getSnapshot().context.run!;
    expect(run.game.firedEvents).toContain('drought-report');
    expect(run.game.actionsLeft).toBe(before.game.actionsLeft);
    // The weight the report moves has moved: the game itself changed, not only what the page shows.
    expect(run.game.parties.map((p) => p.weights)).not.toEqual(before.game.parties.map((p) => p.weights));
    expect(run.journal.at(-1)!.reports.map((r) => r.kind)).toEqual(['event']);
    // Again, or an event the scenario does not have: refused, nothing logged.
    actor.send({ type: 'move.inject', event: 'drought-report' });
    actor.send({ type: 'move.inject', event: 'no-such-event' });
    expect(actor.getSnapshot().context.run!.log).toEqual([{ type: 'inject', event: 'drought-report' }]);
    // Its own date comes and it does not fire twice.
    for (let day = 0; day < 4; day++) {
      actor.send({ type: 'move.endDay' });
      actor.send({ type: 'nav.nextDay' });
    }
    const later = actor.getSnapshot().context.run!;
    expect(later.game.firedEvents.filter((e) => e === 'drought-report')).toHaveLength(1);
    const rebuilt = rebuildRun({ id: fixture.meta.id, scenario: fixture }, later);
    expect(rebuilt.ok && gameDigest(rebuilt.run.game)).toBe(gameDigest(later.game));
  });

  it('the player may call the conference early', () => {
    const actor = intoMeetings();
    actor.send({ type: 'move.callConference' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('conference');
    expect(snapshot.context.run!.game.outcome?.day).toBe(0);
    expect(Object.keys(snapshot.children)).toEqual([]);
  });

  it('on the conference date the conference happens, whatever the player was doing', () => {
    const actor = intoMeetings();
    for (let day = 0; day < 20 && !actor.getSnapshot().matches('conference'); day++) {
      actor.send({ type: 'move.endDay' });
      actor.send({ type: 'nav.nextDay' });
    }
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('conference');
    // 1 March to 7 March.
    expect(snapshot.context.run!.game.outcome?.day).toBe(6);
    actor.send({ type: 'conference.done' });
    expect(actor.getSnapshot().value).toBe('outcome');
    actor.send({ type: 'outcome.debrief' });
    expect(actor.getSnapshot().value).toBe('debrief');
    actor.send({ type: 'debrief.restart' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.run).toBeNull();
  });

  it('logs exactly the player’s accepted moves: no drafting, no navigation', () => {
    const actor = intoMeetings();
    const events: RootEvent[] = [
      { type: 'draft.choose', issue: 'dam', option: 'small' },
      partyEvent('consult', 1),
      tableEvent([0], FIXTURE_TEXTS.statusQuo),
      partyEvent('consult', 9),
      { type: 'move.endDay' },
      { type: 'nav.nextDay' },
    ];
    for (const event of events) actor.send(event);
    expect(actor.getSnapshot().context.run!.log.map((e) => e.type)).toEqual(['consult', 'table', 'endDay']);
    expect(actor.getSnapshot().context.run!.draft.text[0]).toBe(1);
  });
});
