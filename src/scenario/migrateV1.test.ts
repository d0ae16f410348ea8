import { describe, expect, it } from 'vitest';
import { FIXTURE_SCENARIO } from '../testing/fixtureScenario';
import { fixtureV2Text, genevaText, genevaV1Text } from '../testing/scenarios';
import { formatDiagnostic } from './diagnostic';
import { loadScenario } from './loader';
import { MINIMAL_SCENARIO } from './testing/minimalScenario';

const NOTE =
  'note  schemaVersion: this file is format version 1; it was read as version 2\n    hint: set schemaVersion: 2 and meta.kind (historical or fictional) to silence this note';

function mustLoad(text: string, file: string) {
  const result = loadScenario(text, file);
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result;
}

describe('a version-1 file', () => {
  it('loads, with a note at its schemaVersion and no warning: it still passes', () => {
    const result = mustLoad(genevaV1Text(), 'g.yaml');
    expect(result.warnings).toEqual([]);
    const line = genevaV1Text().split('\n').indexOf('schemaVersion: 1') + 1;
    expect(result.notes.map(formatDiagnostic)).toEqual([`g.yaml:${line}:16  ${NOTE}`]);
  });

  it('is read as version 2: historical, the default calendar, terms and outcomes, everything else as it was', () => {
    const v1 = mustLoad(genevaV1Text(), 'g.yaml').scenario;
    const v2 = mustLoad(genevaText(), 'g.yaml').scenario;
    expect(v1.schemaVersion).toBe(2);
    expect(v1.meta.kind).toBe('historical');
    expect(v1.calendar.lastDay).toBeUndefined();
    expect(v1.terms).toEqual({
      meeting: 'meeting',
      party: 'party',
      parties: 'parties',
      mediator: 'mediator',
      news: 'news',
    });
    const { organisation: _, ...mediator } = v2.mediator;
    expect({ ...v1, terms: v2.terms, outcomes: v2.outcomes }).toEqual({ ...v2, mediator });
  });

  it('gives the same scenario as its version-2 form (the three-valley fixture)', () => {
    const v1 = mustLoad(FIXTURE_SCENARIO, 'f.yaml');
    const v2 = mustLoad(fixtureV2Text(), 'f.yaml');
    expect(v1.scenario).toEqual(v2.scenario);
    expect(v2.notes).toEqual([]);
  });

  it('must still weigh every issue, as version 1 said; a version-2 file need not', () => {
    const unweighted = (text: string) =>
      text.replace(
        '      berths: { weight: 1, evidence: { source: paper, quote: North wants berths. } }\n',
        '',
      );
    const v2 = unweighted(MINIMAL_SCENARIO);
    expect(loadScenario(v2, 'm.yaml').ok).toBe(true);
    const v1 = v2.replace('schemaVersion: 2', 'schemaVersion: 1').replace('  kind: fictional\n', '');
    const result = loadScenario(v1, 'm.yaml');
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages).toContain('no weight for the issue "berths"');
  });
});

describe('format version 2', () => {
  it('lets option ids begin with a digit, but not other ids', () => {
    const digits = MINIMAL_SCENARIO.replaceAll('low', '1m').replaceAll('high', '3m');
    const loaded = mustLoad(digits, 'm.yaml');
    expect(loaded.scenario.issues[0]!.options.map((o) => o.id)).toEqual(['1m', '3m']);
    expect(loaded.scenario.issues[0]!.statusQuo).toBe('3m');

    const badOption = loadScenario(MINIMAL_SCENARIO.replaceAll('low', '-low'), 'm.yaml');
    expect(badOption.ok).toBe(false);
    expect(badOption.ok ? [] : badOption.errors.map((e) => e.message)).toContain(
      '"-low" is not a valid option id',
    );
    const badParty = loadScenario(MINIMAL_SCENARIO.replace('- id: north', '- id: 1north'), 'm.yaml');
    expect(badParty.ok ? [] : badParty.errors.map((e) => e.message)).toContain('"1north" is not a valid id');
  });

  it('a fictional scenario needs no history; a historical one does', () => {
    const fictional = mustLoad(MINIMAL_SCENARIO, 'm.yaml').scenario;
    expect(fictional.meta.kind).toBe('fictional');
    expect(fictional.debrief.history).toBeUndefined();
    const historical = loadScenario(
      MINIMAL_SCENARIO.replace('kind: fictional', 'kind: historical'),
      'm.yaml',
    );
    expect(historical.ok ? [] : historical.errors.map((e) => e.message)).toEqual([
      'a historical scenario needs debrief.history: what really happened, with sources',
    ]);
  });

  it('Geneva says its frame: the organisation, its nouns and the outcome screen’s words', () => {
    const { scenario } = mustLoad(genevaText(), 'g.yaml');
    expect(scenario.meta.kind).toBe('historical');
    expect(scenario.mediator.organisation).toBe('United Nations · League of Arab States');
    expect(scenario.terms).toEqual({
      meeting: 'conference',
      party: 'delegation',
      parties: 'delegations',
      mediator: 'envoy',
      news: 'cables',
    });
    expect(scenario.outcomes).toEqual({
      allAttend:
        'Talks begin. Whether they end the war is another matter; but the first step, getting everyone into one room, is taken.',
      someAbsent: 'Without every side in the room, the talks cannot settle what matters. The war goes on.',
      noneAttend: 'Without every side in the room, the talks cannot settle what matters. The war goes on.',
    });
  });

  it('refuses a party that weighs no issue at all', () => {
    const none = MINIMAL_SCENARIO.replace(/fees: \{ weight: 2,/, 'fees: { weight: 0,').replace(
      '      berths: { weight: 1, evidence: { source: paper, quote: North wants berths. } }\n',
      '',
    );
    const result = loadScenario(none, 'm.yaml');
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      'north gives no weight to any issue, so no text is worth anything to it',
    ]);
  });
});
