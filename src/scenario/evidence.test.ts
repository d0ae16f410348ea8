import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './loader';
import { type Evidence, type Scenario, SITUATIONS } from './schema';

const root = join(import.meta.dirname, '..', '..');
const SOURCE_DIR = join(root, '..', 'shared', 'source');
const ARTICLE = join(SOURCE_DIR, 'moscow-times-2014-01-12.md');
const ARTICLE_ID = 'moscow-times-2014-01-12';
// The article is not in this repository; it lives in shared/ beside it. Opt out explicitly, never silently.
const SKIP_ENV = 'SKIP_SOURCE_EVIDENCE';

function loadGeneva(): Scenario {
  const result = loadScenario(readFileSync(join(root, 'scenarios', 'geneva-2-2014.yaml'), 'utf8'), 'geneva');
  if (!result.ok) throw new Error('the Geneva scenario should load');
  return result.scenario;
}

function allEvidence(scenario: Scenario): Evidence[] {
  return scenario.parties.flatMap((party) => [
    ...Object.values(party.weights).map((w) => w.evidence),
    ...Object.values(party.values).flatMap((options) => Object.values(options).map((v) => v.evidence)),
    ...party.redLines.map((line) => line.evidence),
    party.walkAway.evidence,
    ...(party.concession.evidence ? [party.concession.evidence] : []),
    ...(party.trust.evidence ? [party.trust.evidence] : []),
    ...phrases(party),
  ]);
}

/** What the party's leader may say: each line carries its evidence like a stance. */
function phrases(party: Scenario['parties'][number]): Evidence[] {
  return Object.values(party.phrasebook ?? {}).flatMap((lines) => lines ?? []);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('evidence in the Geneva scenario', () => {
  it('quotes the article word for word', (context) => {
    if (!existsSync(ARTICLE)) {
      const missing = existsSync(SOURCE_DIR) ? ARTICLE : SOURCE_DIR;
      context.skip(
        process.env[SKIP_ENV] === '1',
        `${SKIP_ENV}=1 and ${missing} is missing: quotes not checked`,
      );
      throw new Error(
        `${missing} is missing, so the quotes cannot be checked against the article. Put a copy of the ` +
          `shared/ folder beside the repository (../shared/source/${ARTICLE_ID}.md), or set ${SKIP_ENV}=1 to skip.`,
      );
    }
    const article = squash(readFileSync(ARTICLE, 'utf8'));
    const quotes = allEvidence(loadGeneva())
      .filter((e) => e.source === ARTICLE_ID)
      .map((e) => squash(e.quote ?? ''));
    expect(quotes.length).toBeGreaterThan(60);
    expect(quotes.filter((q) => !article.includes(q))).toEqual([]);
  });

  it('cites the article for every stance it can, and says why for the rest', () => {
    const evidence = allEvidence(loadGeneva());
    const cited = evidence.filter((e) => e.source === ARTICLE_ID);
    const inferred = evidence.filter((e) => e.inferred !== undefined);
    expect(cited.length + inferred.length).toBe(evidence.length);
    expect(inferred.every((e) => (e.inferred ?? '').length >= 30)).toBe(true);
  });

  it('gives every delegation 3 to 5 lines of its own for every situation, each with its evidence', () => {
    for (const party of loadGeneva().parties) {
      const book = party.phrasebook ?? {};
      expect(Object.keys(book).sort()).toEqual(Object.keys(SITUATIONS).sort());
      for (const lines of Object.values(book)) {
        expect(lines!.length).toBeGreaterThanOrEqual(3);
        expect(lines!.length).toBeLessThanOrEqual(5);
        expect(new Set(lines!.map((l) => l.line)).size).toBe(lines!.length);
      }
      const evidence = phrases(party);
      expect(evidence.every((e) => e.source === ARTICLE_ID || (e.inferred ?? '').length >= 30)).toBe(true);
      // Some of each voice comes from the article itself.
      expect(evidence.filter((e) => e.source === ARTICLE_ID).length).toBeGreaterThan(10);
    }
  });

  it('does not ship the article: no more than two sentences per quote, and not most of the article in all', () => {
    const scenarioText = readFileSync(join(root, 'scenarios', 'geneva-2-2014.yaml'), 'utf8');
    expect(scenarioText).not.toContain('Syrian rebel fighters holding their weapons');
    const distinct = new Set(allEvidence(loadGeneva()).flatMap((e) => (e.quote ? [squash(e.quote)] : [])));
    const quotedChars = [...distinct].reduce((n, q) => n + q.length, 0);
    expect(quotedChars).toBeLessThan(2400);
  });
});

/**
 * A source kept in the repository, as scenarios/sources/<source id>.md (a fictional scenario's in-world briefing,
 * say), is checked like Geneva's article: every quote that cites it is in it word for word.
 */
const SCENARIO_DIR = join(root, 'scenarios');
const KEPT_SOURCES = join(SCENARIO_DIR, 'sources');
const keptSource = (id: string) => join(KEPT_SOURCES, `${id}.md`);
const shippedFiles = readdirSync(SCENARIO_DIR).filter(
  (f) => /\.(ya?ml|json)$/.test(f) && f !== 'scenario.schema.json',
);

function loadShipped(file: string): Scenario {
  const result = loadScenario(readFileSync(join(SCENARIO_DIR, file), 'utf8'), file);
  if (!result.ok) throw new Error(`${file} should load`);
  return result.scenario;
}

describe('evidence from a source kept in scenarios/sources/', () => {
  it('is used by at least one shipped scenario', () => {
    const keeping = shippedFiles.filter((file) =>
      loadShipped(file).meta.sources.some((s) => existsSync(keptSource(s.id))),
    );
    expect(keeping).toContain('halvane-basin-2041.yaml');
  });

  for (const file of shippedFiles) {
    it(`${file}: every quote of a kept source is in it word for word`, () => {
      const scenario = loadShipped(file);
      for (const source of scenario.meta.sources) {
        if (!existsSync(keptSource(source.id))) continue;
        const text = squash(readFileSync(keptSource(source.id), 'utf8'));
        const quotes = allEvidence(scenario)
          .filter((e) => e.source === source.id)
          .map((e) => squash(e.quote ?? ''));
        expect(quotes.length, source.id).toBeGreaterThan(0);
        expect(
          quotes.filter((q) => !text.includes(q)),
          source.id,
        ).toEqual([]);
      }
    });
  }
});

describe('evidence in the fictional Halvane scenario', () => {
  const halvane = () => loadShipped('halvane-basin-2041.yaml');

  it('cites only its kept dossier, which says it is fiction, and says why for the rest', () => {
    const scenario = halvane();
    const ids = scenario.meta.sources.map((s) => s.id);
    expect(ids.every((id) => existsSync(keptSource(id)))).toBe(true);
    for (const id of ids) expect(readFileSync(keptSource(id), 'utf8')).toMatch(/This document is fiction/);
    const evidence = allEvidence(scenario);
    expect(
      evidence.every(
        (e) => (e.source !== undefined && ids.includes(e.source)) || (e.inferred ?? '').length >= 30,
      ),
    ).toBe(true);
    expect(evidence.filter((e) => e.source !== undefined).length).toBeGreaterThan(100);
  });

  it('says it is fictional in its summary and its mediator brief', () => {
    const scenario = halvane();
    expect(scenario.meta.summary).toMatch(/fictional/i);
    expect(scenario.mediator.brief).toMatch(/fictional/i);
  });

  it('gives every party 3 to 5 lines of its own for every situation', () => {
    for (const party of halvane().parties) {
      const book = party.phrasebook ?? {};
      expect(Object.keys(book).sort(), party.id).toEqual(Object.keys(SITUATIONS).sort());
      for (const lines of Object.values(book)) {
        expect(lines!.length).toBeGreaterThanOrEqual(3);
        expect(lines!.length).toBeLessThanOrEqual(5);
        expect(new Set(lines!.map((l) => l.line)).size).toBe(lines!.length);
      }
    }
  });
});
