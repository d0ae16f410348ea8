import { describe, expect, it } from 'vitest';
import { changedFiles } from './scenarioCatalog';
import { createScenarioFiles } from './scenarioFiles';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('scenario files kept for Reopen', () => {
  it('reads a handle again as the file now is; nothing to reopen before a file was chosen', async () => {
    let text = 'one';
    const handle = { name: 'mine.yaml', getFile: async () => new File([text], 'mine.yaml') };
    const files = createScenarioFiles({ showOpenFilePicker: async () => [handle] });
    expect(await files.reread()).toBeNull();
    expect(files.canPick).toBe(true);
    expect(await files.pick()).toEqual({ fileName: 'mine.yaml', bytes: utf8('one'), size: 3 });
    text = 'two';
    expect(await files.reread()).toEqual({ ok: true, fileName: 'mine.yaml', bytes: utf8('two') });
  });

  it('says when a File can no longer be read, and when the picker was cancelled', async () => {
    const cancelled = createScenarioFiles({
      showOpenFilePicker: async () => {
        throw new DOMException('no', 'AbortError');
      },
    });
    expect(await cancelled.pick()).toBe('cancelled');
    const files = createScenarioFiles({});
    expect(files.canPick).toBe(false);
    expect(await files.pick()).toBe('unavailable');
    const file = new File(['text'], 'theirs.yaml');
    expect(await files.keep(file)).toEqual({ fileName: 'theirs.yaml', bytes: utf8('text'), size: 4 });
    file.slice = () =>
      ({ arrayBuffer: () => Promise.reject(new DOMException('changed', 'NotReadableError')) }) as Blob;
    expect(await files.reread()).toEqual({ ok: false, fileName: 'theirs.yaml' });
  });
});

describe('changed files between two readings of scenarios/', () => {
  it('names the files added, edited and deleted', () => {
    const before = {
      '../../scenarios/a.yaml': 'a',
      '../../scenarios/b.yaml': 'b',
      '../../scenarios/c.yaml': 'c',
    };
    const after = {
      '../../scenarios/a.yaml': 'a',
      '../../scenarios/b.yaml': 'b2',
      '../../scenarios/d.yaml': 'd',
    };
    expect(changedFiles(before, after).sort()).toEqual(['b.yaml', 'c.yaml', 'd.yaml']);
  });
});
