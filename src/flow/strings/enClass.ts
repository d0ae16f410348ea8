import type { Terms } from '../frame';
import { cap, list, plural } from './englishWords';

/** The class view in English: the "Class results" tab of the teacher's page. */
export function englishClass(t: Terms) {
  const { party, parties, meeting } = t;
  return {
    classResults: {
      lead: 'Open the result files your students downloaded from their debriefs. They are read in this browser and go nowhere else.',
      choose: 'Choose result files…',
      drop: 'or drop them here',
      dropZone: 'Drop result files here',
      clear: 'Clear the results',
      tooMany: (most: number) =>
        `More than ${most} files at once: this is not one class's results. Open the files of one class.`,
      none: 'No results opened yet.',
      noneCounted:
        'None of the files opened is a result this copy of the game can count: the reasons are below.',
      classShown: 'Class shown',
      group: (title: string, code: string | null, length: string, students: number) =>
        `${code ? `Class ${code}` : 'No class code'} · ${title} · ${length} · ${plural(students, 'student', 'students')}`,
      lengths: { full: 'full game', short: 'short game' },
      glance: 'The class at a glance',
      deals: (n: number, of: number) =>
        `${n} of ${plural(of, 'student', 'students')} brought every ${party} to the ${meeting}.`,
      cameCount: (name: string, n: number, of: number) => `${name}: came for ${n} of ${of}`,
      cameFor: (n: number, of: number) => `came for ${n} of ${of}`,
      studentsTitle: 'Every student',
      studentsHint: 'Choose a name to replay that game move by move.',
      student: 'Student',
      deal: 'Deal',
      yes: 'Yes',
      no: 'No',
      days: 'Days',
      moves: 'Moves',
      flaggedColumn: 'Not counted',
      noName: '(no name)',
      replay: (name: string) => `Replay ${name}'s game`,
      pointsOf: (name: string) => `${name}, points`,
      cameMark: 'came',
      awayMark: 'stayed away',
      notCounted: 'Files not counted',
      notCountedHint: 'Each file below is left out of the figures, for the reason given.',
      chartTitle: 'Every student’s text',
      chartHow: `Each dot is a student’s final text, placed by its points for the ${party} across and the one up; a dot with a number is that many students on the same text.`,
      chartChoose: `Choose which two ${parties} to compare.`,
      across: 'Across',
      up: 'Up',
      chartLabel: (a: string, b: string, n: number) =>
        `${plural(n, 'student’s text', 'students’ texts')}: ${a} across, ${b} up`,
      studentText: 'A student’s text',
      onPoint: (names: readonly string[], a: string, pa: string, b: string, pb: string) =>
        `${list(names)}: ${a} ${pa}, ${b} ${pb}`,
      everyText: 'Every possible text',
      walkAways: 'Walk-away values as the game drew them (dashed)',
      spreadTitle: `Each ${party}’s points`,
      spread: (min: string, median: string, max: string) => `least ${min} · median ${median} · most ${max}`,
      usedTitle: 'Days and moves used',
      daysUsed: (min: number, median: number, max: number, of: number) =>
        `Days of talks: least ${min}, median ${median}, most ${max} (of ${of}).`,
      movesUsed: (min: number, median: number, max: number) =>
        `Actions spent: least ${min}, median ${median}, most ${max}.`,
      openingsTitle: 'How they opened',
      openingsHint: (moves: number) => `The first ${moves} moves of each game, the most common first.`,
      openingCount: (n: number) => plural(n, 'student', 'students'),
      opening: {
        consult: (name: string) => `consult ${name}`,
        press: (name: string) => `press ${name}`,
        reassure: (name: string) => `reassure ${name}`,
        statement: 'make a public statement',
        table: (names: readonly string[]) => `table a text to ${list(names)}`,
        tableAll: `table a text to every ${party}`,
        endDay: 'end the day',
        callConference: `call the ${meeting}`,
      },
      reflectionTitle: 'Reflection answers',
      before: 'Before the game',
      after: 'After the game',
      noAnswer: '—',
      download: 'Download CSV',
      print: 'Print',
      flag: {
        unknownScenario: (title: string) =>
          `A result of “${title}”, a scenario this copy of the game does not have: open its file on the title screen, then open the result again.`,
        otherVersion: (title: string) =>
          `A result of another version of “${title}”: its text differs from the one this copy has, so it cannot be replayed here.`,
        replay: (reason: string) =>
          `Its moves do not replay (${reason}): the file was altered, or made by another version of the game.`,
        unfinished: `Its moves stop before the ${meeting}: the file was altered.`,
        outcome: 'It states another outcome than its moves give: the file was altered.',
        code: 'Its class code is not the code of its game: the file was altered.',
        duplicate: (file: string) =>
          `The same game as ${file} (the same student, the same moves): counted once.`,
        otherClass: (code: string | null) =>
          code
            ? `Of class ${code}, not the class shown.`
            : 'Played without a class code: not the class shown.',
        otherScenario: (title: string) => `A result of “${title}”, not of the scenario shown.`,
        otherGame: 'Another game of the same scenario (another seed or length): not mixed in.',
      },
      csv: {
        student: 'Student',
        classCode: 'Class code',
        date: 'Date',
        scenario: 'Scenario',
        length: 'Length',
        deal: `Every ${party} came`,
        attends: (name: string) => `${name} came`,
        points: (name: string) => `${name} points`,
        days: 'Days used',
        moves: 'Moves used',
        before: (question: string) => `Before: ${question}`,
        after: (question: string) => `After: ${question}`,
        yes: 'yes',
        no: 'no',
        lengths: { full: 'full', short: 'short' },
      },
      replayTitle: (name: string) => `${name}’s game`,
      stepOf: (step: number, last: number) => `Step ${step} of ${last}`,
      first: 'First',
      previous: 'Previous',
      next: 'Next',
      last: 'Last',
      back: 'Back to the class',
      keys: 'The arrow keys step through the game; Home and End go to its start and its end.',
      opened: 'The opening morning.',
      tabledTo: (names: readonly string[]) => `Tabled a text to ${list(names)}:`,
      tabledList: (answers: readonly string[]) => `Tabled a text: ${list(answers)}.`,
      wholeGame: 'The whole game',
      news: (title: string) => `News: ${title}`,
      heard: 'What they said',
      reading: (name: string) => `What ${name} let show in private`,
      revealedRedLine: (issue: string, option: string) => `Named a red line: ${issue} — ${option}`,
      theEnd: cap(`the ${meeting}`),
    },
  };
}
