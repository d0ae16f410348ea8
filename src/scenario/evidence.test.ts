import { existsSync, readFileSync } from 'node:fs';
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
