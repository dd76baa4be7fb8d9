import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addModuleAliases, registryModules, routeChunksManifestPlugin } from './routeChunksManifest';

// The shape Docusaurus 3.10 writes to .docusaurus/registry.js.
const REGISTRY = `export default {
  "0058b4c6": [() => import(/* webpackChunkName: "0058b4c6" */ "@generated/docusaurus-plugin-content-docs/default/p/docs-175.json"), "@generated/docusaurus-plugin-content-docs/default/p/docs-175.json", require.resolveWeak("@generated/docusaurus-plugin-content-docs/default/p/docs-175.json")],
  "00a060bb": [() => import(/* webpackChunkName: "00a060bb" */ "@site/docs/probes/pitfalls.mdx"), "@site/docs/probes/pitfalls.mdx", require.resolveWeak("@site/docs/probes/pitfalls.mdx")],
  "5e95c892": [() => import(/* webpackChunkName: "5e95c892" */ "@theme/DocsRoot"), "@theme/DocsRoot", require.resolveWeak("@theme/DocsRoot")],
  "q\\"uote": [() => import(/* webpackChunkName: "q\\"uote" */ "@site/docs/a \\"b\\".mdx"), "@site/docs/a \\"b\\".mdx", require.resolveWeak("@site/docs/a \\"b\\".mdx")],
};
`;

describe('routeChunksManifest', () => {
  it('reads chunk name → module path from the generated registry', () => {
    const map = registryModules(REGISTRY);
    expect(map.get('0058b4c6')).toBe('@generated/docusaurus-plugin-content-docs/default/p/docs-175.json');
    expect(map.get('00a060bb')).toBe('@site/docs/probes/pitfalls.mdx');
    expect(map.get('5e95c892')).toBe('@theme/DocsRoot');
    expect(map.get('q"uote')).toBe('@site/docs/a "b".mdx');
    expect(map.size).toBe(4);
  });

  it('aliases each module path to its chunk, keeping existing keys', () => {
    const manifest: { origins: Record<string, string[]> } = {
      origins: { '00a060bb': ['4014', '2407'], '5e95c892': ['5e95c892'], main: ['main'], '@theme/DocsRoot': ['x'] },
    };
    const added = addModuleAliases(manifest, registryModules(REGISTRY));
    expect(added).toBe(1);
    expect(manifest.origins['@site/docs/probes/pitfalls.mdx']).toEqual(['4014', '2407']);
    expect(manifest.origins['@theme/DocsRoot']).toEqual(['x']);
    // A chunk the manifest does not know gets no alias.
    expect(manifest.origins).not.toHaveProperty('@generated/docusaurus-plugin-content-docs/default/p/docs-175.json');
  });

  it('rewrites the manifest when the client compiler is done, and refuses a registry it cannot read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'route-chunks-'));
    fs.writeFileSync(path.join(dir, 'registry.js'), REGISTRY);
    fs.writeFileSync(
      path.join(dir, 'client-manifest.json'),
      JSON.stringify({ entrypoints: ['main'], origins: { '00a060bb': ['2407'] }, assets: {} }),
    );
    let done: () => void = () => {};
    routeChunksManifestPlugin(dir).apply({ hooks: { done: { tap: (_name, fn) => (done = fn) } } });
    done();
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'client-manifest.json'), 'utf8'));
    expect(manifest.origins['@site/docs/probes/pitfalls.mdx']).toEqual(['2407']);
    expect(manifest.entrypoints).toEqual(['main']);

    fs.writeFileSync(path.join(dir, 'registry.js'), 'export default {};');
    expect(() => done()).toThrow(/no entry recognised/);
  });
});
