import { describe, expect, it } from 'vitest';
import { loadFixture, loadShipped } from '../testing/scenarios';
import { makeClassCode, readClassCode } from './classCode';
import type { ScenarioEntry } from './runContext';

const geneva: ScenarioEntry = { id: 'geneva', scenario: loadShipped('geneva-2-2014.yaml') };
const halvane: ScenarioEntry = { id: 'halvane', scenario: loadShipped('halvane-basin-2041.yaml') };
const catalog = [geneva, halvane];
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('a class code', () => {
  it('is eight characters a teacher can write on the board, and opens the same game for every student', () => {
    const made = makeClassCode(halvane, 123_456_789, 'full');
    expect(made.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const read = readClassCode(made.code, catalog);
    expect(read).toEqual({
      ok: true,
      code: made.code,
      game: { entry: halvane, seed: made.seed, length: 'full' },
    });
    const short = readClassCode(makeClassCode(geneva, 99, 'short').code, catalog);
    expect(short.ok && short.game).toMatchObject({ entry: geneva, seed: 99, length: 'short' });
  });

  it('reads as typed by a student: any case, spaces or none, O for 0 and I or L for 1', () => {
    const { code } = makeClassCode(geneva, 0x1234, 'full');
    const sloppy = ` ${code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    const read = readClassCode(sloppy, catalog);
    expect(read.ok && read.code).toBe(code);
  });

  it('catches every single mistyped character and every swap of two neighbours', () => {
    const chars = makeClassCode(geneva, 4321, 'full').code.replace('-', '');
    let missed = 0;
    for (let i = 0; i < chars.length; i++) {
      for (const c of ALPHABET) {
        if (c === chars[i]) continue;
        const typo = chars.slice(0, i) + c + chars.slice(i + 1);
        if (readClassCode(typo, catalog).ok) missed++;
      }
      if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
        const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
        if (readClassCode(swapped, catalog).ok) missed++;
      }
    }
    expect(missed).toBe(0);
  });

  it('says what is wrong with a code that opens nothing', () => {
    const good = makeClassCode(geneva, 7, 'full').code;
    expect(readClassCode('   ', catalog)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(readClassCode('K7QM-2XR', catalog)).toEqual({ ok: false, problem: { kind: 'shape', count: 7 } });
    expect(readClassCode('K7QM-2XRU', catalog)).toEqual({
      ok: false,
      problem: { kind: 'character', character: 'U' },
    });
    const typo = `${good.slice(0, 8)}${good[8] === '0' ? '1' : '0'}`;
    expect(readClassCode(typo, catalog)).toEqual({ ok: false, problem: { kind: 'typo' } });
    // A code for a scenario this copy of the game does not have, or another version of its text.
    const other: ScenarioEntry = { id: 'fixture', scenario: loadFixture() };
    expect(readClassCode(makeClassCode(other, 7, 'full').code, catalog)).toEqual({
      ok: false,
      problem: { kind: 'foreign' },
    });
    const edited = {
      ...geneva,
      scenario: { ...geneva.scenario, meta: { ...geneva.scenario.meta, title: 'Geneva III' } },
    };
    expect(readClassCode(makeClassCode(edited, 7, 'full').code, catalog)).toMatchObject({ ok: false });
  });
});
