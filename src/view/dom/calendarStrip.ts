import { rulesOf } from '../../flow/rulesOf';
import { dateOf, dayOfDate } from '../../flow/selectors';
import type { Scenario } from '../../scenario/schema';
import { TEXT } from '../text';
import { h } from './h';

/** The wall calendar: each day of the run-up with its scheduled events; days gone are crossed off. */
export function calendarStrip(
  scenario: Scenario,
  today: number | null,
  conferenceLabel: string,
): HTMLElement {
  const days = dayOfDate(scenario, scenario.calendar.conference) + 1;
  const played = rulesOf(scenario).days;
  return h(
    'ol',
    { class: 'calendar' },
    ...Array.from({ length: days }, (_, d) => {
      const date = dateOf(scenario, d);
      const scheduled = scenario.events.filter((e) => e.date === date.iso && e.probability === undefined);
      const last = d === days - 1;
      // Days after the last day of play (calendar.lastDay) and before the final meeting hold no talks.
      const unplayed = !last && d >= played;
      const state = today === null ? '' : d < today ? 'past' : d === today ? 'today' : '';
      return h(
        'li',
        {
          class: `${state} ${last ? 'conference-day' : ''} ${unplayed ? 'unplayed' : ''} ${scheduled.length ? 'has-event' : ''}`,
          'aria-current': d === today ? 'date' : undefined,
        },
        h('span', { class: 'calendar-date' }, date.short),
        h(
          'span',
          { class: 'calendar-note' },
          last
            ? conferenceLabel
            : scheduled
                .map((e) => (e.inferred === undefined ? e.title : `${e.title} (${TEXT.news.inventedEvent})`))
                .join('; '),
        ),
        state === 'past' ? h('span', { class: 'visually-hidden' }, TEXT.plan.gone) : null,
        unplayed ? h('span', { class: 'calendar-note' }, TEXT.plan.noTalks) : null,
      );
    }),
  );
}
