import type { Plugin } from 'vite';

const SCENARIO_FILE = /[\\/]scenarios[\\/][^\\/]+\.(ya?ml|json)$/;

/**
 * Dev server only. Vite hot-updates the scenario catalog (src/platform/scenarioCatalog.ts accepts its own
 * update) when a file in scenarios/ is added or edited, but reloads the page when one is deleted, because the
 * deleted file's own module has no one to accept it. Here a deletion updates the modules that imported the file
 * instead (the catalog), so it reaches the page as an event like any other change.
 */
export function scenarioWatch(): Plugin {
  return {
    name: 'envoy:scenario-watch',
    apply: 'serve',
    hotUpdate({ type, file, modules }) {
      if (type !== 'delete' || !SCENARIO_FILE.test(file)) return;
      return [...new Set(modules.flatMap((module) => [...module.importers]))];
    },
  };
}
