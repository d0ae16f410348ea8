import type { Terms } from '../frame';
import { plural } from './englishWords';

/** The classroom's strings in English: joining a class on the title screen, and the teacher's page. */
export function englishClassroom(t: Terms) {
  return {
    join: {
      heading: 'Playing with your class?',
      lead: 'Enter the code your teacher gave you (8 characters, or 6 for a live session), and your name if you want it on your result.',
      code: 'Class code',
      name: 'Your name (optional)',
      join: 'Join the class game',
      joined: (code: string) => `Class game ${code}`,
      shortGame: 'Short game',
      shortNote: (lastTalks: string, meets: string) =>
        `A short game: the talks end on ${lastTalks}, and the ${t.meeting} meets on ${meets}. What happens in between happens without you.`,
      problems: {
        empty: 'Type the class code first: eight letters and digits, like K7QM-2XRB.',
        shape: (count: number) =>
          `A class code has 8 letters and digits, a live session’s code 6; this one has ${count}. Check it against the board.`,
        character: (character: string) =>
          `“${character}” is not used in class codes. Check that character against the board.`,
        typo: 'This code has a mistake in it. Check it character by character against the board.',
        newer: 'This code was made by a newer version of the game. Ask your teacher which version to use.',
        foreign:
          'This code is for a scenario, or a version of one, that this copy of the game does not have. If your teacher gave you a scenario file, open it first, then enter the code.',
      },
    },
    /** How much an issue matters to a party (flow/mattering.ts), in its own brief, printed or on screen. */
    mattering: {
      most: 'matters most to you',
      much: 'matters a lot to you',
      some: 'matters somewhat to you',
      little: 'matters a little to you',
      none: 'no view: it counts nothing for you',
    },
    reflection: {
      before: 'Before you begin',
      after: 'Before the debrief',
      lead: 'Your answers go into your result file for your teacher. Write as much or as little as you like.',
    },
    teacher: {
      open: 'For teachers',
      openLead: '— class codes, role briefs, the class’s results and a lesson guide.',
      heading: 'For teachers',
      lead: 'Run a class with this game. With no account and nothing uploaded: the class code, the briefs, the results and the guide work offline; a live session runs on your own class server.',
      back: 'Back to the game',
      tabs: {
        code: 'Class code',
        briefs: 'Role briefs',
        class: 'Class results',
        guide: 'Lesson guide',
        live: 'Live session',
      },
      code: {
        scenario: 'Scenario',
        length: 'Length',
        full: (days: number, actions: number) =>
          `Full game: ${plural(days, 'day', 'days')} of talks, ${plural(actions, 'action', 'actions')} a day`,
        short: (days: number, actions: number) =>
          `Short game, for one lesson: ${plural(days, 'day', 'days')} of talks, ${plural(actions, 'action', 'actions')} a day`,
        onlyFull: 'This scenario offers only the full game.',
        yourCode: 'The class code',
        forStudents: `Students open the game and, under “Playing with your class?”, enter this code and their name. Every student plays the same game: the same ${t.parties}, the same hidden priorities, the same events, so their results can be compared.`,
        another: 'Make another code',
        fileScenario: (file: string) =>
          `This scenario was opened from ${file}: give your students the file too, to open before they enter the code.`,
        results:
          'When they finish, each student downloads a result file from the debrief. Collect the files (a shared folder, a memory stick) and open them under Class results.',
      },
    },
  };
}
