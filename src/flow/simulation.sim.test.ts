import { describe, expect, it } from 'vitest';
import { bandsBroken, census } from '../agents/census';
import { BUILT_IN, STRATEGY_NAMES } from '../agents/mediators/builtIn';
import { demandOf } from '../engine/demand';
import { initialState } from '../engine/game';
import { redLineCrossed, utilityOf } from '../engine/model';
import { compileText } from '../engine/move';
import { begin, endDay, viewFor } from '../engine/moves';
import { loadGeneva } from '../testing/scenarios';
import { rulesOf } from './rulesOf';
import { playOnce, simulate } from './simulation';

const geneva = loadGeneva();
const rules = rulesOf(geneva);

describe('the simulator', () => {
  it('plays the same game through the machine as straight through the engine', () => {
    for (const strategy of STRATEGY_NAMES) {
      for (const seed of [1, 2]) {
        expect(playOnce(geneva, seed, BUILT_IN[strategy]!, 'machine'), `${strategy} ${seed}`).toEqual(
          playOnce(geneva, seed, BUILT_IN[strategy]!, 'engine'),
        );
      }
    }
  });
});

describe('balance of the Geneva scenario (fixed seeds; the full census is `npm run simulate -- --census`)', () => {
  // 300 games a mediator and 60 a fixed text keep this under a minute; the census plays 1,000 of each.
  const result = census(rules, 300, 1, 60);

  it('no fixed text, repeated gesture, random play or three-action play wins more than its band', () => {
    expect(bandsBroken(result)).toEqual([]);
  });

  it('a careful mediator who uses only the player view wins 55–80%; one told the hidden values at least 95%', () => {
    const rate = (name: string) => result.strategies.find((s) => s.name === name)!.dealRate;
    expect(rate('careful')).toBeGreaterThanOrEqual(0.55);
    expect(rate('careful')).toBeLessThanOrEqual(0.8);
    expect(rate('oracle')).toBeGreaterThanOrEqual(0.95);
  });

  it('attendance does what the careful mediator was last told, in at least 90% of decisions', () => {
    const careful = simulate(geneva, 'careful', BUILT_IN.careful!, 200, 1, 'engine');
    expect(careful.agreement).toBeGreaterThanOrEqual(0.9);
  });
});

describe('seeds are hashed before use', () => {
  it('each chance event fires, over 2,000 consecutive seeds, within 3 points of its stated probability', () => {
    const chance = rules.events.filter((e) => e.probability !== null);
    expect(chance.length).toBeGreaterThan(0);
    for (const event of chance) {
      let fired = 0;
      for (let seed = 1; seed <= 2000; seed++) {
        let state = begin(rules, initialState(rules, seed)).state;
        while (state.day < event.day) state = endDay(rules, state).state;
        if (state.firedEvents.includes(event.id)) fired++;
      }
      expect(Math.abs(fired / 2000 - event.probability!), event.id).toBeLessThanOrEqual(0.03);
    }
  });
});

describe('fidelity to the record', () => {
  it('the real terms of 22 January 2014 seat all three delegations in most games, once each is engaged', () => {
    const actual = compileText(rules.model, geneva.debrief!.actualOutcome!.package);
    if (!actual.ok) throw new Error(actual.reason);
    let seated = 0;
    const games = 500;
    for (let seed = 1; seed <= games; seed++) {
      const drawn = initialState(rules, seed);
      const engaged = {
        ...drawn,
        day: rules.days,
        parties: drawn.parties.map((p) => ({ ...p, engagement: 1 })),
      };
      const all = rules.model.parties.every(
        (party, p) =>
          redLineCrossed(party, actual.value) < 0 &&
          utilityOf(party.points, engaged.parties[p]!.weights, actual.value) >=
            demandOf(viewFor(rules, engaged, p, actual.value)),
      );
      if (all) seated++;
    }
    expect(seated / games).toBeGreaterThan(0.5);
  });
});
