import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { applyDefaults, parsePod, validatePod, formatFieldError } from '../../src/lifecycle';
import { EN_DIR, FR_DIR, codeBlocks, countMarker, exampleImports, listPages, readPage } from './pages';

const frPages = listPages(FR_DIR);
const enPages = listPages(EN_DIR);
const MISCONCEPTION = { fr: ':::warning[Idée reçue]', en: ':::warning[Common misconception]' };

describe('documentation pages', () => {
  it('exist in both locales', () => {
    expect(frPages.length).toBeGreaterThan(0);
    expect(enPages.length).toBeGreaterThan(0);
  });

  it('every French page has an English twin at the same path', () => {
    expect(frPages.filter((p) => !enPages.includes(p)).map((p) => `missing i18n/en/.../current/${p}`)).toEqual([]);
  });

  it('every English page has a French original at the same path', () => {
    expect(enPages.filter((p) => !frPages.includes(p)).map((p) => `missing docs/${p}`)).toEqual([]);
  });
});

for (const rel of frPages.filter((p) => enPages.includes(p))) {
  describe(rel, () => {
    const fr = readPage(path.join(FR_DIR, rel));
    const en = readPage(path.join(EN_DIR, rel));

    it('imports the same examples in both locales', () => {
      expect(exampleImports(en.body), `${en.file} vs ${fr.file}`).toEqual(exampleImports(fr.body));
    });

    it('has a title and a description in both locales', () => {
      for (const page of [fr, en]) {
        for (const field of ['title', 'description']) {
          const value = page.frontMatter[field];
          expect(typeof value === 'string' && value.trim().length > 0, `${page.file}: front matter "${field}"`).toBe(
            true,
          );
        }
      }
    });

    it('corrects the same misconceptions in both locales', () => {
      expect(
        countMarker(en.body, MISCONCEPTION.en),
        `${MISCONCEPTION.en} in ${en.file} vs ${MISCONCEPTION.fr} in ${fr.file}`,
      ).toBe(countMarker(fr.body, MISCONCEPTION.fr));
    });
  });
}

// Every Pod manifest shown on a page must be one the API server would accept.
const podManifests = [...frPages.map((p) => path.join(FR_DIR, p)), ...enPages.map((p) => path.join(EN_DIR, p))].flatMap(
  (file) => {
    const page = readPage(file);
    return codeBlocks(page)
      .filter((b) => b.lang === 'yaml' || b.lang === 'yml')
      .flatMap((b) =>
        parseAllDocuments(b.code).map((doc, i) => ({
          where: `${page.file}:${b.line}${i ? ` (document ${i + 1})` : ''}`,
          doc,
        })),
      )
      .filter(
        ({ doc }) =>
          !('empty' in doc) && doc.errors.length === 0 && (doc.toJS() as { kind?: unknown } | null)?.kind === 'Pod',
      );
  },
);

describe('Pod manifests in the docs', () => {
  it('there are some', () => {
    expect(podManifests.length).toBeGreaterThan(0);
  });

  for (const { where, doc } of podManifests) {
    it(`${where} is a valid Pod`, () => {
      const pod = applyDefaults(parsePod(doc.toString()));
      expect(validatePod(pod).map(formatFieldError)).toEqual([]);
    });
  }
});

describe('YAML blocks', () => {
  for (const file of [...frPages.map((p) => path.join(FR_DIR, p)), ...enPages.map((p) => path.join(EN_DIR, p))]) {
    const page = readPage(file);
    const yamlBlocks = codeBlocks(page).filter((b) => b.lang === 'yaml' || b.lang === 'yml');
    if (yamlBlocks.length === 0) continue;
    it(`${page.file}: every yaml block parses`, () => {
      const problems = yamlBlocks.flatMap((b) =>
        parseAllDocuments(b.code).flatMap((doc) =>
          'empty' in doc ? [] : doc.errors.map((e) => `${page.file}:${b.line}: ${e.message}`),
        ),
      );
      expect(problems).toEqual([]);
    });
  }
});
