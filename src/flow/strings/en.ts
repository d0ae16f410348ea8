import type { Terms } from '../frame';
import { RULES_SHOWN } from '../rulesShown';
import { englishBriefs } from './enBriefs';
import { englishClass } from './enClass';
import { englishClassroom } from './enClassroom';
import { englishGuide } from './enGuide';
import { a, cap, list, plural } from './englishWords';
import { englishHotSeat } from './enHotSeat';
import { englishLive } from './enLive';

/**
 * Every string the interface shows, in English, with the scenario's own nouns (its meeting, parties, mediator
 * and news) put in. Another language is another file of the same shape (strings/index.ts picks it).
 */
export function english(t: Terms) {
  const meeting = t.meeting;
  const party = t.party;
  const parties = t.parties;
  return {
    productTitle: 'Geneva II: The Envoy',
    ...englishClassroom(t),
    roleBriefs: englishBriefs(t),
    hotSeat: englishHotSeat(t),
    liveClass: englishLive(t),
    ...englishClass(t),
    lessonGuide: englishGuide(t),
    title: {
      start: 'Start',
      chooseScenario: 'Scenario',
      openScenario: 'Open a scenario file…',
      reopen: (file: string) => `Reopen ${file}`,
      openedFrom: 'from',
      dropHint: 'or drop a .yaml or .json file here',
      fileProblems: 'This scenario file could not be used',
      problemCount: (n: number) => ` — ${plural(n, 'problem', 'problems')}`,
      moreProblems: (n: number) =>
        `…and ${plural(n, 'more problem', 'more problems')}: fix these first, then open the file again.`,
      shippedScenario: '(shipped with the game: please tell its authors)',
      warningsTitle: (file: string) => `${file} opened, with notes for its author`,
      dismiss: 'Dismiss',
      fictional: 'A fictional scenario',
    },
    /** Why a result file a teacher opened cannot be read (flow/resultFile.ts). */
    result: {
      tooLarge: 'This file is far larger than a result file (a few kilobytes): it is not one.',
      notJson: 'This file is not a result file: it is not JSON, or it is cut off.',
      notAResult:
        'This file is not a result file of this game: ask the student to download it again from the debrief.',
      newer: 'This result was saved by a newer version of the game: open it there.',
      damaged: (where: string, what: string) =>
        `This result file is damaged at ${where}: ${what}. Download it again from the student's debrief.`,
    },
    /** Live authoring (`npm start`): what a change to a scenario file did. */
    live: {
      reloaded: (file: string) => `${file} changed: reloaded. The game starts again on the new text.`,
      broken: (file: string) =>
        `${file} changed and has problems: the last good version is still playable. Fix these and save again.`,
      removed: (file: string) => `${file} was deleted: the game goes on with the last version read.`,
      unreadable: (file: string) =>
        `${file} could not be read again: this browser does not let the page read a file again after it changed. Choose it again.`,
    },
    sound: { label: 'Sound', on: ' on', off: ' off', volume: 'Volume', captions: 'Sound captions' },
    loading: 'Preparing the dossier',
    notices: 'Notices',
    glossaryButton: 'Glossary',
    glossaryHeading: 'Glossary',
    close: 'Close',
    briefing: {
      back: 'Back to the title',
      begin: 'Begin:',
      situation: 'The situation',
      yourTask: 'Your task',
      map: 'Where',
      parties: `The ${parties} and their public positions`,
      calendar: 'The calendar',
      meetingOpens: `The ${meeting} begins`,
      sources: 'Sources',
      whyWants: (name: string) => `Why ${name} wants this`,
      doesNotCare: 'no preference',
    },
    failure: {
      title: 'The game could not continue',
      reload: 'Reload the game',
      note: 'Nothing you did is lost: your settings are saved in this browser.',
      unknown: 'Something went wrong.',
      fix: 'Reload the page.',
      unexpected: 'An unexpected error stopped the game.',
      assets: (n: number) => `${n === 1 ? 'A file' : `${n} files`} of the game did not load.`,
      assetsFix:
        'Check your connection and reload. If it happens again, the build is missing this file: run `npm run build` again.',
      unexpectedFix:
        'Reload the page: your game is saved after every move. If it happens again, please tell your teacher what you were doing.',
    },
    save: {
      cannotUse: 'Your saved game cannot be used.',
      keepExplained:
        'You can keep the saved game as a file (to show your teacher, or to try with another version of the game), and then start a new game.',
      previousWorks: (title: string, date: string, left: number, perDay: number) =>
        `Your previous save still works: ${title}, ${date}, ${left} of ${perDay} actions left.`,
      keep: 'Keep the file',
      usePrevious: 'Go back to the previous save',
      startOver: 'Start over',
      damaged: 'Your saved game is damaged and cannot be read.',
      newer: 'Your saved game was made by a newer version of the game.',
      unknownForm: 'Your saved game is not in a form this game understands.',
      upgraded: 'Your game was saved by an earlier version and has been brought up to date.',
      noMatch: 'Your saved game no longer matches this version of the game.',
      /** Why a saved game's moves no longer replay (shown under "no longer matches"). */
      replay: {
        at: (move: number, type: string, reason: string) => `move ${move} (${type}): ${reason}`,
        replyAlone: 'a reply with no text on the table',
        notAllowed: 'the rules no longer allow it',
        replyMisfit: (party: string) => `the reply of "${party}" does not fit`,
        noReply: 'a person’s seat has no reply to it',
      },
      download: 'Download the game',
      storageOff:
        'This browser is not saving your game (its storage is full or turned off). You can play on; download the game now and then to keep it.',
      otherTab: 'This game is open in another tab. You are watching it here; play it in one tab at a time.',
      playHere: 'Play it here instead',
    },
    /** A new version of the game, kept for offline play, waits for the player (platform/updateOffer.ts). */
    update: {
      ready:
        'A new version of the game is ready. Your game is saved: reloading takes you back to where you are.',
      reload: 'Reload to update',
    },
    status: {
      label: 'Where things stand',
      days: (n: number) =>
        n === 0 ? `The ${meeting} is today` : `${plural(n, 'day', 'days')} to the ${meeting}`,
      actions: (left: number, perDay: number) => `${left} of ${perDay} actions left today`,
      nothingTabled: 'The text: nothing tabled yet',
      onTable: 'The text on the table',
    },
    plan: {
      callEarly: `Call the ${meeting} now…`,
      callExplained: `Every ${party} decides today, on the text tabled to all of them. `,
      callConfirm: `Yes, call the ${meeting} now`,
      dayOf: (day: number, days: number) => `Day ${day} of ${days}`,
      today: 'Today',
      nothingScheduled: 'No meeting is scheduled. The day is yours to use.',
      mood: 'The mood',
      calendar: 'The calendar',
      meetingDay: `The ${meeting}`,
      endDay: 'End the day',
      goToMeetingRoom: 'Go to the meeting room',
      dayPlan: (date: string) => `The plan for ${date}: map and calendar`,
      gone: ' (gone)',
      noTalks: 'no talks',
      today_: ' (today)',
      places: 'Places',
    },
    news: {
      heading: (date: string) => `The ${t.news}, ${date}`,
      met: (names: readonly string[]) =>
        `You met ${list(names)}: what they let you see of their priorities is in the meeting room.`,
      quietNight: 'A quiet night. No news on the wires.',
      inThePress: 'In the press',
      pressStatement: (mediator: string) =>
        `In a public statement, ${mediator} urges every ${party} to attend.`,
      pressDraft: (satisfied: readonly string[], unhappy: readonly string[]) =>
        `Diplomats say a new draft of the terms went to every ${party}.${satisfied.length ? ` ${list(satisfied)} ${satisfied.length > 1 ? 'are' : 'is'} said to be satisfied.` : ''}${unhappy.length ? ` ${list(unhappy)} ${unhappy.length > 1 ? 'want' : 'wants'} changes.` : ''}`,
      inventedEvent: 'Invented for this game',
    },
    room: {
      heading: (date: string) => `Meeting room, ${date}`,
      waiting: (names: readonly string[]) => `Waiting for ${list(names)} to answer.`,
      noActions: 'No actions left today. End the day to read the news and start the next.',
      theDay: 'The day',
      statementHint: `Costs one action. Urges every ${party} to attend (less each time); the ${party} that trusts you least loses trust.`,
      statement: 'Make a public statement',
      endDay: 'End the day',
      trustMoved: (before: number, after: number) => `Trust in you: ${before} → ${after}.`,
      pressedNote: 'They will settle for a little less.',
      reassuredNote: 'They feel stronger, and may ask a little more.',
      statementNote: `Every ${party} is under a little more pressure to attend.`,
      answeredOn: (date: string) => `To your text of ${date}.`,
      staleAnswer: (clauses: number) =>
        `Your draft has changed ${plural(clauses, 'clause', 'clauses')} since: this answer may no longer hold.`,
      retableCost: (names: readonly string[]) =>
        `${names.length > 3 ? `${names.length} ${parties}` : list(names)} already refused this very text: tabling it again costs trust with ${names.length > 1 ? 'each' : 'it'}.`,
      earlierReadings: 'Earlier readings',
      caresMost: 'Cares most: ',
      inPrivate: (date: string) => `In private (${date}): what matters to them`,
      about: (issue: string, share: number) => `${issue}: about ${share}%`,
      margin: (noise: number, readings: number) =>
        `As they let it show: give or take ${noise} points${readings > 1 ? `, the most precise of ${readings} readings` : ''}.`,
      earlier: (date: string, noise: number) => `${date}, give or take ${noise}: `,
      noAnswerYet: 'No text tabled to them yet.',
      asksMarked: 'Asks marked on the text.',
      more: 'More',
      moreAbout: (name: string) => ` about ${name}`,
      nothingLearnt: 'Nothing learnt in private yet: consult them to see what matters to them.',
      redLinesNamed: 'Red lines named: ',
      trust: 'Trust in you',
      walkedOut: (now: number) =>
        `Walked out of the talks. Each reassurance restores ${RULES_SHOWN.perReassurance} points of trust; they come back at ${RULES_SHOWN.returnTrust} (now ${now}).`,
      movesWith: (name: string) => `Moves with ${name}`,
      consult: 'Consult',
      consultLabel: (name: string) => `Consult in private with ${name}`,
      consultHint: 'Costs one action. They show their priorities; less each time.',
      press: 'Press',
      pressLabel: (name: string) => `Press ${name}`,
      pressHint: 'Costs one action and trust. Lowers what they demand; less each time.',
      reassure: 'Reassure',
      reassureLabel: (name: string) => `Reassure ${name}`,
      reassureHint: 'Costs one action. Builds trust, but they feel stronger.',
      wordsFrom: (speaker: string) => `Where ${speaker}'s words come from`,
      you: 'you',
      mediatorPlate: cap(`the ${t.mediator}`),
    },
    text: {
      heading: 'The negotiating text',
      markTitle: {
        wants: (name: string) => `${name} wants this (its public position)`,
        asks: (name: string) => `${name} asked for this in its last answer`,
        red: (name: string) => `${name} named this a red line`,
      },
      markKinds: 'Solid: their public position · outlined: what they asked for · ✕: a red line',
      changedFromTable: ' · changed from the text on the table',
      onTheTable: 'on the table',
      statusQuo: 'status quo',
      tablingRule: `Costs one action. One option per clause; a text tabled to everyone is the one decided on at the ${meeting}.`,
      tableTo: 'Table it to',
      tableToAll: `Table the text to every ${party}`,
      tableToTicked: 'Table the text to those ticked',
    },
    speech: {
      whyInPoints: 'Why, in points',
      costs: (points: string) => `(−${points} points)`,
      whyCosts: (speaker: string) => `Why this costs ${speaker}’s side`,
      redLine: (issue: string, option: string) => `Red line: ${issue} — ${option}`,
      whyRedLine: 'Why this is a red line',
      /** What {changes} says in a leader's line. */
      changes: (n: number) => (n === 1 ? 'one clause' : `${n} clauses`),
    },
    evidence: {
      source: 'Source',
      cited: 'cited',
      inferred: 'inferred',
      inferredLabel: 'Inferred: ',
      open: 'open the source',
    },
    tips: {
      hide: 'Hide tips',
      tip: (step: number, of: number, say: string) => `Tip ${step} of ${of}: ${say}`,
    },
    record: {
      consulted: (name: string) => `Consulted ${name} in private.`,
      pressed: (name: string) => `Pressed ${name}.`,
      reassured: (name: string) => `Reassured ${name}.`,
      statement: `Made a public statement urging every ${party} to attend.`,
      answer: { accept: 'accepted', 'walk-out': 'walked out', counter: 'countered', reject: 'refused' },
      tabled: (names: readonly string[], text: string, answers: string) =>
        `Tabled a text to ${names.join(', ')} (${text}): ${answers}.`,
      endDay: 'Ended the day.',
      calledEarly: `Called the ${meeting} early.`,
      injected: (title: string) => `News from your teacher: ${title}`,
      news: (title: string) => `News: ${title}`,
      partyNumber: (p: number) => `${party} ${p}`,
    },
    /** The final day, where the parties are revealed one at a time. */
    meeting: {
      office: cap(`the ${meeting}`),
      awaited: 'Awaited…',
      showAll: `Show all ${parties}`,
      continue: 'Continue',
      comes: 'comes',
      staysAway: 'stays away',
      textDecided: 'The text they decided on',
      statusQuoDecided: `No text was tabled to every ${party}; they decided on the status quo`,
      reasons: {
        accepted: 'It accepted this text, and nothing has changed its mind since. It takes its seat.',
        'would-accept': `The text gives the ${party} what it now asks for. It takes its seat.`,
        'demands-more': `The text gives the ${party} less than it asks for. Its seat stays empty.`,
        'red-line': `The text crosses one of the ${party}’s red lines. Its seat stays empty.`,
        'walked-out': `The ${party} walked out of the talks and did not come back.`,
        'no-trust': `The ${party} no longer trusts the ${t.mediator}, and stays away.`,
      },
      neverAsked: 'It was never asked about this text: it decided on the day.',
      cameDown: `It had refused this text when you tabled it; by the ${meeting} its demands had come down to what the text offers.`,
      movedUp: 'It had accepted this text, but the news since moved what it wants, and now it asks for more.',
    },
    outcome: {
      everyone: (names: readonly string[]) => `Every ${party} comes to the table: ${list(names)}.`,
      nobody: `No ${party} comes. The ${meeting} does not take place.`,
      without: (names: readonly string[]) => `The ${meeting} goes ahead without ${list(names)}.`,
      openDebrief: 'Open the debrief',
      reveals: (history: boolean) =>
        `The debrief reveals what each ${party} wanted${history ? ', what a better text would have been, and what really happened.' : ' and what a better text would have been.'}`,
    },
    debrief: {
      heading: 'Debrief',
      lead: (deal: boolean) =>
        deal ? `Every ${party} came to the ${meeting}.` : `Not every ${party} came to the ${meeting}.`,
      onTheDay: cap(`on the ${meeting} day`),
      came: cap(`came to the ${meeting}`),
      stayedAway: 'Stayed away',
      worth: (points: string, walkAway: string) =>
        `Your text: ${points} points, against a walk-away value of ${walkAway}`,
      zone: (zone: number, all: number, veto: string | null) =>
        `${zone} of ${all} possible texts were acceptable to every ${party} at the end.${veto ? ` ${veto}’s veto ruled out the most texts the others would have taken.` : ''}`,
      examined: (examined: number, all: number) =>
        `(${examined} of ${all} texts examined: there are too many to check every one.)`,
      yourText: 'Your text',
      onFrontier: `It is on the Pareto frontier: no text is better for every ${party}.`,
      offFrontier: (distance: number) =>
        `It is ${distance} points from the Pareto frontier: some text was better for every ${party}.`,
      whatPareto: 'What is the Pareto frontier?',
      whatNash: 'The Nash point?',
      whatWalkAway: 'A walk-away value?',
      openAll: 'Open all sections',
      closeAll: 'Close all sections',
      chartsTitle: 'Your deal among every possible text',
      chartsHint: (panels: number) =>
        `${panels === 1 ? 'A chart' : `${panels} charts, one for each pair of ${parties}`}, and the same in points`,
      chartHow:
        'Each dot is a possible text, placed by the points it gives the party named below the chart (across) and the one named beside it (up).',
      zoneByDay: `The zone of agreement, day by day (texts every ${party} would have accepted): `,
      wantedTitle: `What each ${party} wanted`,
      wantedHint: 'Their hidden priorities, walk-away values and red lines, revealed',
      partyWorth: (
        utility: string,
        name: string,
        demand: string,
        walkAway: string,
        drawn: number,
        range: readonly [number, number] | undefined,
        engagement: number,
      ) =>
        `Your text was worth ${utility} points to ${name}. On the day it asked for ${demand}: its walk-away value was ${walkAway} (this game drew ${drawn}${range ? `, between ${range[0]} and ${range[1]}` : ''}), and you had engaged it ${engagement}% of the way that brings its demands down to it.`,
      whyWalkAway: 'Why this walk-away value',
      hiddenPriorities: 'Hidden priorities',
      whyMatters: (issue: string) => `Why ${issue} matters this much`,
      redLines: 'Red lines: ',
      noRedLines: 'No red lines.',
      trustAtEnd: (trust: number) => `Trust in you at the end: ${trust} of 100.`,
      betterTitle: { dominates: 'A better text', nash: 'The Nash bargaining point', none: 'A better text?' },
      betterHint: {
        dominates: `A text every ${party} would have liked at least as much as yours`,
        nash: `The most balanced text every ${party} would have accepted`,
        none: `Whether another text was better for every ${party}`,
      },
      betterLead: {
        dominates: `This text gives every ${party} at least as much as yours, and some more:`,
        nash: `The text that maximises the product of every ${party}’s gain over its walk-away value:`,
      },
      noneBetter: `None: your text is on the Pareto frontier and no other text is better for every ${party}.`,
      recordTitle: 'The news and your moves, day by day',
      recordHint: 'What you did each day, and the news each morning brought',
      actualTitle: 'What really happened',
      actualHint: 'The real outcome, and the run-up day by day, with the sources',
      storyTitle: 'The story behind the scenario',
      storyHint: 'How it came to this, as the scenario invents it, with its invented sources',
      attended: (names: readonly string[]) =>
        `${names.join(', ')} attended. On the scenario’s issues, the real outcome reads:`,
      modelAgrees: `In this game, the model agrees with the record: every ${party}, at its walk-away value, would have taken these terms.`,
      modelDisagrees: (why: string) =>
        `In this game, the model disagrees with the record: it would have kept away ${why}. Each game draws the ${parties}' hidden values anew from the scenario's evidence; history had one draw.`,
      crossesRedLine: (name: string) => `${name} (they cross one of its red lines)`,
      worthTo: (name: string, utility: number, walkAway: number) =>
        `${name} (they were worth ${utility} to it, against a walk-away value of ${walkAway})`,
      historyTitle: 'The run-up, day by day',
      discussionTitle: 'For discussion',
      discussionHint: (questions: number) => `${plural(questions, 'question', 'questions')} for the class`,
      download: 'Download the result for your teacher',
      print: 'Print the debrief',
      playAgain: 'Play again',
    },
    chart: {
      yourText: 'Your text',
      nash: 'Nash point',
      better: 'A better text',
      actual: 'What really happened',
      frontier: 'Texts on the Pareto frontier',
      zone: 'Both accept (right of and above the dashed walk-away lines)',
      table: `The same, in points (each ${party}’s utility, 0–100)`,
      text: 'Text',
      walkAway: 'Walk-away value',
      against: (a: string, b: string) => `${a} against ${b}`,
    },
    portrait: (name: string) => `Portrait of ${name}`,
    /** What each sound means, for a player without sound. */
    captions: {
      typewriter: '[Typewriter: a text is drafted and tabled]',
      accept: `[Two soft notes, resolved: every ${party} accepts]`,
      reject: `[Two low notes, unresolved: not every ${party} accepts]`,
      telephone: '[Telephone: a private call]',
      teleprinter: '[Teleprinter: news comes in]',
      gavel: `[Gavel: the ${meeting} begins; the hall falls quiet]`,
      press: `[One low, firm note: you press ${a(party)}]`,
      reassure: `[A soft, warm chord: you reassure ${a(party)}]`,
      statement: '[Murmur and teleprinter: your statement goes out on the wires]',
    },
    /** The name plates' one-word states on the table and in the hall (drawn in capitals). */
    scene: {
      answer: { accept: 'agrees', counter: 'counters', reject: 'refuses', 'walk-out': 'walked out' },
      listening: 'listening',
      present: 'present',
      emptyChair: 'empty chair',
      awaited: 'awaited',
    },
    trustWords: ['hostile', 'wary', 'guarded', 'open', 'confident'] as const,
    /** The game's terms, as a player can learn them; the numbers are the rules' own (RULES_SHOWN). */
    glossary: [
      {
        id: 'trust',
        term: 'Trust in you',
        text: `How far ${a(party)} trusts you, 0 to 100: hostile below 20, wary below 40, guarded below 60, open below 80, then confident. Consulting and reassuring build it; pressing, cornering ${a(party)} in a statement and tabling a text it already refused cost it. Below ${RULES_SHOWN.conferenceTrust} ${a(party)} stays away whatever the text; below ${RULES_SHOWN.walkOutTrust} it may walk out of a text it finds too poor; ${a(party)} that walked out comes back at ${RULES_SHOWN.returnTrust}, ${RULES_SHOWN.perReassurance} points of trust per reassurance.`,
      },
      {
        id: 'evidence',
        term: 'The marks ❝ and ≈',
        text: 'Beside each stance: ❝ opens the sentence of the source it comes from; ≈ says that it is inferred, and why.',
      },
      {
        id: 'walk-away',
        term: 'Walk-away value',
        text: `The least a text must be worth to ${a(party)} for it to attend, on the same 0–100 scale as its points. It is hidden, and each game draws it anew within what the evidence allows; the debrief reveals it.`,
      },
      {
        id: 'demand',
        term: `What ${a(party)} asks for`,
        text: `It comes down from its best toward its walk-away value as the ${meeting} nears, but only as far as you engage it: left alone it comes ${Math.round(RULES_SHOWN.reachAlone * 100)}% of the way; consulted, and with its counter-proposals taken up, all the way. On the last day of talks, what it says is what it does on the ${meeting} day.`,
      },
      {
        id: 'zone',
        term: 'Zone of agreement',
        text: `The texts every ${party} would accept at its walk-away value, crossing none of its red lines. It may be small, and it moves with the news.`,
      },
      {
        id: 'pareto',
        term: 'Pareto frontier',
        text: `The texts no other text beats for every ${party} at once. A text off the frontier leaves something on the table that all could have had.`,
      },
      {
        id: 'nash',
        term: 'Nash point',
        text: `The text in the zone of agreement that maximises the product of what each ${party} gains above its walk-away value: a balanced deal, not the only fair one.`,
      },
    ],
    /** What a party's leader says where the scenario gives it no line of its own. */
    genericLines: {
      accept: 'We can accept this text.',
      counter: 'Not as it stands. Change {changes} and we can agree:',
      reject: 'This text costs us too much: {issues}.',
      'red-line': 'We will never accept this: {option}.',
      'walk-out': 'We have nothing more to discuss with you.',
      consulted: 'Between us, then: this is what matters to us.',
      pressed: 'We hear you. We will see what more we can give.',
      reassured: 'We appreciate your confidence in us.',
      cornered: 'You put us on the spot, in public. We will remember it.',
      statement: 'We have read your statement.',
      comes: 'We will take our seat.',
      'stays-away': 'We will not come on these terms.',
    },
    /** When no line of a situation can be filled, e.g. a person's refusal that names no issue. */
    plainLine: 'We cannot accept this text.',
  };
}

export type Strings = ReturnType<typeof english>;
