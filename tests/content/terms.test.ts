// Pages stand on their own (no reference to "the notes") and the French pages use one term per concept
// (the list in the glossary); rejected variants may only appear in the front matter's `keywords`.
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {EN_DIR, FR_DIR, listPages, readPage} from './pages';

/** The page text a reader sees: title, description and body, without the search keywords. */
function readable(file: string): {file: string; lines: string[]} {
  const page = readPage(file);
  const head = ['title', 'description'].map((k) => String(page.frontMatter[k] ?? ''));
  // `:::note` opens an admonition; it is markup, not a reference to notes.
  const lines = [...head, ...page.body.split('\n')].map((l) => l.replace(/^\s*:::note\b/, ''));
  return {file: page.file, lines};
}

function offending(lines: string[], pattern: RegExp): string[] {
  return lines.filter((l) => pattern.test(l)).map((l) => l.trim().slice(0, 120));
}

const NOTES = /\bnotes?\b|notes d'origine|original notes/i;

const REJECTED_FR: Array<[RegExp, string]> = [
  [/étiquette/i, 'label (or tag for an image)'],
  [/planificat/i, 'ordonnanceur'],
  [/évènement/i, 'événement'],
  [/\bgrappe/i, 'cluster'],
  [/\bvidange/i, 'drain'],
  [/porte de fonctionnalité/i, 'feature gate'],
  [/\bmarques?\b/i, 'taint'],
  [/\btir(?:er|age|ages|é|ée|és|e|ent)\b/i, 'télécharger / téléchargement'],
  [/espaces? de noms/i, 'namespace'],
  [/\bcrochets?\b/i, 'hook'],
  [/sondes? de disponibilité/i, 'sonde de préparation (disponible is kept for Available)'],
];

describe('pages stand on their own', () => {
  for (const file of [...listPages(FR_DIR).map((p) => path.join(FR_DIR, p)), ...listPages(EN_DIR).map((p) => path.join(EN_DIR, p))]) {
    const page = readable(file);
    it(`${page.file} does not refer to "the notes"`, () => {
      expect(offending(page.lines, NOTES)).toEqual([]);
    });
  }
});

describe('French terms: one per concept', () => {
  for (const file of listPages(FR_DIR).map((p) => path.join(FR_DIR, p))) {
    const page = readable(file);
    it(`${page.file} uses the chosen terms`, () => {
      const found = REJECTED_FR.flatMap(([re, use]) => offending(page.lines, re).map((l) => `use « ${use} »: ${l}`));
      expect(found).toEqual([]);
    });
  }
});
