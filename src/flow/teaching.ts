import type { RunContext } from './runContext';

export interface TeachingPrompt {
  readonly say: string;
  /** 1-based, for "Tip 2 of 4". */
  readonly step: number;
  readonly of: number;
}

/**
 * The first day teaches by doing: the scenario's prompts, one at a time, each shown until the player has made
 * its move that day (in any order: a prompt already done is passed over). Read from the journal, so a resumed game shows the same prompt.
 */
export function teachingPrompt(run: RunContext): TeachingPrompt | null {
  const prompts = run.scenario.teaching;
  if (run.game.day !== 0 || prompts.length === 0) return null;
  const made = new Set(run.journal.filter((entry) => entry.day === 0).map((entry) => entry.move?.type));
  const next = prompts.findIndex((prompt) => !made.has(prompt.until));
  return next < 0 ? null : { say: prompts[next]!.say, step: next + 1, of: prompts.length };
}
