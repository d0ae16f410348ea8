/**
 * The scenario tool for authors.
 *   npm run scenario -- validate <file...>   check files; prints OK <file> or the errors; exit 0 or 1
 *   npm run scenario -- schema               rewrite scenarios/scenario.schema.json from the zod schema
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCheckedScenario } from '../src/engine/checkScenario';
import { formatDiagnostic } from '../src/scenario/diagnostic';
import { scenarioJsonSchema } from '../src/scenario/jsonSchema';

export const SCHEMA_PATH = join(import.meta.dirname, '..', 'scenarios', 'scenario.schema.json');

const usage = `Usage:
  npm run scenario -- validate <file...>   check scenario files (YAML or JSON)
  npm run scenario -- schema               rewrite scenarios/scenario.schema.json`;

function readText(file: string): string | { error: string } {
  try {
    if (statSync(file).isDirectory()) return { error: `${file}: is a folder, not a scenario file` };
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: `${file}: no such file` };
    return { error: `${file}: cannot be read (${code ?? 'unknown error'})` };
  }
}

/** Returns the exit code; prints to the given writer. */
export function validate(files: readonly string[], print: (line: string) => void): number {
  if (files.length === 0) {
    print(usage);
    return 1;
  }
  let failed = false;
  for (const file of files) {
    const text = readText(file);
    if (typeof text !== 'string') {
      print(`error  ${text.error}`);
      failed = true;
      continue;
    }
    const result = loadCheckedScenario(text, file);
    if (result.ok) {
      const count = result.warnings.length;
      print(count === 0 ? `OK ${file}` : `OK ${file} (${count} warning${count === 1 ? '' : 's'})`);
    } else {
      failed = true;
      for (const error of result.errors) print(formatDiagnostic(error));
    }
    for (const warning of result.warnings) print(formatDiagnostic(warning));
    for (const note of result.notes) print(formatDiagnostic(note));
  }
  return failed ? 1 : 0;
}

function main(args: readonly string[]): number {
  const [command, ...rest] = args;
  if (command === 'validate') return validate(rest, (line) => console.log(line));
  if (command === 'schema') {
    writeFileSync(SCHEMA_PATH, scenarioJsonSchema());
    console.log(`wrote ${SCHEMA_PATH}`);
    return 0;
  }
  console.log(usage);
  return command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.log(`error  ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
