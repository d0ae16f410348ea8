/**
 * How the scenario CLI reads a scenario: a regular file, `-` for standard input, or a FIFO (named pipe), as
 * bytes, then decoded by the one function the browser uses too (src/scenario/decode.ts).
 * - A folder, a character or block device (`/dev/zero`, a terminal) or a socket is refused at once, by name.
 * - Standard input and FIFOs are read as streams up to the browser's limit (2 MB); past it they are refused.
 * - A FIFO nobody writes to is refused after a short wait instead of hanging: opening a FIFO blocks until a
 *   writer comes, so after the wait the reader opens it for writing itself, which releases the pending open.
 */
import { closeSync, constants, openSync, type Stats, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { decodeScenarioBytes } from '../src/scenario/decode';
import { formatDiagnostic } from '../src/scenario/diagnostic';
import { MAX_FILE_BYTES } from '../src/scenario/loader';
import { MESSAGES } from '../src/scenario/messages';

/** The name standard input goes by in messages. */
export const STDIN_NAME = '<stdin>';

export type Input = { ok: true; name: string; text: string } | { ok: false; message: string };

export interface ReadOptions {
  /** Standard input, for `-` (tests pass their own stream). */
  readonly stdin?: Readable;
  /** How long to wait for a program to start writing to a FIFO, in milliseconds. */
  readonly fifoWaitMs?: number;
}

const FIFO_WAIT_MS = 5000;
const limitText = `${MAX_FILE_BYTES / 1_048_576} MB`;

/** Reads a stream to its end, or stops at the size limit. */
async function readStream(stream: Readable, name: string): Promise<Uint8Array | string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_FILE_BYTES) {
      stream.destroy();
      return `${name}: more than ${limitText}; a scenario file can be at most ${limitText}`;
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function readFifo(file: string, waitMs: number): Promise<Uint8Array | string> {
  const opening = open(file, 'r');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((done) => {
    timer = setTimeout(() => done('timeout'), waitMs);
  });
  const first = await Promise.race([opening, timedOut]);
  clearTimeout(timer);
  if (first === 'timeout') {
    // Release the open still waiting for a writer: become the writer for a moment, then close.
    try {
      closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // Nobody is reading after all (the open finished meanwhile): nothing to release.
    }
    await opening.then((handle) => handle.close()).catch(() => undefined);
    return `${file}: is a FIFO (named pipe) and no program wrote to it within ${waitMs / 1000} s`;
  }
  const stream = first.createReadStream();
  try {
    return await readStream(stream, file);
  } finally {
    await first.close().catch(() => undefined);
  }
}

function kindOf(stats: Stats): string | null {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return null;
}

function readError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  return `${file}: cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')})`;
}

/** The bytes of a scenario argument, or why they cannot be had (a message naming the file). */
export async function readInputBytes(
  file: string,
  options: ReadOptions = {},
): Promise<{ name: string; bytes: Uint8Array } | { message: string }> {
  if (file === '-') {
    const bytes = await readStream(options.stdin ?? process.stdin, STDIN_NAME);
    return typeof bytes === 'string' ? { message: bytes } : { name: STDIN_NAME, bytes };
  }
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    return { message: readError(file, error) };
  }
  const kind = kindOf(stats);
  if (kind) return { message: `${file}: is ${kind}, not a scenario file` };
  try {
    if (stats.isFIFO()) {
      const bytes = await readFifo(file, options.fifoWaitMs ?? FIFO_WAIT_MS);
      return typeof bytes === 'string' ? { message: bytes } : { name: file, bytes };
    }
    // A regular file: refuse a big one before reading it.
    if (stats.size > MAX_FILE_BYTES)
      return { message: `${file}: ${MESSAGES.tooLarge(stats.size, MAX_FILE_BYTES).message}` };
    return { name: file, bytes: new Uint8Array(await readFile(file)) };
  } catch (error) {
    return { message: readError(file, error) };
  }
}

/** A scenario argument read and decoded as text: the name to report it by, or a message ready to print. */
export async function readInput(file: string, options: ReadOptions = {}): Promise<Input> {
  const read = await readInputBytes(file, options);
  if ('message' in read) return { ok: false, message: `error  ${read.message}` };
  const decoded = decodeScenarioBytes(read.bytes, read.name);
  if (!decoded.ok) return { ok: false, message: formatDiagnostic(decoded.error) };
  return { ok: true, name: read.name, text: decoded.text };
}

/**
 * Output piped into a program that stops reading (`| head`) ends the command quietly, as other command-line
 * tools do, instead of printing an EPIPE stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
