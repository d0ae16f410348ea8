import { describe, expect, it } from 'vitest';
import { driveGame } from '../flow/driveGame';
import { loadGeneva } from '../testing/scenarios';
import { clearSave, makeSave, PREVIOUS_SAVE_KEY, parseSave, readSave, SAVE_KEY, writeSave } from './save';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

const played = driveGame(loadGeneva(), 4, 'random');
const run = played.actor.getSnapshot().context.run!;
const save = makeSave(run, played.actor.getPersistedSnapshot(), 1_700_000_000_000);

describe('the save', () => {
  it('round-trips: log, seed, seats and the persisted snapshot', () => {
    const storage = memoryStorage();
    expect(writeSave(storage, save)).toBe(true);
    const read = readSave(storage);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.save.log).toEqual(run.log);
    expect(read.save.seed).toBe(run.seed);
    expect(read.save.scenarioTitle).toBe('Geneva II: the run-up, 12–22 January 2014');
  });

  it('keeps the previous save when it writes a new one, and when it clears', () => {
    const storage = memoryStorage();
    writeSave(storage, save);
    writeSave(storage, { ...save, savedAt: 2 });
    expect(JSON.parse(storage.getItem(PREVIOUS_SAVE_KEY)!).savedAt).toBe(1_700_000_000_000);
    clearSave(storage);
    expect(storage.getItem(SAVE_KEY)).toBeNull();
    expect(JSON.parse(storage.getItem(PREVIOUS_SAVE_KEY)!).savedAt).toBe(2);
  });

  it('turns a damaged save into a clear problem, keeping the raw text to offer as a file', () => {
    const damaged = parseSave('{"format":"geneva-envoy-save", "log": [');
    expect(damaged.kind).toBe('problem');
    if (damaged.kind !== 'problem') return;
    expect(damaged.problem.what).toBe('Your saved game is damaged and cannot be read.');
    expect(damaged.raw).toContain('geneva-envoy-save');
  });

  it('refuses a save from a newer version, or of another shape, with what went wrong', () => {
    const newer = parseSave(JSON.stringify({ ...save, version: 9 }));
    expect(newer.kind === 'problem' && newer.problem).toEqual({
      what: 'Your saved game was made by a newer version of the game.',
      detail: 'save version 9; this game reads version 1',
    });
    const foreign = parseSave(JSON.stringify({ ...save, log: [{ type: 'mediator.fly' }] }));
    expect(foreign.kind === 'problem' && foreign.problem.what).toBe(
      'Your saved game is not in a form this game understands.',
    );
    expect(foreign.kind === 'problem' && foreign.problem.detail).toBe('log.0: an unknown move');
    expect(parseSave('null').kind).toBe('problem');
    expect(parseSave('"hello"').kind).toBe('problem');
  });

  it('never throws when storage is blocked or full', () => {
    const hostile = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readSave(hostile)).toEqual({ kind: 'none' });
    expect(writeSave(hostile, save)).toBe(false);
    expect(() => clearSave(hostile)).not.toThrow();
  });
});
