import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Plugin, runnerImport } from 'vite';

export const SHIPPED_CATALOG = 'virtual:shipped-catalog';
const RESOLVED = `\0${SHIPPED_CATALOG}`;
const SCENARIO_FILE = /\.(ya?ml|json)$/;
const ASSET_NAME = 'shipped-catalog.json';

/** Every file in scenarios/, by path, as the page's glob would list them. */
export function readScenarioTexts(dir: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(dir).sort())
    if (SCENARIO_FILE.test(name)) texts[`scenarios/${name}`] = readFileSync(join(dir, name), 'utf8');
  return texts;
}

/** The shipped catalog, checked here by the game's own loader (run through Vite: it is TypeScript). */
async function checkedCatalogJson(root: string): Promise<{ json: string; files: string[] }> {
  const texts = readScenarioTexts(join(root, 'scenarios'));
  const { module } = await runnerImport<typeof import('../../src/platform/catalogOf')>(
    join(root, 'src/platform/catalogOf.ts'),
    { configFile: false, logLevel: 'warn' },
  );
  return {
    json: JSON.stringify(module.catalogOf(texts)),
    files: Object.keys(texts).map((p) => join(root, p)),
  };
}

/**
 * `virtual:shipped-catalog`. A build checks scenarios/ once, here, and ships the result as data (a JSON file the
 * page preloads beside its script), so the page neither parses YAML nor validates at start-up, and the loader
 * (YAML, the schema) is fetched only for a file a player opens. With `inline`, the data goes inside the script
 * instead (the one-file build, which fetches nothing). The dev server reads the files in the page
 * (src/platform/scenarioCatalog.ts), so an author's edit reaches the game without a reload.
 */
export function shippedCatalog(root: string, options: { inline?: boolean } = {}): Plugin {
  let serving = false;
  const compiled = JSON.stringify(join(root, 'src/platform/compiledCatalog.ts'));
  return {
    name: 'envoy:shipped-catalog',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === SHIPPED_CATALOG ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (serving) return `export * from ${JSON.stringify(join(root, 'src/platform/scenarioCatalog.ts'))};`;
      const { json, files } = await checkedCatalogJson(root);
      for (const file of files) this.addWatchFile(file);
      const source = options.inline
        ? `const read = async () => ${JSON.stringify(json)};`
        : `const url = import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: ASSET_NAME, source: json })};
const read = async () => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`the game's scenarios (\${url}) did not load: HTTP \${response.status}\`);
  return response.text();
};`;
      return `import { catalogFromJson } from ${compiled};
${source}
export const shippedScenarios = async () => catalogFromJson(await read());
export function watchShippedScenarios() {}
`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const asset = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes(ASSET_NAME),
        );
        if (!asset) return undefined;
        // Fetched while the script downloads, not after it runs: the title needs it at once.
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${asset.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
