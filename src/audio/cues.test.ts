import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../testing/fixtureScenario';
import { type Cue, cueFor } from './cues';
import {
  intoMeetings,
  nextDay,
  type Played,
  partyEvent,
  playRootMachine,
  type Step,
  tableEvent,
} from './testing/playRootMachine';

/**
 * In the three-valley fixture (src/testing/fixtureScenario.ts): upper's favourite text is worth its best, 100,
 * and costs the others so much that even on the first day upper asks for less; it accepts.
 */
const UPPER_ACCEPTS = { parties: [0], text: FIXTURE_TEXTS.upperFavourite };
/** This text crosses every delegation's red line: all three reject it. */
const EVERYONE_REJECTS = { parties: [0, 1, 2], text: FIXTURE_TEXTS.everyRedLine };

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
    played.send(tableEvent(UPPER_ACCEPTS.parties, UPPER_ACCEPTS.text));
    expect(heard(played)).toEqual(['typewriter', 'accept']);
    expect(lastReports(played)).toMatchObject([{ kind: 'table', answers: [{ answer: { kind: 'accept' } }] }]);
  });

  it('sounds the unresolved pair when a delegation does not accept', () => {
    const played = intoMeetings(playRootMachine());
    played.send(tableEvent(EVERYONE_REJECTS.parties, EVERYONE_REJECTS.text));
    expect(heard(played)).toEqual(['typewriter', 'reject']);
  });

  it('types at once when the text goes to a person, and answers only when the last reply is in', () => {
    const played = intoMeetings(playRootMachine(), {
      type: 'title.start',
      seats: ['person', 'computer', 'computer'],
    });
    played.send(tableEvent(EVERYONE_REJECTS.parties, EVERYONE_REJECTS.text));
    expect(heard(played)).toEqual(['typewriter']);
    played.send({ type: 'move.reply', party: 'upper', answer: { kind: 'accept' } });
    // The person accepts, but the other two had rejected: the answer is still no.
    expect(heard(played)).toEqual(['reject']);
  });

  it('a press, a reassurance and a statement each sound their own cue', () => {
    const played = intoMeetings(playRootMachine());
    played.send(partyEvent('press', 0));
    expect(heard(played)).toEqual(['press']);
    played.send(partyEvent('reassure', 1));
    expect(heard(played)).toEqual(['reassure']);
    nextDay(played);
    played.take();
    played.send({ type: 'move.statement' });
    expect(heard(played)).toEqual(['statement']);
  });

  it('rings for a private consultation', () => {
    const played = intoMeetings(playRootMachine());
    played.send(partyEvent('consult', 1));
    expect(heard(played)).toEqual(['telephone']);
  });

  it('prints the news at the end of a day only when an event happens', () => {
    const played = intoMeetings(playRootMachine());
    // Day 1: the joint visit (a scheduled event).
    played.send({ type: 'move.endDay' });
    expect(lastReports(played).map((r) => r.kind)).toContain('event');
    expect(heard(played)).toEqual(['teleprinter']);
    // Day 2: nothing is scheduled.
    played.send({ type: 'nav.nextDay' }, { type: 'move.endDay' });
    expect(lastReports(played).map((r) => r.kind)).toEqual(['day']);
    expect(heard(played)).toEqual([]);
  });

  it('strikes the gavel when the conference opens, called early or on its date', () => {
    const early = intoMeetings(playRootMachine());
    early.send({ type: 'move.callConference' });
    expect(heard(early)).toEqual(['gavel']);

    const onTheDate = intoMeetings(playRootMachine());
    // Six days: the end of the fifth day after this one brings the conference.
    for (let day = 0; day < 5; day++) nextDay(onTheDate);
    onTheDate.take();
    onTheDate.send({ type: 'move.endDay' });
    expect(onTheDate.actor.getSnapshot().value).toBe('conference');
    expect(heard(onTheDate)).toEqual(['gavel']);
  });

  it('stays silent for moves the machine refuses', () => {
    const played = intoMeetings(playRootMachine());
    const journal = () => played.actor.getSnapshot().context.run!.journal.length;
    const recorded = journal();
    // A text with options that do not exist; a delegation that does not exist.
    played.send(tableEvent([0], [9, 9, 9]));
    played.send(partyEvent('consult', 7));
    expect(heard(played)).toEqual([]);
    // Two actions a day: the third consultation is refused, and so is tabling.
    played.send(...[0, 1].map((party) => partyEvent('consult', party)));
    expect(heard(played)).toEqual(['telephone', 'telephone']);
    played.send(partyEvent('consult', 2), tableEvent(UPPER_ACCEPTS.parties, UPPER_ACCEPTS.text));
    expect(heard(played)).toEqual([]);
    expect(journal()).toBe(recorded + 2);
  });
});
