import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './pages';

describe('translations', () => {
  it('English fragments are merged and no English string is still French (node scripts/merge-i18n.mjs --check)', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'merge-i18n.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr.trim(), 'run `npm run i18n` and translate what it lists').toBe('');
    expect(result.status).toBe(0);
  });

  it('every sidebar folder has an English label fragment', () => {
    const folders = fs
      .readdirSync(path.join(root, 'docs'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'docs', d.name, '_category_.json')))
      .map((d) => d.name);
    const missing = folders.filter((f) => !fs.existsSync(path.join(root, 'i18n', 'en', 'categories', `${f}.json`)));
    expect(missing.map((f) => `i18n/en/categories/${f}.json`)).toEqual([]);
  });

  it('the search bar and search page speak French on the French site', () => {
    const fr = JSON.parse(fs.readFileSync(path.join(root, 'i18n', 'fr', 'code.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    for (const id of [
      'theme.SearchBar.label',
      'theme.SearchBar.noResultsText',
      'theme.SearchPage.emptyResultsTitle',
      'theme.Playground.buttons.reset',
    ]) {
      expect(fr[id]?.message, id).toBeTruthy();
    }
    expect(fr['theme.SearchBar.label'].message).toBe('Rechercher');
    expect(fr['theme.SearchPage.noResultsText'].message).not.toBe('No documents were found');
  });
});
