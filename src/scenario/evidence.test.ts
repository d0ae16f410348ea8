import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './loader';
import type { Evidence, Scenario } from './schema';

const root = join(import.meta.dirname, '..', '..');
const ARTICLE = join(root, '..', 'shared', 'source', 'moscow-times-2014-01-12.md');
const ARTICLE_ID = 'moscow-times-2014-01-12';

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
  ]);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('evidence in the Geneva scenario', () => {
  it.skipIf(!existsSync(ARTICLE))('quotes the article word for word', () => {
    const article = squash(readFileSync(ARTICLE, 'utf8'));
    const quotes = allEvidence(loadGeneva())
      .filter((e) => e.source === ARTICLE_ID)
      .map((e) => squash(e.quote ?? ''));
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => !article.includes(q))).toEqual([]);
  });

  it('cites the article for every stance it can, and says why for the rest', () => {
    const evidence = allEvidence(loadGeneva());
    const cited = evidence.filter((e) => e.source === ARTICLE_ID);
    const inferred = evidence.filter((e) => e.inferred !== undefined);
    expect(cited.length + inferred.length).toBe(evidence.length);
    expect(inferred.every((e) => (e.inferred ?? '').length >= 30)).toBe(true);
  });

  it('does not ship the article: no more than two sentences per quote, and not most of the article in all', () => {
    const scenarioText = readFileSync(join(root, 'scenarios', 'geneva-2-2014.yaml'), 'utf8');
    expect(scenarioText).not.toContain('Syrian rebel fighters holding their weapons');
    const distinct = new Set(allEvidence(loadGeneva()).flatMap((e) => (e.quote ? [squash(e.quote)] : [])));
    const quotedChars = [...distinct].reduce((n, q) => n + q.length, 0);
    expect(quotedChars).toBeLessThan(2400);
  });
});
