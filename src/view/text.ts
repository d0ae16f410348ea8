/** Every string the interface itself shows (scenario text comes from the scenario file). */
export const TEXT = {
  gameTitle: 'Geneva II: The Envoy',
  office: 'United Nations · League of Arab States · Joint Special Representative',
  premise:
    'Ten days in January 2014. As envoy Lakhdar Brahimi, bring Russia, the United States and the Syrian opposition to the peace conference, on terms each of them can accept.',
  start: 'Start',
  startHint: 'Press Enter to begin',
  soundOn: 'Sound on',
  soundOff: 'Sound off',
  soundLabel: 'Sound',
  loading: 'Preparing the dossier',
  briefingTitle: 'Briefing',
  back: 'Back to the title',
  failureTitle: 'The game could not continue',
  reload: 'Reload the game',
  failureNote: 'Nothing you did is lost: your settings are saved in this browser.',
} as const;
