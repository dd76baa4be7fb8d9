/**
 * One local plugin for every bundle-time change to third-party files, each for a cost measured on a
 * phone's first load or for a bug (details in each file under src/replacements; same exports, same
 * behaviour for the reader):
 * - the theme's Prism client module: Prism and its grammars (~0.5 s on a phone) left every page's first
 *   load; code blocks load Prism on demand (src/theme/CodeBlock) and register the languages;
 * - core's prefetch helper: one request per distinct file, made while the browser is idle;
 * - core's browser context, theme-common's window-size hook and mobile secondary-menu filler: the renders
 *   that follow hydration (browser-only parts, the phone layout) run as transitions, in slices, instead of
 *   one long task each;
 * - core's client entry: the app's modules run over several tasks instead of one (~160 ms);
 * - two fixes to the search plugin (src/replacements/searchPluginFixes.cjs): its inputs get a translated
 *   aria-label, and /search?q=… opened directly keeps its query.
 * On the client build, too: each page's HTML lists its route's chunks (routeChunksManifest.ts), and React
 * DOM and the search engine are files of their own, so no single script is compiled in one go.
 *
 * A swap matches a file by its path: if an upgrade moves or renames the file, the swap would silently stop
 * applying. So every target is looked up when the plugin starts, and the build fails naming it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { routeChunksManifestPlugin } from '../replacements/routeChunksManifest';

/** A third-party file: its package, and its path inside the package. */
interface Target {
  pkg: string;
  file: string;
}

/** Files replaced by ours (webpack's NormalModuleReplacementPlugin). */
export const REPLACEMENTS: (Target & { by: string })[] = [
  { pkg: '@docusaurus/theme-classic', file: 'lib/prism-include-languages.js', by: '../replacements/noPrism.js' },
  { pkg: '@docusaurus/core', file: 'lib/client/prefetch.js', by: '../replacements/prefetch.ts' },
  { pkg: '@docusaurus/core', file: 'lib/client/browserContext.js', by: '../replacements/browserContext.tsx' },
  { pkg: '@docusaurus/theme-common', file: 'lib/hooks/useWindowSize.js', by: '../replacements/useWindowSize.ts' },
  {
    pkg: '@docusaurus/theme-common',
    file: 'lib/contexts/navbarSecondaryMenu/content.js',
    by: '../replacements/navbarSecondaryMenuContent.tsx',
  },
  { pkg: '@docusaurus/core', file: 'lib/client/clientEntry.js', by: '../replacements/clientEntry.tsx' },
];

/** Files rewritten by a loader of ours. */
export const LOADED: (Target & { loader: string })[] = [
  {
    pkg: '@easyops-cn/docusaurus-search-local',
    file: 'dist/client/client/theme/SearchBar/SearchBar.jsx',
    loader: '../replacements/searchPluginFixes.cjs',
  },
  {
    pkg: '@easyops-cn/docusaurus-search-local',
    file: 'dist/client/client/theme/SearchPage/SearchPage.jsx',
    loader: '../replacements/searchPluginFixes.cjs',
  },
];

/** The entry's files (see the cacheGroups below); a page's other scripts are its route's chunks. */
export const ENTRY_CHUNKS = ['runtime~main', 'main', 'react-dom', 'search'];

/** The folder of an installed package, found as Node would from this project (no `exports` map involved). */
function packageDir(pkg: string): string | undefined {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const candidate = path.join(dir, pkg);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  return undefined;
}

/** Throws, naming each one, when a target file is no longer where the swaps expect it. */
export function checkTargets(targets: readonly Target[]): void {
  const missing = targets.filter(({ pkg, file }) => {
    const dir = packageDir(pkg);
    return !dir || !fs.existsSync(path.join(dir, file));
  });
  if (missing.length) {
    throw new Error(
      `podlab-client-replacements: ${missing.map((t) => `${t.pkg}/${t.file}`).join(', ')} no longer exist(s). ` +
        'A dependency was upgraded: check what became of each file, then update or drop its swap in src/plugins/clientReplacements.ts.',
    );
  }
}

/** A path regular expression for a target (either separator). */
export function targetPattern({ pkg, file }: Target): RegExp {
  const parts = [...pkg.split('/'), ...file.split('/')].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`[\\\\/]${parts.join('[\\\\/]')}$`);
}

export function clientReplacements(context: LoadContext): Plugin {
  checkTargets([...REPLACEMENTS, ...LOADED]);
  return {
    name: 'podlab-client-replacements',
    configureWebpack(_config, isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      const plugins = REPLACEMENTS.map(
        (t) => new NormalModuleReplacementPlugin(targetPattern(t), require.resolve(t.by)),
      );
      const module = {
        rules: LOADED.map((t) => ({ test: targetPattern(t), use: [{ loader: require.resolve(t.loader) }] })),
      };
      if (isServer) return { plugins, module };
      return {
        module,
        plugins: [...plugins, routeChunksManifestPlugin(context.generatedFilesDir)],
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Names listed in ENTRY_CHUNKS.
              reactDom: {
                test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
                chunks: 'initial',
                name: 'react-dom',
                priority: 30,
                enforce: true,
              },
              search: {
                test: /[\\/]node_modules[\\/](lunr|lunr-languages|@easyops-cn)[\\/]/,
                chunks: 'initial',
                name: 'search',
                priority: 30,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
