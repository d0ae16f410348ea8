import type { AppSnapshot } from '../../flow/appActor';
import { seatsChosen } from '../../flow/hotSeat/seatChoice';
import type { SeatMode } from '../../flow/runContext';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

/**
 * "Play some delegations yourselves": for each party of the selected scenario, the computer or a student. Closed
 * for a single player; open while a student holds a seat, and kept open when the title is drawn again.
 */
export function seatChoice(snapshot: AppSnapshot, send: Send): HTMLElement | null {
  const { scenarios, selectedScenarioId, seatChoice: chosen } = snapshot.context;
  const entry = scenarios.find((s) => s.id === selectedScenarioId);
  if (!entry) return null;
  const seats = seatsChosen(chosen, entry.id);
  const words = TEXT.hotSeat.choice;
  const choice = (party: string, mode: SeatMode, checked: boolean) =>
    h(
      'label',
      { class: 'seat-mode' },
      h('input', {
        type: 'radio',
        name: `seat-${party}`,
        value: mode,
        'data-key': `seat-${party}-${mode}`,
        checked,
        onchange: () => send({ type: 'title.seat', party, mode }),
      }),
      mode === 'person' ? words.student : words.computer,
    );
  return h(
    'details',
    { class: 'seat-choice', 'data-key': 'seats', open: seats.includes('person') },
    h('summary', {}, words.open),
    h(
      'div',
      { class: 'seat-choice-body' },
      h('p', { class: 'hint' }, words.lead),
      h(
        'div',
        { class: 'seat-rows' },
        ...entry.scenario.parties.map((party, p) =>
          h(
            'fieldset',
            { class: 'seat-row', style: `--party: ${party.colour}` },
            h('legend', {}, party.name),
            choice(party.id, 'computer', seats[p] !== 'person'),
            choice(party.id, 'person', seats[p] === 'person'),
          ),
        ),
      ),
    ),
  );
}
