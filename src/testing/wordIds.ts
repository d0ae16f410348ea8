import { FIXTURE_SCENARIO } from './fixtureScenario';

/**
 * The three-valley fixture with two parties named by words the teacher's page uses of its own: Middle Valley's
 * id is "mediator", Lower Valley's "all" (the schema reserves neither). Its portraits stay as they are.
 */
export function wordIdsText(): string {
  return FIXTURE_SCENARIO.replace('  id: three-valleys\n', '  id: word-valleys\n')
    .split('\n')
    .map((line) =>
      line.includes('portrait:')
        ? line
        : line.replace(/(?<![\w-])middle(?![\w-])/g, 'mediator').replace(/(?<![\w-])lower(?![\w-])/g, 'all'),
    )
    .join('\n');
}
