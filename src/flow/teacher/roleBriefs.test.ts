import { describe, expect, it } from 'vitest';
import type { Evidence, Party, Scenario } from '../../scenario/schema';
import { loadFixture, loadShipped } from '../../testing/scenarios';
import { type BriefLine, type RoleBrief, roleBriefsOf } from './roleBriefs';

const SCENARIOS: readonly [string, Scenario][] = [
  ['Geneva', loadShipped('geneva-2-2014.yaml')],
  ['Halvane', loadShipped('halvane-basin-2041.yaml')],
  ['the fixture', loadFixture()],
];

const linesOf = (lines: readonly BriefLine[]): BriefLine[] =>
  lines.flatMap((l) => [l, ...linesOf(l.lines ?? [])]);
const allLines = (brief: RoleBrief) => brief.sections.flatMap((s) => linesOf(s.lines));
/** Everything a brief prints, as one string. */
const printed = (brief: RoleBrief) => JSON.stringify(brief);
const section = (brief: RoleBrief, id: string) => brief.sections.find((s) => s.id === id);

/** The texts of a party's evidence: what the scenario says about it and no other party. */
function evidenceTexts(party: Party): string[] {
  const all: (Evidence | undefined)[] = [
    ...Object.values(party.weights).map((w) => w.evidence),
    ...Object.values(party.values).flatMap((issue) => Object.values(issue).map((v) => v.evidence)),
    ...party.redLines.map((l) => l.evidence),
    party.walkAway.evidence,
    party.concession.evidence,
    party.trust.evidence,
  ];
  return all.flatMap((e) => [e?.quote, e?.inferred]).filter((t): t is string => Boolean(t));
}

describe.each(SCENARIOS)('the role briefs of %s', (_, scenario) => {
  const briefs = roleBriefsOf(scenario, { numbers: false });
  const withNumbers = roleBriefsOf(scenario, { numbers: true });

  it('give every party its own confidential brief, and the mediator one last', () => {
    expect(briefs.map((b) => b.id)).toEqual([...scenario.parties.map((p) => p.id), 'mediator']);
    scenario.parties.forEach((party, p) => {
      expect(briefs[p]!.name).toBe(party.name);
      expect(briefs[p]!.confidential).toBe(`Confidential — for ${party.name} only`);
      expect(briefs[p]!.leaders).toContain(party.leaders[0]!.name);
      if (party.brief) expect(section(briefs[p]!, 'role')?.paragraphs).toEqual([party.brief]);
      expect(section(briefs[p]!, 'situation')?.paragraphs[0]).toBe(scenario.meta.summary);
    });
  });

  it('rank a party’s issues by its weight, most first, and say where it has no view', () => {
    scenario.parties.forEach((party, p) => {
      const ranked = section(briefs[p]!, 'priorities')!.lines.map((l) => l.label);
      const weightOf = (name: string | undefined) => {
        const issue = scenario.issues.find((i) => i.name === name)!;
        return party.weights[issue.id]?.weight ?? 0;
      };
      const weights = ranked.map(weightOf);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(section(briefs[p]!, 'priorities')!.lines[0]!.text).toBe('matters most to you');
      for (const line of section(briefs[p]!, 'priorities')!.lines)
        if (weightOf(line.label) === 0) expect(line.text).toMatch(/^no view/);
    });
  });

  it('say what a party wants on each issue it weighs: its best option first, its red lines as never', () => {
    scenario.parties.forEach((party, p) => {
      for (const issueLine of section(briefs[p]!, 'wants')!.lines) {
        if (!issueLine.lines) continue;
        const issue = scenario.issues.find((i) => i.name === issueLine.label)!;
        const options = issueLine.lines;
        expect(options).toHaveLength(issue.options.length);
        expect(options[0]!.tone).toBe('best');
        const pointsOf = (label: string | undefined) =>
          party.values[issue.id]?.[issue.options.find((o) => o.label === label)!.id]?.points ?? 0;
        expect(pointsOf(options[0]!.label)).toBe(Math.max(...issue.options.map((o) => pointsOf(o.label))));
        for (const line of party.redLines.filter((l) => l.issue === issue.id)) {
          const label = issue.options.find((o) => o.id === line.option)!.label;
          expect(options.find((o) => o.label === label)?.tone).toBe('never');
        }
      }
    });
  });

  it('list a party’s red lines, or say it has none', () => {
    scenario.parties.forEach((party, p) => {
      const redLines = section(briefs[p]!, 'red-lines')!;
      expect(redLines.lines).toHaveLength(party.redLines.length);
      party.redLines.forEach((line, r) => {
        const issue = scenario.issues.find((i) => i.id === line.issue)!;
        const option = issue.options.find((o) => o.id === line.option)!;
        expect(redLines.lines[r]!.text).toBe(`${option.label} (${issue.name})`);
        expect(redLines.lines[r]!.evidence).toBeDefined();
      });
      if (party.redLines.length === 0) expect(redLines.paragraphs[0]).toMatch(/^You have no red lines/);
    });
  });

  it('cite the evidence of every stance: the quote and the source’s title, or why it is inferred', () => {
    for (const brief of briefs.slice(0, -1)) {
      const stances = [
        ...section(brief, 'priorities')!.lines.filter((l) => l.tone !== 'none'),
        ...linesOf(section(brief, 'wants')!.lines).filter((l) => l.tone !== undefined && l.tone !== 'none'),
        ...section(brief, 'red-lines')!.lines,
      ];
      for (const stance of stances) {
        const e = stance.evidence!;
        expect(e.inferred ?? e.source, stance.label ?? stance.text).toBeTruthy();
        if (e.source && !e.again) expect(e.quote).toBeTruthy();
      }
    }
    const titled = scenario.meta.sources.find((s) => s.title);
    if (titled) expect(briefs.map(printed).join()).toContain(titled.title);
  });

  it('show no numbers unless the teacher asks for them', () => {
    for (const brief of briefs) {
      expect(allLines(brief).filter((l) => l.numbers !== undefined)).toEqual([]);
      expect(printed(brief)).not.toMatch(/\d+ points|walk-away value|weight \d|of 100/);
    }
    scenario.parties.forEach((party, p) => {
      const shown = printed(withNumbers[p]!);
      expect(shown).toContain(`Your walk-away value: ${party.walkAway.value} points`);
      if (party.walkAway.range)
        expect(shown).toContain(`between ${party.walkAway.range.min} and ${party.walkAway.range.max}`);
      expect(shown).toMatch(/100 points/);
      expect(shown).toContain(`${party.trust.mediator} of 100`);
    });
  });

  it('keep every other party’s secrets out of a party’s brief', () => {
    scenario.parties.forEach((party, p) => {
      // A quote from a public source may hold a shorter one another party cites: that is no secret.
      const own = [...evidenceTexts(party), party.brief ?? ''];
      const shown = printed(withNumbers[p]!);
      for (const other of scenario.parties) {
        if (other === party) continue;
        if (other.brief) expect(shown).not.toContain(JSON.stringify(other.brief).slice(1, -1));
        const secrets = evidenceTexts(other).filter((t) => !own.some((o) => o.includes(t)));
        for (const secret of secrets) expect(shown).not.toContain(JSON.stringify(secret).slice(1, -1));
      }
      // It names the others only to say how far it trusts them.
      const trust = section(withNumbers[p]!, 'trust')!.lines.map((l) => l.label);
      expect(trust).toHaveLength(scenario.parties.length);
    });
  });

  it('give the mediator the task, the issues, the calendar, the public positions and what it does not know', () => {
    const mediator = briefs.at(-1)!;
    expect(mediator.kind).toBe('mediator');
    expect(section(mediator, 'task')!.paragraphs).toEqual([scenario.mediator.brief]);
    const issues = section(mediator, 'issues')!.lines;
    expect(issues.map((l) => l.label)).toEqual(scenario.issues.map((i) => i.name));
    expect(issues.map((l) => l.lines!.length)).toEqual(scenario.issues.map((i) => i.options.length));
    const positions = section(mediator, 'positions')!.lines;
    expect(positions.map((l) => l.label)).toEqual(scenario.parties.map((p) => p.name));
    expect(section(mediator, 'unknown')!.lines.length).toBeGreaterThan(2);
    // The mediator learns no party's weights, walk-away value or red lines from it.
    const shown = printed(withNumbers.at(-1)!);
    expect(shown).not.toMatch(/red line:|walk-away value:|\d+ points/);
    // What it may read: the evidence of each party's public position, as on the briefing screen.
    const favourites = new Set(
      scenario.parties.flatMap((party) =>
        Object.values(party.values).flatMap((issue) => {
          const top = Math.max(...Object.values(issue).map((v) => v.points));
          return Object.values(issue)
            .filter((v) => v.points === top)
            .flatMap((v) => [v.evidence.quote, v.evidence.inferred]);
        }),
      ),
    );
    for (const party of scenario.parties) {
      const hidden = [
        party.walkAway.evidence,
        ...party.redLines.map((l) => l.evidence),
        ...Object.values(party.weights).map((w) => w.evidence),
      ]
        .flatMap((e) => [e.quote, e.inferred])
        .filter((t): t is string => t !== undefined && !favourites.has(t));
      for (const secret of hidden) expect(shown).not.toContain(JSON.stringify(secret).slice(1, -1));
      if (party.brief) expect(shown).not.toContain(JSON.stringify(party.brief).slice(1, -1));
    }
  });
});

describe('the mediator’s brief', () => {
  const geneva = SCENARIOS[0]![1];
  const calendar = (length: 'full' | 'short') =>
    roleBriefsOf(geneva, { numbers: false, length })
      .at(-1)!
      .sections.find((s) => s.id === 'calendar')!.paragraphs;

  it('gives the calendar and the rules for the length the teacher chose', () => {
    expect(calendar('full')[0]).toBe(
      'The talks run from Sunday 12 January 2014 to Tuesday 21 January 2014: 10 days, with 3 actions each day.',
    );
    expect(calendar('short')[0]).toBe(
      'The talks run from Sunday 12 January 2014 to Thursday 16 January 2014: 5 days, with 3 actions each day.',
    );
    expect(calendar('short')[1]).toBe(
      'The conference is on Wednesday 22 January 2014, in Montreux, Switzerland.',
    );
  });

  it('gives each party’s public position: its favourite option on each issue', () => {
    const positions = roleBriefsOf(geneva, { numbers: false })
      .at(-1)!
      .sections.find((s) => s.id === 'positions')!.lines;
    const russia = positions.find((l) => l.label === 'Russia')!.lines!;
    expect(russia.find((l) => l.label === "Iran's role at the conference")?.text).toBe(
      'Iran attends as a formal participant',
    );
    const halvane = roleBriefsOf(SCENARIOS[1]![1], { numbers: false }).at(-1)!;
    const fund = halvane.sections
      .find((s) => s.id === 'positions')!
      .lines.find((l) => l.label === 'Meridian Basin Fund')!;
    expect(fund.lines!.find((l) => l.label === "Greyspur's electricity")?.text).toBe('no public position');
  });
});
