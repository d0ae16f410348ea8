import type { JournalEntry, RunContext } from '../../flow/rootMachine';

/** A journal entry in one line, for the day-by-day record of the mediator's moves. */
export function describeEntry(run: RunContext, entry: JournalEntry): string | null {
  const party = (p: number) => run.scenario.parties[p]?.name ?? `party ${p}`;
  const event = entry.event;
  switch (event.type) {
    case 'mediator.consult':
      return `Consulted ${party(event.party)} in private.`;
    case 'mediator.press':
      return `Pressed ${party(event.party)}.`;
    case 'mediator.reassure':
      return `Reassured ${party(event.party)}.`;
    case 'mediator.statement':
      return 'Made a public statement urging every delegation to attend.';
    case 'mediator.table': {
      const report = entry.reports.find((r) => r.kind === 'table');
      const answers =
        report?.kind === 'table'
          ? report.answers
              .map(
                (a) =>
                  `${party(a.party)} ${a.answer.kind === 'accept' ? 'accepted' : a.answer.kind === 'walk-out' ? 'walked out' : a.answer.kind === 'counter' ? 'countered' : 'refused'}`,
              )
              .join(', ')
          : '';
      const text = event.text.map((o, i) => run.scenario.issues[i]?.options[o]?.label ?? '?').join('; ');
      return `Tabled a text to ${event.parties.map(party).join(', ')} (${text}): ${answers}.`;
    }
    case 'day.end':
      return 'Ended the day.';
    case 'conference.call':
      return 'Called the conference early.';
    default:
      return null;
  }
}
