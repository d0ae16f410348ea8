/**
 * What the schema fixes that the game needs without the schema library: the nouns of a scenario that names
 * none, and the bounds the save and result files share with it.
 */
export const TERMS_DEFAULTS = {
  meeting: 'meeting',
  party: 'party',
  parties: 'parties',
  mediator: 'mediator',
  news: 'news',
} as const;

export const MOST_REFLECTION_QUESTIONS = 8;
