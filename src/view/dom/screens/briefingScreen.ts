import type { AppSnapshot } from '../../../flow/appActor';
import { rulesOf } from '../../../flow/rulesOf';
import type { RunContext } from '../../../flow/runContext';
import { dateOf, sourcesKnownAtStart } from '../../../flow/selectors';
import { TEXT } from '../../text';
import { calendarStrip } from '../calendarStrip';
import { evidenceMark, sourceList } from '../evidence';
import { h } from '../h';
import { mapView } from '../mapView';
import { portrait } from '../portrait';
import { reflectionQuestions } from '../reflectionQuestions';
import type { Screen, Send } from '../screen';

/** A class game says so, with its code, length and the student's name: the class can check they match. */
function classLine(run: RunContext): HTMLElement | null {
  if (!run.player.classCode && run.length === 'full') return null;
  const words = TEXT.join;
  const parts = [
    run.player.classCode ? words.joined(run.player.classCode) : null,
    run.length === 'short' ? words.shortGame : null,
    run.player.name || null,
  ];
  return h('p', { class: 'class-line', 'data-testid': 'class-line' }, parts.filter(Boolean).join(' · '));
}

/** The summary may speak of the full game's days: a short game says when its talks end. */
function shortNote(run: RunContext): HTMLElement | null {
  if (run.length !== 'short') return null;
  const rules = rulesOf(run.scenario);
  return h(
    'p',
    { class: 'short-note' },
    TEXT.join.shortNote(
      dateOf(run.scenario, rules.days - 1).long,
      dateOf(run.scenario, rules.conferenceDay).long,
    ),
  );
}

/** The briefing: the situation in short, the delegations and their public positions with sources, map and calendar. */
export function briefingScreen(snapshot: AppSnapshot, send: Send): Screen {
  const run = snapshot.context.run!;
  const { scenario } = run;
  const live = snapshot.context.liveClass !== null;
  const heading = h('h1', { id: 'briefing-heading', tabindex: -1 }, scenario.meta.title);
  const begin = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      'data-key': 'begin',
      onclick: () => send({ type: 'briefing.begin' }),
    },
    `${TEXT.briefing.begin} ${dateOf(scenario, 0).long}`,
  );

  const rules = rulesOf(scenario);
  const delegations = scenario.parties.map((party, p) =>
    h(
      'article',
      { class: 'delegation-brief', style: `--party: ${party.colour}` },
      h(
        'div',
        { class: 'portraits' },
        ...party.leaders
          .slice(0, 2)
          .map((l) =>
            portrait({ key: party.portrait, name: l.name, colour: party.colour, size: 72, title: l.title }),
          ),
      ),
      h(
        'div',
        {},
        h('h3', {}, party.name),
        h('p', { class: 'leaders' }, party.leaders.map((l) => `${l.name}, ${l.title}`).join(' · ')),
        h(
          'ul',
          { class: 'positions' },
          ...scenario.issues.map((issue, i) => {
            // An issue the party does not weigh has no public position: it says so rather than pick one.
            if (!rules.model.parties[p]!.cares[i])
              return h(
                'li',
                { class: 'no-position' },
                h('span', { class: 'clause-issue' }, `${issue.name}: `),
                TEXT.briefing.doesNotCare,
              );
            const values = party.values[issue.id] ?? {};
            const best = issue.options.reduce((a, b) =>
              (values[b.id]?.points ?? 0) > (values[a.id]?.points ?? 0) ? b : a,
            );
            const evidence = values[best.id]?.evidence;
            return h(
              'li',
              {},
              h('span', { class: 'clause-issue' }, `${issue.name}: `),
              best.label,
              evidence ? evidenceMark(scenario, evidence, TEXT.briefing.whyWants(party.name)) : '',
            );
          }),
        ),
      ),
    ),
  );

  const calendar = calendarStrip(
    scenario,
    null,
    `${TEXT.briefing.meetingOpens}${scenario.calendar.conferencePlace ? `, ${scenario.calendar.conferencePlace}` : ''}`,
  );

  const sheet = h(
    'div',
    { class: 'sheet briefing-sheet' },
    h(
      'p',
      { class: 'office' },
      [scenario.calendar.place, dateOf(scenario, 0).long].filter(Boolean).join(' · '),
    ),
    heading,
    classLine(run),
    shortNote(run),
    h(
      'div',
      { class: 'briefing-grid' },
      h(
        'section',
        { class: 'briefing-situation' },
        h('h2', {}, TEXT.briefing.situation),
        h('p', {}, scenario.meta.summary),
        h('h2', {}, TEXT.briefing.yourTask),
        h(
          'div',
          { class: 'mediator-brief', style: `--party: ${scenario.mediator.colour}` },
          portrait({
            key: scenario.mediator.portrait,
            name: scenario.mediator.name,
            colour: scenario.mediator.colour,
            size: 72,
            title: scenario.mediator.title,
          }),
          h(
            'div',
            {},
            h('p', { class: 'leaders' }, `${scenario.mediator.name}, ${scenario.mediator.title}`),
            h('p', {}, scenario.mediator.brief),
          ),
        ),
      ),
      scenario.places.length > 0
        ? h('section', { class: 'briefing-map' }, h('h2', {}, TEXT.briefing.map), mapView(scenario))
        : null,
    ),
    h(
      'section',
      {},
      h('h2', {}, TEXT.briefing.parties),
      h('div', { class: 'delegation-briefs' }, ...delegations),
    ),
    h('section', { class: 'briefing-calendar' }, h('h2', {}, TEXT.briefing.calendar), calendar),
    h(
      'details',
      { class: 'sources' },
      h('summary', {}, TEXT.briefing.sources),
      sourceList(sourcesKnownAtStart(scenario)),
    ),
    reflectionQuestions(run, 'before', send),
    h(
      'div',
      { class: 'actions sticky-actions' },
      begin,
      // A live session's game is the server's: there is no title to go back to (the machine refuses it too).
      live
        ? null
        : h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-key': 'back',
              onclick: () => send({ type: 'nav.back' }),
            },
            TEXT.briefing.back,
          ),
    ),
  );
  return {
    el: h('section', { class: 'screen screen-briefing', 'aria-labelledby': 'briefing-heading' }, sheet),
    initialFocus: heading,
    ...(live ? {} : { escape: { type: 'nav.back' } }),
  };
}
