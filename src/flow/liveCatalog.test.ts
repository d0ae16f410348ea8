import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Diagnostic } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/schema';
import { MINIMAL_SCENARIO } from '../scenario/testing/minimalScenario';
import { partyEvent } from '../testing/fixtureEvents';
import { loadFixture, loadMinimal } from '../testing/scenarios';
import type { RootEvent } from './events';
import { fileOpened } from './fileOpened';
import { type RootInput, rootMachine, type ScenarioEntry } from './rootMachine';

// The dev server's catalog.updated and the title's Reopen, as events through the root machine.
const fixture = loadFixture();
const minimal = loadMinimal();
const valleys: ScenarioEntry = { id: fixture.meta.id, scenario: fixture, file: 'valleys.yaml' };
const harbour: ScenarioEntry = { id: minimal.meta.id, scenario: minimal, file: 'harbour.yaml' };

const edited = (scenario: Scenario, title: string): Scenario => ({
  ...scenario,
  meta: { ...scenario.meta, title },
});
const error: Diagnostic = {
  severity: 'error',
  file: 'valleys.yaml',
  line: 3,
  column: 7,
  path: 'meta.id',
  message: '"Bad Id" is not a valid id',
};

function start(input: Partial<RootInput> = {}) {
  const actor = createActor(rootMachine, {
    input: { soundOn: true, scenarios: [valleys, harbour], seed: 7, now: 1000, ...input },
  });
  actor.start();
  actor.send({ type: 'boot.loaded' });
  return actor;
}

function updated(
  entries: readonly ScenarioEntry[],
  changed: readonly string[],
  problems: { file: string; errors: Diagnostic[] }[] = [],
): RootEvent {
  return { type: 'catalog.updated', entries, problems, changed };
}

describe('catalog.updated: the dev server saw files in scenarios/ change', () => {
  it('on the title, refreshes the list and the shipped problems, keeping files opened from disk', () => {
    const actor = start({ fileProblems: [{ file: 'old.yaml', shipped: true, errors: [error] }] });
    actor.send(fileOpened({ fileName: 'mine.yaml', text: MINIMAL_SCENARIO }));
    expect(actor.getSnapshot().context.selectedScenarioId).toBe('harbour (file)');
    const added: ScenarioEntry = { id: 'added', scenario: edited(minimal, 'Added'), file: 'added.yaml' };
    actor.send(updated([valleys, added], ['harbour.yaml', 'added.yaml', 'old.yaml']));
    const context = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toBe('title');
    // harbour.yaml was deleted: the opened file no longer needs "(file)" beside its id.
    expect(context.scenarios.map((s) => s.id)).toEqual(['three-valleys', 'added', 'harbour']);
    expect(context.selectedScenarioId).toBe('three-valleys');
    expect(context.fileProblems).toEqual([]);
    expect(context.liveNote).toBeNull();
  });

  it('on the title, a broken file shows its messages and keeps its last good version in the list', () => {
    const actor = start();
    actor.send(updated([harbour], ['valleys.yaml'], [{ file: 'valleys.yaml', errors: [error] }]));
    const context = actor.getSnapshot().context;
    expect(context.scenarios.map((s) => s.id)).toEqual(['harbour', 'three-valleys']);
    expect(context.scenarios[1]!.scenario).toBe(fixture);
    expect(context.fileProblems).toEqual([{ file: 'valleys.yaml', errors: [error], shipped: true }]);
    expect(context.selectedScenarioId).toBe('three-valleys');
  });

  it('follows the selected scenario when its file renames its id', () => {
    const actor = start();
    actor.send({ type: 'title.select', scenarioId: 'harbour' });
    const renamed: ScenarioEntry = { ...harbour, id: 'port', scenario: edited(minimal, 'Port') };
    actor.send(updated([valleys, renamed], ['harbour.yaml']));
    expect(actor.getSnapshot().context.selectedScenarioId).toBe('port');
  });

  it('on the briefing, restarts the game on the new text and says so', () => {
    const actor = start();
    actor.send({ type: 'title.start' });
    const seed = actor.getSnapshot().context.run!.seed;
    const next: ScenarioEntry = { ...valleys, scenario: edited(fixture, 'Three valleys, edited') };
    actor.send(updated([next, harbour], ['valleys.yaml']));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('briefing');
    expect(snapshot.context.run!.scenario.meta.title).toBe('Three valleys, edited');
    expect(snapshot.context.run!.seed).toBe(seed);
    expect(snapshot.context.liveNote).toEqual({
      kind: 'reloaded',
      file: 'scenarios/valleys.yaml',
      errors: [],
    });
    actor.send({ type: 'catalog.dismissNote' });
    expect(actor.getSnapshot().context.liveNote).toBeNull();
  });

  it('in a run, a broken edit keeps the game going with its messages; the fix restarts it on the briefing', () => {
    const actor = start();
    actor.send({ type: 'title.start', seats: ['computer', 'person', 'computer'] });
    actor.send({ type: 'briefing.begin' });
    actor.send({ type: 'nav.meet' });
    actor.send(partyEvent('consult', 0));
    const run = actor.getSnapshot().context.run!;

    actor.send(updated([harbour], ['valleys.yaml'], [{ file: 'valleys.yaml', errors: [error] }]));
    let snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: 'meetings' })).toBe(true);
    expect(snapshot.context.run).toBe(run);
    expect(snapshot.context.liveNote).toEqual({
      kind: 'broken',
      file: 'scenarios/valleys.yaml',
      errors: [error],
    });

    // Another file changing says nothing about this game.
    actor.send(updated([harbour], ['harbour.yaml'], [{ file: 'valleys.yaml', errors: [error] }]));
    expect(actor.getSnapshot().context.run).toBe(run);

    const fixed: ScenarioEntry = { ...valleys, scenario: edited(fixture, 'Fixed') };
    actor.send(updated([fixed, harbour], ['valleys.yaml']));
    snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('briefing');
    expect(snapshot.context.run!.scenario.meta.title).toBe('Fixed');
    expect(snapshot.context.run!.log).toEqual([]);
    expect(snapshot.context.run!.seats).toEqual(['computer', 'person', 'computer']);
    expect(snapshot.context.fileProblems).toEqual([]);
    expect(snapshot.context.liveNote?.kind).toBe('reloaded');
    // The new run has its own seats when it begins.
    actor.send({ type: 'briefing.begin' });
    expect(Object.keys(actor.getSnapshot().children).sort()).toEqual(['seat-0', 'seat-1', 'seat-2']);
  });

  it('in a run, a deleted file leaves the game playable and says the file is gone', () => {
    const actor = start();
    actor.send({ type: 'title.start' });
    actor.send({ type: 'briefing.begin' });
    actor.send(updated([harbour], ['valleys.yaml']));
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches({ run: 'plan' })).toBe(true);
    expect(snapshot.context.run!.scenario).toBe(fixture);
    expect(snapshot.context.liveNote?.kind).toBe('removed');
    expect(snapshot.context.scenarios.map((s) => s.id)).toEqual(['harbour']);
  });

  it('back on the title after a game, a change restarts nothing', () => {
    const actor = start();
    actor.send({ type: 'title.start' });
    actor.send({ type: 'nav.back' });
    const run = actor.getSnapshot().context.run;
    actor.send(updated([{ ...valleys, scenario: edited(fixture, 'Edited') }, harbour], ['valleys.yaml']));
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.run).toBe(run);
    expect(actor.getSnapshot().context.liveNote).toBeNull();
  });
});

describe('Reopen: a file opened from disk, read again after an edit', () => {
  it('replaces the earlier version (even with another id), and offers to reopen it, broken or not', () => {
    const actor = start();
    expect(actor.getSnapshot().context.reopenable).toBeNull();
    actor.send(fileOpened({ fileName: 'mine.yaml', text: 'schemaVersion: 1\nmeta: [' }));
    expect(actor.getSnapshot().context.reopenable).toBe('mine.yaml');
    actor.send(fileOpened({ fileName: 'mine.yaml', text: MINIMAL_SCENARIO }));
    expect(actor.getSnapshot().context.fileProblems).toEqual([]);
    const renamed = MINIMAL_SCENARIO.replace('id: harbour', 'id: port');
    actor.send(fileOpened({ fileName: 'mine.yaml', text: renamed }));
    const context = actor.getSnapshot().context;
    expect(context.scenarios.map((s) => [s.id, s.fromFile ?? null])).toEqual([
      ['three-valleys', null],
      ['harbour', null],
      ['port', 'mine.yaml'],
    ]);
    expect(context.selectedScenarioId).toBe('port');
  });

  it('a file the browser cannot read again is said so until it is chosen again', () => {
    const actor = start();
    actor.send(fileOpened({ fileName: 'mine.yaml', text: MINIMAL_SCENARIO }));
    actor.send({ type: 'title.reopenFailed', fileName: 'mine.yaml' });
    expect(actor.getSnapshot().context.liveNote).toEqual({
      kind: 'unreadable',
      file: 'mine.yaml',
      errors: [],
    });
    actor.send(fileOpened({ fileName: 'mine.yaml', text: MINIMAL_SCENARIO }));
    expect(actor.getSnapshot().context.liveNote).toBeNull();
  });
});
