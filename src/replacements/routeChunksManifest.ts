/**
 * Lets each page's HTML list the chunks of its own route, not only the app's entry files.
 *
 * Docusaurus picks a page's scripts with react-loadable-ssr-addon's `getBundles(manifest, modules)`,
 * where `modules` are the module paths the server render reported (`@site/docs/x.mdx`,
 * `@theme/DocRoot`...) but the manifest is keyed by chunk name (`00a060bb`): nothing matches, so the
 * browser learns of the route's chunks only once main.js has run `preload()`, which then appends
 * one script per chunk and waits for them. This adds, after the client build has written the
 * manifest, an alias per module path, taken from the generated registry (chunk name → module path).
 * Build time only; node code.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ClientManifest {
  origins: Record<string, string[]>;
}

/** `"00a060bb": [() => import(/* webpackChunkName: "00a060bb" *\/ "@site/docs/x.mdx"), "@site/docs/x.mdx", ...]` */
const REGISTRY_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): \[\(\) => import\([^)]*?("(?:[^"\\]|\\.)*")\),/gm;

export function registryModules(registrySource: string): Map<string, string> {
  const chunkNameToModule = new Map<string, string>();
  for (const [, chunkName, modulePath] of registrySource.matchAll(REGISTRY_ENTRY)) {
    chunkNameToModule.set(JSON.parse(chunkName), JSON.parse(modulePath));
  }
  return chunkNameToModule;
}

export function addModuleAliases(manifest: ClientManifest, chunkNameToModule: Map<string, string>): number {
  let added = 0;
  for (const [chunkName, modulePath] of chunkNameToModule) {
    const chunks = manifest.origins[chunkName];
    if (chunks && !manifest.origins[modulePath]) {
      manifest.origins[modulePath] = chunks;
      added += 1;
    }
  }
  return added;
}

/** An Rspack/webpack plugin for the client compiler: rewrites the manifest once it is written. */
export function routeChunksManifestPlugin(generatedFilesDir: string) {
  return {
    apply(compiler: { hooks: { done: { tap(name: string, fn: () => void): void } } }) {
      compiler.hooks.done.tap('podlab-route-chunks-manifest', () => {
        const manifestPath = path.join(generatedFilesDir, 'client-manifest.json');
        const registryPath = path.join(generatedFilesDir, 'registry.js');
        if (!fs.existsSync(manifestPath) || !fs.existsSync(registryPath)) return;
        const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ClientManifest;
        const chunkNameToModule = registryModules(fs.readFileSync(registryPath, 'utf8'));
        if (chunkNameToModule.size === 0) {
          throw new Error(`routeChunksManifest: no entry recognised in ${registryPath}; has its format changed?`);
        }
        if (addModuleAliases(manifest, chunkNameToModule) > 0) {
          fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
        }
      });
    },
  };
}
