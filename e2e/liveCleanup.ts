import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The scenario files the live-authoring test writes: one prefix, never a shipped name. */
export const LIVE_PREFIX = 'zz-live-test';
export const SCENARIOS_DIR = join(import.meta.dirname, '..', 'scenarios');

/** Deletes every test file from scenarios/ (the shipped-scenarios unit test and the build read that folder). */
export function removeLiveFiles(): void {
  for (const file of readdirSync(SCENARIOS_DIR))
    if (file.startsWith(LIVE_PREFIX)) rmSync(join(SCENARIOS_DIR, file), { force: true });
}

export default function globalTeardown(): void {
  removeLiveFiles();
}
