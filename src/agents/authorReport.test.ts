import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyse } from '../engine/analysis';
import { compileRules } from '../engine/game';
import { clearsWalkAway, packageCount } from '../engine/model';
import { nameText } from '../engine/move';
import { loadFixture } from '../testing/scenarios';
import { type AuthorReport, authorReport, nominalRules, statesByDay } from './authorReport';
import { bandChecks, bandsBroken, type Census, census } from './census';

// The three-valley fixture (src/testing/fixtureScenario.ts): 18 texts, 3 parties, 6 days, no ranges.
const scenario = loadFixture();
const rules = compileRules(scenario);
const played = census(rules, 6, 1, 3);
const report = authorReport(scenario, { census: played, textGames: 3, spreadGames: 8 });

const spread = z.object({ min: z.number(), median: z.number(), max: z.number(), nonEmpty: z.number() });
const textReport = z.object({
  text: z.record(z.string(), z.string()),
  labels: z.record(z.string(), z.string()),
  points: z.record(z.string(), z.number()),
  surplus: z.record(z.string(), z.number()),
  onFrontier: z.boolean(),
  binding: z.string(),
});
/** The documented JSON shape (docs/authoring.md, "Analysing your file"), strictly. */
const reportShape = z.strictObject({
  reportVersion: z.literal(1),
  scenario: z.strictObject({ id: z.string(), title: z.string() }),
  parties: z.array(z.strictObject({ id: z.string(), name: z.string(), walkAway: z.number() })),
  issues: z.array(z.strictObject({ id: z.string(), name: z.string(), options: z.int() })),
  textSpace: z.strictObject({ texts: z.int(), examined: z.int(), sampled: z.boolean(), large: z.boolean() }),
  zone: z.strictObject({ atWalkAway: z.int(), examined: z.int() }),
  frontier: z.strictObject({ size: z.int(), examined: z.int() }),
  nash: textReport.nullable(),
  kalaiSmorodinsky: textReport.nullable(),
  vetoes: z.array(
    z.strictObject({ party: z.string(), refuses: z.int(), byRedLine: z.int(), aloneRulesOut: z.int() }),
  ),
  bindingVeto: z.string().nullable(),
  days: z.strictObject({
    texts: z.int(),
    sampled: z.boolean(),
    spreadGames: z.int(),
    byDay: z.array(
      z.strictObject({
        day: z.int(),
        date: z.iso.date(),
        conference: z.boolean(),
        atWalkAway: z.int(),
        alone: z.int(),
        engaged: z.int(),
        spread: z.strictObject({ atWalkAway: spread, alone: spread, engaged: spread }).nullable(),
      }),
    ),
  }),
  balance: z.strictObject({
    games: z.int(),
    textGames: z.int(),
    seed: z.int(),
    textsPlayed: z.int(),
    bands: z.array(
      z.strictObject({
        band: z.enum(['fixedText', 'threeActions', 'repeat', 'random', 'careful', 'oracle']),
        name: z.string(),
        rate: z.number(),
        min: z.number().nullable(),
        max: z.number().nullable(),
        bounds: z.string(),
        status: z.enum(['PASS', 'WARN']),
        text: z.record(z.string(), z.string()).optional(),
        atOnce: z.boolean().optional(),
      }),
    ),
    strategies: z.array(z.strictObject({ name: z.string(), dealRate: z.number() })),
  }),
  warnings: z.array(z.string()),
});

describe('the author’s report (npm run scenario -- analyze)', () => {
  it('has the documented JSON shape, and survives a JSON round trip', () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(reportShape.parse(json)).toEqual(report);
  });

  it('agrees with the engine’s analysis: zone, frontier, vetoes, Nash and K–S', () => {
    const analysis = analyse(rules.model);
    expect(report.textSpace).toMatchObject({ texts: packageCount(rules.model), sampled: false });
    expect(report.frontier.size).toBe(analysis.frontier.length);
    expect(report.frontier.size).toBeLessThanOrEqual(report.textSpace.texts);
    expect(report.zone.atWalkAway).toBe(analysis.zoneSize);
    expect(report.vetoes.map((v) => v.aloneRulesOut)).toEqual(analysis.vetoes);
    expect(report.bindingVeto).toBe(scenario.parties[analysis.bindingVeto!]!.id);
    for (const v of report.vetoes) {
      expect(v.byRedLine).toBeLessThanOrEqual(v.refuses);
      expect(v.aloneRulesOut).toBeLessThanOrEqual(v.refuses);
    }
    for (const [point, reported] of [
      [analysis.nash!, report.nash!],
      [analysis.kalaiSmorodinsky!, report.kalaiSmorodinsky!],
    ] as const) {
      expect(reported.text).toEqual(nameText(rules.model, point.package));
      // In the zone: every party accepts it at its walk-away value, so every surplus is at least 0.
      expect(rules.model.parties.every((p) => clearsWalkAway(p, point.package))).toBe(true);
      expect(Object.values(reported.surplus).every((s) => s >= 0)).toBe(true);
      expect(reported.onFrontier).toBe(true);
      const least = Math.min(...Object.values(reported.surplus));
      expect(reported.surplus[reported.binding]).toBe(least);
      for (const issue of scenario.issues)
        expect(issue.options.find((o) => o.id === reported.text[issue.id])!.label).toBe(
          reported.labels[issue.id],
        );
    }
  });

  it('counts the zone day by day: engaged within walk-away, alone within engaged, all at once on the last day', () => {
    const days = report.days.byDay;
    expect(days).toHaveLength(rules.days + 1);
    expect(days.at(-1)).toMatchObject({ conference: true, date: scenario.calendar.conference });
    expect(days[0]!.date).toBe(scenario.calendar.start);
    for (const day of days) {
      expect(day.engaged).toBeLessThanOrEqual(day.atWalkAway);
      expect(day.alone).toBeLessThanOrEqual(day.engaged);
      expect(day.spread!.engaged.max).toBeLessThanOrEqual(report.days.texts);
    }
    // The last day of talks already counts as the end: a fully engaged party then asks for its walk-away value.
    for (const day of days.slice(-2)) expect(day.engaged).toBe(day.atWalkAway);
    // Demands come down with time: the engaged zone never shrinks from one day to the next (no event here
    // raises a walk-away value).
    for (let d = 1; d < days.length; d++)
      expect(days[d]!.engaged).toBeGreaterThanOrEqual(days[d - 1]!.engaged);
    // Nominal: the scenario's own values; the fixture has no ranges, so every drawn game's walk-away zone is it.
    expect(statesByDay(nominalRules(rules), 1)).toHaveLength(days.length);
    for (const day of days) expect(day.spread!.atWalkAway.min).toBe(day.atWalkAway);
  });

  it('checks the census against the bands exactly as the simulator does', () => {
    const checks = bandChecks(played);
    expect(report.balance.bands.map((b) => [b.name, b.rate, b.status])).toEqual(
      checks.map((c) => [c.name, c.rate, c.pass ? 'PASS' : 'WARN']),
    );
    expect(report.balance.bands.filter((b) => b.status === 'WARN')).toHaveLength(bandsBroken(played).length);
    expect(report.balance.textsPlayed).toBe(played.fixedTexts.length);
    const best = Math.max(...played.fixedTexts.map((t) => Math.max(t.wait, t.atOnce)));
    expect(report.balance.bands[0]).toMatchObject({ band: 'fixedText', rate: best });
  });

  it('warns in words when a fixed text is safe, when careful play fails and when the zone is empty', () => {
    const text = played.fixedTexts[4]!;
    const rigged: Census = {
      ...played,
      fixedTexts: played.fixedTexts.map((t) => (t === text ? { ...t, wait: 0.9 } : t)),
      strategies: played.strategies.map((s) => (s.name === 'careful' ? { ...s, dealRate: 0.3 } : s)),
    };
    const warned: AuthorReport = authorReport(scenario, { census: rigged, spreadGames: 0 });
    const labels = scenario.issues.map(
      (issue) => issue.options.find((o) => o.id === text.text[issue.id])!.label,
    );
    expect(warned.warnings).toContainEqual(
      expect.stringContaining(`text "${labels.join(' · ')}" brings everyone in 90.0% of games`),
    );
    expect(warned.warnings).toContainEqual(
      expect.stringContaining('no careful strategy wins often enough: careful wins 30.0% (band 55–80%)'),
    );
    expect(warned.days.byDay.every((d) => d.spread === null)).toBe(true);
    const hopeless = loadFixture();
    const strict = {
      ...hopeless,
      parties: hopeless.parties.map((p) => ({ ...p, walkAway: { ...p.walkAway, value: 99 } })),
    };
    const none = authorReport(strict, { census: played, spreadGames: 0 });
    expect(none.nash).toBeNull();
    expect(none.warnings[0]).toContain('no text clears every walk-away value and red line');
  });
});
