import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderStore } from './sessionStore';

describe('the session store', () => {
  it('reads a file written before seats mode as a solo session with no tables', () => {
    const folder = mkdtempSync(join(tmpdir(), 'envoy-store-'));
    const before = {
      code: 'ABC123',
      scenarioId: 'geneva-2-2014',
      length: 'short',
      seed: 7,
      startedAt: 0,
      teacherTokenHash: 'x',
      paused: false,
      ended: false,
      namesShown: false,
      students: [],
    };
    writeFileSync(join(folder, 'ABC123.json'), JSON.stringify(before));
    const read = folderStore(folder, () => {}).read('ABC123');
    expect(read).toMatchObject({ mode: 'solo', tables: [] });
    rmSync(folder, { recursive: true, force: true });
  });
});
