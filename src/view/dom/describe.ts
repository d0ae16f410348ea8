import type { JournalEntry, RunContext } from '../../flow/rootMachine';

/** A journal entry in one line, for the day-by-day record of the mediator's moves. */
export function describeEntry(run: RunContext, entry: JournalEntry): string | null {
  const party = (id: string) => run.scenario.parties.find((p) => p.id === id)?.name ?? id;
  const partyAt = (p: number) => run.scenario.parties[p]?.name ?? `party ${p}`;
  const move = entry.move;
  switch (move?.type) {
    case 'consult':
      return `Consulted ${party(move.party)} in private.`;
    case 'press':
      return `Pressed ${party(move.party)}.`;
    case 'reassure':
      return `Reassured ${party(move.party)}.`;
    case 'statement':
      return 'Made a public statement urging every delegation to attend.';
    case 'table': {
      const report = entry.reports.find((r) => r.kind === 'table');
      const answers =
        report?.kind === 'table'
          ? report.answers
              .map(
                (a) =>
                  `${partyAt(a.party)} ${a.answer.kind === 'accept' ? 'accepted' : a.answer.kind === 'walk-out' ? 'walked out' : a.answer.kind === 'counter' ? 'countered' : 'refused'}`,
              )
              .join(', ')
          : '';
      const text = run.scenario.issues
        .map((issue) => issue.options.find((o) => o.id === move.text[issue.id])?.label ?? '?')
        .join('; ');
      return `Tabled a text to ${move.parties.map(party).join(', ')} (${text}): ${answers}.`;
    }
    case 'endDay':
      return 'Ended the day.';
    case 'callConference':
      return 'Called the conference early.';
    default:
      return null;
  }
}
