import type { JournalEntry, RunContext } from '../../flow/rootMachine';
import { TEXT } from '../text';

/** A journal entry in one line, for the day-by-day record of the mediator's moves. */
export function describeEntry(run: RunContext, entry: JournalEntry): string | null {
  const party = (id: string) => run.scenario.parties.find((p) => p.id === id)?.name ?? id;
  const partyAt = (p: number) => run.scenario.parties[p]?.name ?? TEXT.record.partyNumber(p);
  const move = entry.move;
  switch (move?.type) {
    case 'consult':
      return TEXT.record.consulted(party(move.party));
    case 'press':
      return TEXT.record.pressed(party(move.party));
    case 'reassure':
      return TEXT.record.reassured(party(move.party));
    case 'statement':
      return TEXT.record.statement;
    case 'table': {
      const report = entry.reports.find((r) => r.kind === 'table');
      const answers =
        report?.kind === 'table'
          ? report.answers.map((a) => `${partyAt(a.party)} ${TEXT.record.answer[a.answer.kind]}`).join(', ')
          : '';
      const text = run.scenario.issues
        .map((issue) => issue.options.find((o) => o.id === move.text[issue.id])?.label ?? '?')
        .join('; ');
      return TEXT.record.tabled(move.parties.map(party), text, answers);
    }
    case 'endDay':
      return TEXT.record.endDay;
    case 'callConference':
      return TEXT.record.calledEarly;
    case 'inject':
      return TEXT.record.injected(run.scenario.events.find((e) => e.id === move.event)?.title ?? move.event);
    default:
      return null;
  }
}
