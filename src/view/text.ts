import { RULES_SHOWN } from '../flow/selectors';

/** Every string the interface itself shows (scenario text comes from the scenario file). */
export const TEXT = {
  gameTitle: 'Geneva II: The Envoy',
  office: 'United Nations · League of Arab States · Joint Special Representative',
  premise:
    'Ten days in January 2014. As envoy Lakhdar Brahimi, bring Russia, the United States and the Syrian opposition to the peace conference, on terms each of them can accept.',
  start: 'Start',
  chooseScenario: 'Scenario',
  openScenario: 'Open a scenario file…',
  openedFrom: 'from',
  dropHint: 'or drop a .yaml or .json file here',
  fileProblems: 'This scenario file could not be used',
  moreProblems: (n: number) =>
    `…and ${n} more ${n === 1 ? 'problem' : 'problems'}: fix these first, then open the file again.`,
  shippedScenario: '(shipped with the game: please tell its authors)',
  dismiss: 'Dismiss',
  soundLabel: 'Sound',
  soundOnState: ' on',
  soundOffState: ' off',
  volume: 'Volume',
  loading: 'Preparing the dossier',
  back: 'Back to the title',
  begin: 'Begin:',
  situation: 'The situation',
  yourTask: 'Your task',
  map: 'Where',
  delegations: 'The delegations and their public positions',
  calendar: 'The calendar',
  conferenceOpens: 'The conference opens',
  sources: 'Sources',
  failureTitle: 'The game could not continue',
  reload: 'Reload the game',
  failureNote: 'Nothing you did is lost: your settings are saved in this browser.',
  /** Shown beside every event the scenario invents (one with `inferred` instead of `sources`). */
  inventedEvent: 'Invented for this game',
  trustMoved: (before: number, after: number) => `Trust in you: ${before} → ${after}.`,
  pressedNote: 'They will settle for a little less.',
  reassuredNote: 'They feel stronger, and may ask a little more.',
  statementNote: 'Every delegation is under a little more pressure to attend.',
  answeredOn: (date: string) => `To your text of ${date}.`,
  staleAnswer: (clauses: number) =>
    `Your draft has changed ${clauses} ${clauses === 1 ? 'clause' : 'clauses'} since: this answer may no longer hold.`,
  retableCost: (names: string, count: number) =>
    `${names} already refused this very text: tabling it again costs trust with ${count > 1 ? 'each' : 'it'}.`,
  earlierReadings: 'Earlier readings',
  caresMost: 'Cares most: ',
  markTitle: {
    wants: (name: string) => `${name} wants this (its public position)`,
    asks: (name: string) => `${name} asked for this in its last answer`,
    red: (name: string) => `${name} named this a red line`,
  },
  markKinds: 'Solid: their public position · outlined: what they asked for · ✕: a red line',
  changedFromTable: ' · changed from the text on the table',
  onTheTable: 'on the table',
  tablingRule:
    'Costs one action. One option per clause; a text tabled to everyone is the one the conference meets on.',
  noAnswerYet: 'No text tabled to them yet.',
  asksMarked: 'Asks marked on the text.',
  more: 'More',
  moreAbout: 'about',
  nothingLearnt: 'Nothing learnt in private yet: consult them to see what matters to them.',
  inThePress: 'In the press',
  pressStatement: (mediator: string) =>
    `In a public statement, ${mediator} urges every delegation to attend.`,
  pressDraft: (satisfied: string, unhappy: string) =>
    `Diplomats say a new draft of the terms went to every delegation.${satisfied ? ` ${satisfied} ${satisfied.includes(' and ') ? 'are' : 'is'} said to be satisfied.` : ''}${unhappy ? ` ${unhappy} ${unhappy.includes(' and ') ? 'want' : 'wants'} changes.` : ''}`,
  quietNight: 'A quiet night. No news on the wires.',
  goToMeetingRoom: 'Go to the meeting room',
  hideTips: 'Hide tips',
  tip: (step: number, of: number, say: string) => `Tip ${step} of ${of}: ${say}`,
  dayPlan: (date: string) => `The plan for ${date}: map and calendar`,
  /** The conference day, where the delegations are revealed one at a time. */
  conference: {
    office: 'The conference',
    awaited: 'Awaited…',
    showAll: 'Show all delegations',
    continue: 'Continue',
  },
  /** The debrief: the result at the top, then sections a teacher opens in turn (each with a line on what it holds). */
  debrief: {
    onTheDay: 'On the conference day',
    came: 'Came to the conference',
    stayedAway: 'Stayed away',
    worth: (points: string, walkAway: string) =>
      `Your text: ${points} points, against a walk-away value of ${walkAway}`,
    openAll: 'Open all sections',
    closeAll: 'Close all sections',
    chartsTitle: 'Your deal among every possible text',
    chartsHint: (panels: number) =>
      `${panels === 1 ? 'A chart' : `${panels} charts, one for each pair of delegations`}, and the same in points`,
    chartHow:
      'Each dot is a possible text, placed by the points it gives the delegation named below the chart (across) and the one named beside it (up).',
    wantedTitle: 'What each delegation wanted',
    wantedHint: 'Their hidden priorities, walk-away values and red lines, revealed',
    betterHint: {
      dominates: 'A text every delegation would have liked at least as much as yours',
      nash: 'The most balanced text every delegation would have accepted',
      none: 'Whether another text was better for every delegation',
    },
    recordTitle: 'The news and your moves, day by day',
    recordHint: 'What you did each day, and the news each morning brought',
    actualTitle: 'What really happened',
    actualHint: 'The real outcome, and the run-up day by day, with the sources',
    historyTitle: 'The run-up, day by day',
    discussionTitle: 'For discussion',
    discussionHint: (questions: number) =>
      `${questions} ${questions === 1 ? 'question' : 'questions'} for the class`,
  },
} as const;

/** The game's terms, as a player can learn them; the numbers are the rules' own (flow/selectors.ts, RULES_SHOWN). */
export const GLOSSARY = [
  {
    id: 'trust',
    term: 'Trust in you',
    text: `How far a delegation trusts you, 0 to 100: hostile below 20, wary below 40, guarded below 60, open below 80, then confident. Consulting and reassuring build it; pressing, cornering a delegation in a statement and tabling a text it already refused cost it. Below ${RULES_SHOWN.conferenceTrust} a delegation stays away whatever the text; below ${RULES_SHOWN.walkOutTrust} it may walk out of a text it finds too poor; a delegation that walked out comes back at ${RULES_SHOWN.returnTrust}, ${RULES_SHOWN.perReassurance} points of trust per reassurance.`,
  },
  {
    id: 'evidence',
    term: 'The marks ❝ and ≈',
    text: 'Beside each stance: ❝ opens the sentence of the source it comes from; ≈ says that it is inferred, and why.',
  },
  {
    id: 'walk-away',
    term: 'Walk-away value',
    text: 'The least a text must be worth to a delegation for it to attend, on the same 0–100 scale as its points. It is hidden, and each game draws it anew within what the evidence allows; the debrief reveals it.',
  },
  {
    id: 'demand',
    term: 'What a delegation asks for',
    text: `It comes down from its best toward its walk-away value as the conference nears, but only as far as you engage it: left alone it comes ${Math.round(RULES_SHOWN.reachAlone * 100)}% of the way; consulted, and with its counter-proposals taken up, all the way. On the last day of talks, what it says is what it does on the conference day.`,
  },
  {
    id: 'zone',
    term: 'Zone of agreement',
    text: 'The texts every delegation would accept at its walk-away value, crossing none of its red lines. It may be small, and it moves with the news.',
  },
  {
    id: 'pareto',
    term: 'Pareto frontier',
    text: 'The texts no other text beats for every delegation at once. A text off the frontier leaves something on the table that all could have had.',
  },
  {
    id: 'nash',
    term: 'Nash point',
    text: 'The text in the zone of agreement that maximises the product of what each delegation gains above its walk-away value: a balanced deal, not the only fair one.',
  },
] as const;
