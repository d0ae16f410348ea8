import type { Terms } from '../frame';
import { plural } from './englishWords';

/** The role briefs in English: the printable briefs for an in-person role-play, and the panel that shows them. */
export function englishBriefs(t: Terms) {
  const meeting = t.meeting;
  return {
    panel: {
      who: 'Briefs for',
      all: (n: number) => `Everyone: all ${n} briefs`,
      mediator: (name: string) => `The ${t.mediator}: ${name}`,
      numbers: 'Show the numbers',
      numbersHint: `Adds each ${t.party}’s weights, points and walk-away value, with the spread a game draws them from. Leave it off for a role-play by argument.`,
      print: 'Print the briefs',
      printHint: (briefs: number) =>
        briefs === 1
          ? 'One brief, from a new page.'
          : `${plural(briefs, 'brief', 'briefs')}, each starting on a new page. Hand each student only their own.`,
      scenario: (title: string, length: string) => `${title} · ${length}`,
      change: 'Choose another scenario or length under Class code.',
      preview: 'The briefs as they print',
      none: 'Choose a scenario under Class code first.',
    },
    confidential: (name: string) => `Confidential — for ${name} only`,
    forMediator: `Confidential — for the ${t.mediator} only`,
    sections: {
      role: 'Your role',
      /** A party's brief quotes the situation as the mediator reads it ("you" there is the mediator). */
      situationAsMediator: `The situation, as the ${t.mediator} is briefed`,
      priorities: 'Your priorities',
      wants: 'What you want, issue by issue',
      redLines: 'Your red lines: never accept',
      attend: `When you come to the ${meeting}`,
      trust: 'Whom you trust',
      task: 'Your task',
      calendar: 'The calendar and the rules',
      issues: 'The issues and their options',
      positions: `The ${t.parties}’ public positions`,
      unknown: 'What you do not know',
    },
    /** How an option sits with the party. */
    stance: {
      best: 'what you want',
      fine: 'you can live with it',
      poor: 'a poor outcome for you',
      worst: 'the worst for you',
      never: 'never: a red line',
    },
    noView: 'You take no position on this issue; any option will do.',
    noRedLines:
      'You have no red lines: you weigh every option against the others, and a good text can make up for a poor clause.',
    redLine: (option: string, issue: string) => `${option} (${issue})`,
    /** When it attends, by its walk-away value as a share of the best any text can give it. */
    attend: {
      eager: 'You can come on a modest text: one worth well under half of the best you could get.',
      half: 'You will come on a text that gives you about half of the best you could get.',
      most: 'You will come only on a text that gives you most of what you could get.',
      nearly: 'You will come only on a text that gives you nearly everything you want.',
      never: 'Whatever else it gives you, you stay away from a text that crosses one of your red lines.',
    },
    concession: {
      boulware: `You hold out: you give ground late, as the ${meeting} nears.`,
      linear: 'You give ground steadily, a little each day.',
      conceder: 'You give ground early, to keep the talks alive.',
    },
    trust: {
      lead: 'How far you trust each of them at the start:',
      mediator: (name: string) => `The ${t.mediator}, ${name}`,
    },
    /** The numbers, shown only when the teacher asks for them. */
    numbers: {
      weight: (weight: string, total: string, share: number, drawn: string) =>
        `weight ${weight} of ${total} in all (${share}%)${drawn}`,
      points: (points: string) => `${points} points`,
      drawn: (min: string, max: string) => `; each game draws it between ${min} and ${max}`,
      walkAway: (value: string, best: string, drawn: string) =>
        `Your walk-away value: ${value} points, where the best text for you is worth ${best}${drawn}.`,
      trust: (value: number) => `${value} of 100`,
    },
    inferred: 'Inferred: ',
    quotedAbove: 'quoted above',
    statusQuo: 'stands if nothing is agreed',
    leaders: (names: readonly string[]) => names.join(' · '),
    meetingOn: (date: string, place: string | undefined) =>
      `The ${meeting} is on ${date}${place ? `, in ${place}` : ''}.`,
    calendar: {
      talks: (from: string, to: string, days: number, actions: number) =>
        `The talks run from ${from} to ${to}: ${plural(days, 'day', 'days')}, with ${plural(actions, 'action', 'actions')} each day.`,
      moves: `Each action is one move: consult a ${t.party} in private, press it, reassure it, make a public statement, or table a draft of the text to some ${t.parties} or to all. The same move repeated yields less each time.`,
      text: 'The text has one option on each issue. An issue left alone keeps the option that stands if nothing is agreed.',
      decide: `On the ${meeting} day each ${t.party} decides on its own: it comes if the text tabled to every ${t.party} gives it what it asks for and crosses none of its red lines.`,
      early: `You may call the ${meeting} early; what was not done by then stays undone.`,
    },
    noPosition: 'no public position',
    unknown: [
      `How much each issue matters to each ${t.party}: its priorities are hidden, and a private consultation shows them only roughly.`,
      `Each ${t.party}’s red lines, until it names them to you.`,
      `How little each ${t.party} would settle for: the least a text must give it before it comes.`,
      `How far each ${t.party} will give ground, and how the news will move it.`,
    ],
  };
}
