import { execFileSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../src/scenario/loader';
import { MINIMAL_SCENARIO } from '../src/scenario/testing/minimalScenario';
import { readInput, STDIN_NAME } from './readInput';

const dir = mkdtempSync(join(tmpdir(), 'read-input-'));
const posix = process.platform !== 'win32';

describe('reading a scenario argument', () => {
  it('reads - from standard input as a stream, named <stdin>', async () => {
    const stdin = Readable.from([
      Buffer.from(MINIMAL_SCENARIO.slice(0, 100)),
      Buffer.from(MINIMAL_SCENARIO.slice(100)),
    ]);
    expect(await readInput('-', { stdin })).toEqual({ ok: true, name: STDIN_NAME, text: MINIMAL_SCENARIO });
  });

  it('stops reading a stream past the 2 MB limit', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const stdin = Readable.from(Array.from({ length: 9 }, () => chunk));
    const read = await readInput('-', { stdin });
    expect(read).toEqual({
      ok: false,
      message: 'error  <stdin>: more than 2 MB; a scenario file can be at most 2 MB',
    });
  });

  it('refuses a regular file over the limit before reading it', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    const read = await readInput(big);
    expect(!read.ok && read.message).toMatch(
      /big\.yaml: the file is 2\.0 MB; a scenario file can be at most 2 MB/,
    );
  });

  it('refuses a folder and a character device by name, at once', async () => {
    expect(await readInput(dir)).toEqual({
      ok: false,
      message: `error  ${dir}: is a folder, not a scenario file`,
    });
    if (posix)
      expect(await readInput('/dev/zero')).toEqual({
        ok: false,
        message: 'error  /dev/zero: is a character device, not a scenario file',
      });
  });

  it('decodes a UTF-16 file and refuses a Latin-1 one with the place of the bad byte', async () => {
    const utf16 = join(dir, 'utf16.yaml');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_SCENARIO, 'utf16le')]),
    );
    expect(await readInput(utf16)).toEqual({ ok: true, name: utf16, text: MINIMAL_SCENARIO });
    const latin1 = join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('a: 1\nb: Genève\n', 'latin1'));
    const read = await readInput(latin1);
    expect(!read.ok && read.message).toContain(
      `${latin1}:2:7  error  (top level): the file is not UTF-8: byte 0xE8 at 2:7`,
    );
    expect(!read.ok && read.message).toContain('save the file as UTF-8');
  });

  it.runIf(posix)('reads a FIFO that a program writes to', async () => {
    const fifo = join(dir, 'written.fifo');
    execFileSync('mkfifo', [fifo]);
    const [read] = await Promise.all([readInput(fifo), writeFile(fifo, MINIMAL_SCENARIO)]);
    expect(read).toEqual({ ok: true, name: fifo, text: MINIMAL_SCENARIO });
  });

  it.runIf(posix)('gives up on a FIFO nobody writes to, with a message, instead of hanging', async () => {
    const fifo = join(dir, 'silent.fifo');
    execFileSync('mkfifo', [fifo]);
    const read = await readInput(fifo, { fifoWaitMs: 200 });
    expect(read).toEqual({
      ok: false,
      message: `error  ${fifo}: is a FIFO (named pipe) and no program wrote to it within 0.2 s`,
    });
  });
});
