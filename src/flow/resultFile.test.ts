import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../agents/mediators/builtIn';
import { loadFixture } from '../testing/scenarios';
import { driveGame } from './driveGame';
import { rebuildRun } from './rebuild';
import { parseResult, RESULT_FORMAT, type ResultFile, resultJsonSchema } from './resultFile';
import { resultFileName, resultOf } from './resultOf';
import { scenarioDigest } from './scenarioDigest';
import { NEUTRAL_STRINGS } from './strings';

const scenario = loadFixture();
const words = NEUTRAL_STRINGS.result;
const player = { name: '  Amina Yusuf ', classCode: 'K7QM-2XRB' };

function finishedResult(seed = 7): ResultFile {
  const game = driveGame(scenario, seed, BUILT_IN.careful!, { player });
  const result = resultOf(game.actor.getSnapshot().context.run!, '2026-12-02');
  expect(result).not.toBeNull();
  return result!;
}

describe('the result file a student downloads for the teacher', () => {
  it('carries who, when, which class and scenario, and a move log that replays to the same outcome', () => {
    const result = finishedResult();
    expect(result).toMatchObject({
      format: RESULT_FORMAT,
      student: 'Amina Yusuf',
      date: '2026-12-02',
      classCode: 'K7QM-2XRB',
      scenario: { id: scenario.meta.id, digest: scenarioDigest(scenario) },
      seed: 7,
    });
    expect(Object.keys(result.utilities)).toEqual(scenario.parties.map((p) => p.id));
    const read = parseResult(JSON.stringify(result), words);
    expect(read).toEqual({ ok: true, result });
    // The teacher's replay: the same seed and moves give the same attendance.
    const entry = { id: scenario.meta.id, scenario };
    const rebuilt = rebuildRun(entry, {
      seed: result.seed,
      seats: {},
      log: result.moves,
      startedAt: 0,
    } as never);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    const attends = rebuilt.run.game.outcome!.attends;
    expect(Object.fromEntries(scenario.parties.map((p, i) => [p.id, attends[i]]))).toEqual(
      result.outcome.attends,
    );
  });

  it('is named <scenario>-<name>-<date>.json, in any script, with "student" where no name was given', () => {
    const result = finishedResult();
    expect(resultFileName(result)).toBe(`${scenario.meta.id}-amina-yusuf-2026-12-02.json`);
    expect(resultFileName({ ...result, student: 'Zoë ../../etc' })).toBe(
      `${scenario.meta.id}-zoë-etc-2026-12-02.json`,
    );
    expect(resultFileName({ ...result, student: '' })).toBe(`${scenario.meta.id}-student-2026-12-02.json`);
  });

  it('refuses a damaged, foreign, newer or hostile file with a message that names the place, never a crash', () => {
    const good = finishedResult();
    expect(parseResult('{"format": "envoy-result", "moves": [', words)).toEqual({
      ok: false,
      problem: words.notJson,
    });
    expect(parseResult('{"format": "geneva-envoy-save"}', words)).toEqual({
      ok: false,
      problem: words.notAResult,
    });
    expect(parseResult(JSON.stringify({ ...good, version: 9 }), words)).toEqual({
      ok: false,
      problem: words.newer,
    });
    expect(parseResult('x'.repeat(2_000_000), words)).toEqual({ ok: false, problem: words.tooLarge });
    const damaged = parseResult(JSON.stringify({ ...good, seed: 'seven' }), words);
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.problem).toMatch(/^This result file is damaged at seed: /);
    const polluted = `{"__proto__": {"hacked": true}, ${JSON.stringify(good).slice(1)}`;
    expect(parseResult(polluted, words).ok).toBe(false);
    expect(({} as { hacked?: boolean }).hacked).toBeUndefined();
    const badMove = parseResult(JSON.stringify({ ...good, moves: [{ type: 'launch' }] }), words);
    expect(badMove.ok || badMove.problem).toMatch(/damaged at moves\[0\]/);
  });

  it('has its JSON Schema published in docs/result.schema.json, as the schema says now', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'result.schema.json'),
      'utf8',
    );
    expect(committed).toBe(resultJsonSchema());
  });
});
