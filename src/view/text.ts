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
  /** How a delegation takes the envoy's last move (until each scenario has its own phrasebook). */
  reaction: {
    pressed: 'We hear you. We will see what more we can give.',
    reassured: 'We appreciate your confidence in us.',
    cornered: 'You put us on the spot, in public. We will remember it.',
    statement: 'We have read your statement.',
  },
  trustMoved: (before: number, after: number) => `Trust in you: ${before} → ${after}.`,
  pressedNote: 'They will settle for a little less.',
  reassuredNote: 'They feel stronger, and may ask a little more.',
  statementNote: 'Every delegation is under a little more pressure to attend.',
  answeredOn: (date: string) => `Their answer to the text you tabled on ${date}.`,
  staleAnswer: (clauses: number) =>
    `Your draft has changed ${clauses} ${clauses === 1 ? 'clause' : 'clauses'} since: this answer may no longer hold.`,
  retableCost: (names: string, count: number) =>
    `${names} already refused this very text: tabling it again costs trust with ${count > 1 ? 'each' : 'it'}.`,
  earlierReadings: 'Earlier readings',
  inThePress: 'In the press',
  pressStatement: (mediator: string) =>
    `In a public statement, ${mediator} urges every delegation to attend.`,
  pressDraft: (satisfied: string, unhappy: string) =>
    `Diplomats say a new draft of the terms went to every delegation.${satisfied ? ` ${satisfied} ${satisfied.includes(' and ') ? 'are' : 'is'} said to be satisfied.` : ''}${unhappy ? ` ${unhappy} ${unhappy.includes(' and ') ? 'want' : 'wants'} changes.` : ''}`,
  quietNight: 'A quiet night. No news on the wires.',
} as const;
