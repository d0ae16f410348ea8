import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { eventOf } from '../flow/events';
import { hotSeatStageOf } from '../flow/hotSeat/hotSeatStage';
import { personQuestion } from '../flow/hotSeat/personQuestion';
import { rootMachine } from '../flow/rootMachine';
import { beginTable, collectAnswer, draftMove, startRun } from '../flow/run';
import type { ScenarioEntry } from '../flow/runContext';
import { screenOf } from '../flow/screen';
import { answerAsComputer } from '../flow/seatAnswers';
import { loadGeneva } from '../testing/scenarios';
import { createAutosave } from './autosave';
import { planResume } from './resume';
import { SAVE_KEY } from './save';
import { readSaves } from './saveStore';
import { memoryStorage } from './testing/memoryStorage';

const geneva = loadGeneva();
const entry: ScenarioEntry = { id: geneva.meta.id, scenario: geneva };

describe('resuming a hot-seat game saved while a student’s answer was pending', () => {
  it('plans a resume in the meeting room with the text still on the table for that student', () => {
    const storage = memoryStorage();
    const autosave = createAutosave({ storage: () => storage, now: () => 9, onFailure: () => {} });
    const run = startRun(entry, 2, ['computer', 'person', 'person'], 0);
    const tabled = beginTable(run, draftMove(run))!;
    const waiting = collectAnswer(tabled.run, answerAsComputer(tabled.request.questions[0]!));
    autosave.observe(waiting, 'meetings', false);

    const plan = planResume(readSaves(storage), [entry]);
    if (plan.kind !== 'resume') throw new Error(JSON.stringify(plan));
    expect(plan.restored.screen).toBe('meetings');
    expect(plan.restored.run.pending?.answers.map((a) => a.party)).toEqual([0]);
    expect(personQuestion(plan.restored.run)).toEqual(personQuestion(waiting));
    expect(personQuestion(plan.restored.run)?.id).toBe('united-states');
  });

  it('a save whose student replies run out mid-table, with moves after it, is a problem to show, not a crash', () => {
    const storage = memoryStorage();
    const autosave = createAutosave({ storage: () => storage, now: () => 9, onFailure: () => {} });
    const run = startRun(entry, 2, ['person'], 0);
    const tabled = beginTable(run, draftMove(run))!;
    const waiting = tabled.request.questions
      .slice(1)
      .reduce((r, q) => collectAnswer(r, answerAsComputer(q)), tabled.run);
    autosave.observe(waiting, 'meetings', false);
    const raw = JSON.parse(storage.getItem(SAVE_KEY)!);
    storage.setItem(SAVE_KEY, JSON.stringify({ ...raw, log: [...raw.log, { type: 'endDay' }] }));
    const plan = planResume(readSaves(storage), [entry]);
    expect(plan.kind === 'problem' && plan.problem.detail).toBe(
      'move 1 (table): a person’s seat has no reply to it',
    );
  });

  it('a save made while the laptop goes back to the mediator resumes on that privacy screen, not the meeting room', () => {
    const storage = memoryStorage();
    const autosave = createAutosave({ storage: () => storage, now: () => 9, onFailure: () => {} });
    const played = createActor(rootMachine, {
      input: { soundOn: false, scenarios: [entry], seed: 4, now: 0 },
    }).start();
    played.send({ type: 'boot.loaded' });
    played.send({ type: 'title.start', seats: ['computer', 'computer', 'person'] });
    played.send({ type: 'briefing.begin' });
    played.send({ type: 'nav.meet' });
    played.send(eventOf(draftMove(played.getSnapshot().context.run!)));
    played.send({ type: 'hotSeat.show' });
    played.send({ type: 'move.reply', party: 'coalition', answer: { kind: 'reject' } });
    const snapshot = played.getSnapshot();
    expect(snapshot.matches({ run: { meetings: 'handBack' } })).toBe(true);
    autosave.observe(snapshot.context.run, screenOf(snapshot), false);

    const plan = planResume(readSaves(storage), [entry]);
    if (plan.kind !== 'resume') throw new Error(JSON.stringify(plan));
    expect(plan.restored.screen).toBe('handBack');
    const resumed = createActor(rootMachine, {
      input: { soundOn: false, scenarios: [entry], resume: plan.restored },
    }).start();
    resumed.send({ type: 'boot.loaded' });
    expect(resumed.getSnapshot().matches({ run: { meetings: 'handBack' } })).toBe(true);
    expect(hotSeatStageOf(resumed.getSnapshot())).toEqual({ kind: 'handBack' });
    // Only the mediator's button opens the meeting room.
    resumed.send({ type: 'hotSeat.back' });
    expect(resumed.getSnapshot().matches({ run: { meetings: 'idle' } })).toBe(true);
  });
});
