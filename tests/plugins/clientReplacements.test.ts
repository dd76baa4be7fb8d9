import { describe, expect, it } from 'vitest';
import { LOADED, REPLACEMENTS, checkTargets, targetPattern } from '../../src/plugins/clientReplacements';

describe('bundle-time replacements (src/plugins/clientReplacements.ts)', () => {
  it('every third-party file they change is installed where they expect it', () => {
    expect(() => checkTargets([...REPLACEMENTS, ...LOADED])).not.toThrow();
  });

  it('a file that moved fails the build, naming it', () => {
    expect(() =>
      checkTargets([
        { pkg: '@docusaurus/core', file: 'lib/client/prefetch.js' },
        { pkg: '@docusaurus/core', file: 'lib/client/moved-away.js' },
        { pkg: '@no-such/package', file: 'index.js' },
      ]),
    ).toThrow(/@docusaurus\/core\/lib\/client\/moved-away\.js, @no-such\/package\/index\.js no longer exist/);
  });

  it('matches the file in node_modules with either path separator, and nothing else', () => {
    const re = targetPattern({ pkg: '@docusaurus/core', file: 'lib/client/prefetch.js' });
    expect(re.test('/x/node_modules/@docusaurus/core/lib/client/prefetch.js')).toBe(true);
    expect(re.test('C:\\x\\node_modules\\@docusaurus\\core\\lib\\client\\prefetch.js')).toBe(true);
    expect(re.test('/x/node_modules/@docusaurus/core/lib/client/prefetchXjs')).toBe(false);
    expect(re.test('/x/node_modules/@docusaurus/core/lib/client/prefetch.js.map')).toBe(false);
    expect(re.test('/x/node_modules/other/lib/client/prefetch.js')).toBe(false);
  });

  it('each replacement file exists', () => {
    for (const r of REPLACEMENTS) expect(() => require.resolve(`../../src/plugins/${r.by}`)).not.toThrow();
    for (const l of LOADED) expect(() => require.resolve(`../../src/plugins/${l.loader}`)).not.toThrow();
  });
});
