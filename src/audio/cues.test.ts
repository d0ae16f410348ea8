import { describe, expect, it } from 'vitest';
import type { Answer } from '../engine/answer';
import { type Cue, cueFor } from './cues';
import { intoMeetings, nextDay, type Played, playRootMachine, type Step } from './testing/playRootMachine';

/** Russia alone accepts this text on the first day (Iran invited, no preconditions, a broad delegation). */
const RUSSIA_ACCEPTS = { parties: [0], text: [0, 2, 0, 1, 0] };
/** This text crosses every delegation's red lines on the first day: all three reject it. */
const EVERYONE_REJECTS = { parties: [0, 1, 2], text: [0, 0, 0, 0, 0] };

const cuesOf = (steps: readonly Step[]): Cue[] =>
  steps.flatMap(({ event, before, after }) => cueFor(event, before, after) ?? []);
const heard = (played: Played) => cuesOf(played.take());
const lastReports = (played: Played) => played.actor.getSnapshot().context.run!.journal.at(-1)!.reports;

describe('cueFor, on the real machine', () => {
  it('sounds the start when Start leaves the title, and nothing when the title is not showing yet', () => {
    const played = playRootMachine();
    played.send({ type: 'title.start' });
    expect(heard(played)).toEqual([]);
    played.send({ type: 'boot.loaded' });
    played.take();
    played.send({ type: 'title.start' });
    expect(heard(played)).toEqual(['ui-start']);
  });

  it('clicks when sound is turned on, not when it is turned off', () => {
    const played = playRootMachine({ soundOn: true });
    played.send({ type: 'boot.loaded' }, { type: 'settings.sound.toggle' });
    expect(heard(played)).toEqual([]);
    played.send({ type: 'settings.sound.toggle' });
    expect(heard(played)).toEqual(['ui-toggle']);
  });

  it('types when a text is tabled, then sounds the resolved pair when every answer is an acceptance', () => {
    const played = intoMeetings(playRootMachine());
    played.send({ type: 'mediator.table', ...RUSSIA_ACCEPTS });
    expect(heard(played)).toEqual(['typewriter', 'accept']);
    expect(lastReports(played)).toMatchObject([{ kind: 'table', answers: [{ answer: { kind: 'accept' } }] }]);
  });

  it('sounds the unresolved pair when a delegation does not accept', () => {
    const played = intoMeetings(playRootMachine());
    played.send({ type: 'mediator.table', ...EVERYONE_REJECTS });
    expect(heard(played)).toEqual(['typewriter', 'reject']);
  });

  it('types at once when the text goes to a person, and answers only when the last reply is in', () => {
    const played = intoMeetings(playRootMachine(), {
      type: 'title.start',
      seats: ['person', 'computer', 'computer'],
    });
    played.send({ type: 'mediator.table', ...EVERYONE_REJECTS });
    expect(heard(played)).toEqual(['typewriter']);
    const yes: Answer = { kind: 'accept', utility: 60, aspiration: 60, costs: [] };
    played.send({ type: 'seat.reply', party: 0, answer: yes });
    // The person accepts, but the other two had rejected: the answer is still no.
    expect(heard(played)).toEqual(['reject']);
  });

  it('rings for a private consultation', () => {
    const played = intoMeetings(playRootMachine());
    played.send({ type: 'mediator.consult', party: 1 });
    expect(heard(played)).toEqual(['telephone']);
  });

  it('prints the news at the end of a day only when an event happens', () => {
    const played = intoMeetings(playRootMachine());
    // 13 January: Kerry and Lavrov meet in Paris (a scheduled event).
    played.send({ type: 'day.end' });
    expect(lastReports(played).map((r) => r.kind)).toContain('event');
    expect(heard(played)).toEqual(['teleprinter']);
    // 14 January: nothing is scheduled.
    played.send({ type: 'day.next' }, { type: 'day.end' });
    expect(lastReports(played).map((r) => r.kind)).toEqual(['day']);
    expect(heard(played)).toEqual([]);
  });

  it('strikes the gavel when the conference opens, called early or on its date', () => {
    const early = intoMeetings(playRootMachine());
    early.send({ type: 'conference.call' });
    expect(heard(early)).toEqual(['gavel']);

    const onTheDate = intoMeetings(playRootMachine());
    for (let day = 0; day < 9; day++) nextDay(onTheDate);
    onTheDate.take();
    onTheDate.send({ type: 'day.end' });
    expect(onTheDate.actor.getSnapshot().value).toBe('conference');
    expect(heard(onTheDate)).toEqual(['gavel']);
  });

  it('stays silent for moves the machine refuses', () => {
    const played = intoMeetings(playRootMachine());
    const journal = () => played.actor.getSnapshot().context.run!.journal.length;
    const recorded = journal();
    // A text with options that do not exist; a delegation that does not exist.
    played.send({ type: 'mediator.table', parties: [0], text: [9, 9, 9, 9, 9] });
    played.send({ type: 'mediator.consult', party: 7 });
    expect(heard(played)).toEqual([]);
    // Three actions a day: the fourth consultation is refused.
    played.send(...[0, 1, 2].map((party) => ({ type: 'mediator.consult' as const, party })));
    expect(heard(played)).toEqual(['telephone', 'telephone', 'telephone']);
    played.send({ type: 'mediator.consult', party: 0 }, { type: 'mediator.table', ...RUSSIA_ACCEPTS });
    expect(heard(played)).toEqual([]);
    expect(journal()).toBe(recorded + 3);
  });
});
