import { describe, expect, it } from 'vitest';
import {
  answerReflection,
  beginTable,
  chooseDraft,
  collectAnswer,
  draftMove,
  playMove,
  startRun,
} from '../flow/run';
import type { ScenarioEntry } from '../flow/runContext';
import { answerAsComputer } from '../flow/seatAnswers';
import { loadGeneva } from '../testing/scenarios';
import { createAutosave } from './autosave';
import { parseSave, SAVE_KEY } from './save';
import { memoryStorage } from './testing/memoryStorage';

const geneva = loadGeneva();
const entry: ScenarioEntry = { id: geneva.meta.id, scenario: geneva };

function setUp(mayWrite = () => true) {
  const storage = memoryStorage();
  const failures: string[] = [];
  const autosave = createAutosave({
    storage: () => storage,
    now: () => 5,
    mayWrite,
    onFailure: () => failures.push('failed'),
    onRecovered: () => failures.push('recovered'),
  });
  const saved = () => {
    const raw = storage.getItem(SAVE_KEY);
    const read = raw ? parseSave(raw) : null;
    return read?.kind === 'ok' ? read.save : null;
  };
  return { storage, failures, autosave, saved };
}

describe('the autosave', () => {
  it('saves after a move, after a draft change and after a change of screen', () => {
    const { autosave, saved } = setUp();
    const run = startRun(entry, 1, [], 0);
    autosave.observe(run, 'plan', false);
    expect(saved()?.screen).toBe('plan');
    const moved = playMove(run, { type: 'consult', party: geneva.parties[0]!.id })!;
    autosave.observe(moved, 'meetings', false);
    expect(saved()?.log).toEqual([{ type: 'consult', party: geneva.parties[0]!.id }]);
    const issue = geneva.issues[0]!;
    const drafted = chooseDraft(moved, issue.id, issue.options.at(-1)!.id)!;
    autosave.observe(drafted, 'meetings', false);
    expect(saved()?.draft.text[issue.id]).toBe(issue.options.at(-1)!.id);
  });

  it('saves a reflection answer as it is written, so a reload on the briefing keeps it', () => {
    const { autosave, saved } = setUp();
    const run = startRun(entry, 1, [], 0);
    autosave.observe(run, 'briefing', false);
    const answered = answerReflection(run, 'before', 0, 'The Coalition')!;
    autosave.observe(answered, 'briefing', false);
    expect(saved()?.reflection?.before).toEqual(['The Coalition']);
  });

  it('never saves while the computer’s seats answer a tabled text, but does while a student’s answer is awaited', () => {
    const { autosave, saved } = setUp();
    const run = startRun(entry, 1, ['person'], 0);
    autosave.observe(run, 'meetings', false);
    const tabled = beginTable(run, draftMove(run))!;
    autosave.observe(tabled.run, 'meetings', false);
    expect(saved()?.log).toEqual([]);
    const [, ...computers] = tabled.request.questions;
    const waiting = computers.reduce((r, q) => collectAnswer(r, answerAsComputer(q)), tabled.run);
    autosave.observe(waiting, 'meetings', false);
    expect(saved()?.log).toEqual([draftMove(run)]);
  });

  it('tells the player once when storage is full, keeps the game to download, and says when it saves again', () => {
    const { storage, autosave, failures, saved } = setUp();
    const run = startRun(entry, 1, [], 0);
    storage.full = true;
    autosave.observe(run, 'plan', false);
    autosave.observe(playMove(run, { type: 'statement' })!, 'meetings', false);
    expect(failures).toEqual(['failed']);
    expect(saved()).toBeNull();
    expect(JSON.parse(autosave.current()!).log).toEqual([{ type: 'statement' }]);
    storage.full = false;
    autosave.observe(playMove(run, { type: 'endDay' })!, 'news', false);
    expect(failures).toEqual(['failed', 'recovered']);
    expect(saved()?.screen).toBe('news');
  });

  it('writes nothing while another tab owns the game', () => {
    const { autosave, saved } = setUp(() => false);
    autosave.observe(startRun(entry, 1, [], 0), 'plan', false);
    expect(saved()).toBeNull();
  });
});
