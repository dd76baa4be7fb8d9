// Content checks of the prose: French typography in the French pages (through the build's own step),
// no reference to documents the reader has not seen, one term per concept.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_DIR, FR_DIR, listPages, readPage, root } from './pages';
import { parseMdx, proseTexts, typographed, type ProseText } from './mdx';
import { NNBSP, frenchTypographyText } from '../../src/plugins/frenchTypography';
import { TERMS, findRejectedTerms } from './terms';

const frPages = listPages(FR_DIR).map((f) => path.join(FR_DIR, f));
const enPages = listPages(EN_DIR).map((f) => path.join(EN_DIR, f));
const rel = (file: string) => path.relative(root, file);

/** Line in the file of offset `index` inside a text node that starts on `line`. */
const lineAt = (t: ProseText, index: number) => t.line + (t.value.slice(0, index).match(/\n/g)?.length ?? 0);

/** Ordinary spaces or nothing before ; : ! ? in prose (URLs, times, `::`, emoticons aside). */
function missingSpaces(texts: ProseText[]): { line: number; excerpt: string }[] {
  const out: { line: number; excerpt: string }[] = [];
  for (const t of texts) {
    const urls = [...t.value.matchAll(/\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S*/gi)].map((m) => [
      m.index!,
      m.index! + m[0].length,
    ]);
    for (const m of t.value.matchAll(/[;:!?]/g)) {
      const i = m.index!;
      if (urls.some(([a, b]) => i >= a && i < b)) continue;
      const next = i + 1 < t.value.length ? t.value[i + 1] : t.after.slice(0, 1);
      const prev = i > 0 ? t.value[i - 1] : t.before.slice(-1);
      const punct =
        m[0] === ';' || m[0] === ':'
          ? (next === '' || /\s/.test(next)) && prev !== ':'
          : next === '' || /[\s!?)\]»”"’,…]/.test(next);
      if (!punct || prev === '' || prev === '!' || prev === '?' || prev === NNBSP) continue;
      out.push({ line: lineAt(t, i), excerpt: t.value.slice(Math.max(0, i - 25), i + 2).replace(/\s+/g, ' ') });
    }
  }
  return out;
}

describe('French typography of the French pages', () => {
  it('finds pages', () => {
    expect(frPages.length).toBeGreaterThan(5);
  });

  it('the check finds ordinary spaces in a page that did not go through the step', () => {
    expect(
      missingSpaces(proseTexts(parseMdx('Pourquoi ? Parce que : voilà ; enfin !\n\nÀ 10:30, voir https://a.b/?c.'))),
    ).toHaveLength(4);
  });

  it.each(frPages.map((f) => [rel(f), f]))(
    '%s: no ordinary space or nothing before ; : ! ? once built',
    (_name, file) => {
      const source = fs.readFileSync(file, 'utf8');
      const problems = missingSpaces(proseTexts(typographed(source))).map(
        (p) => `${rel(file)}:${p.line}: …${p.excerpt}`,
      );
      expect(problems, 'the French typography step leaves these marks without a narrow no-break space').toEqual([]);
    },
  );
});

/** Heading ids as Docusaurus' own headings plugin computes them on a tree. */
async function headingIds(tree: unknown): Promise<string[]> {
  const { default: headings } = (await import('@docusaurus/mdx-loader/lib/remark/headings/index.js')) as unknown as {
    default: (o: { anchorsMaintainCase: boolean }) => (t: unknown) => Promise<void>;
  };
  await headings({ anchorsMaintainCase: false })(tree);
  const ids: string[] = [];
  const walk = (n: { type: string; data?: { id?: string }; children?: unknown[] }): void => {
    if (n.type === 'heading') ids.push(String(n.data?.id));
    (n.children ?? []).forEach((c) => walk(c as typeof n));
  };
  walk(tree as { type: string });
  return ids;
}

describe('heading anchors do not move', () => {
  it.each(frPages.map((f) => [rel(f), f]))('%s: same ids with and without the typography step', async (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(await headingIds(typographed(source))).toEqual(await headingIds(parseMdx(source)));
  });
});

describe('French typography of the interface strings', () => {
  const read = (locale: string) =>
    JSON.parse(fs.readFileSync(path.join(root, 'i18n', locale, 'code.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;

  it('i18n/fr/code.json is already typeset (components show these strings as they are)', () => {
    const wrong = Object.entries(read('fr'))
      .filter(([, e]) => frenchTypographyText(e.message) !== e.message)
      .map(([id, e]) => `${id}: ${JSON.stringify(e.message)} → ${JSON.stringify(frenchTypographyText(e.message))}`);
    expect(wrong, 'apply frenchTypographyText to these messages (src/plugins/frenchTypography.ts)').toEqual([]);
  });

  it('i18n/en/code.json has no French spacing', () => {
    expect(
      Object.entries(read('en'))
        .filter(([, e]) => e.message.includes(NNBSP))
        .map(([id]) => id),
    ).toEqual([]);
  });
});

// "the notes", « les notes », « notes d'origine »: the reader never saw them.
const NOTE_PATTERNS = [
  /\b(?:les|des|ces|aux)\s+notes\b(?!\s+de\s+(?:version|publication))/giu,
  /(?<!\b(?:les|des|ces|aux)\s+)\bnotes\s+d['’]origine\b/giu,
  /\b(?:the|these|those)\s+(?:original\s+|source\s+)?notes\b(?!\s+of\b)/giu,
  /(?<!\b(?:the|these|those)\s+)\boriginal\s+notes\b/giu,
];

describe('pages stand on their own', () => {
  it.each([...frPages, ...enPages].map((f) => [rel(f), f]))('%s: no reference to "the notes"', (_name, file) => {
    const page = readPage(file);
    const found: string[] = [];
    const meta = [page.frontMatter.title, page.frontMatter.description].filter(
      (v): v is string => typeof v === 'string',
    );
    for (const text of meta)
      for (const re of NOTE_PATTERNS)
        for (const m of text.matchAll(re)) found.push(`${rel(file)}:2: « ${m[0]} » (front matter)`);
    for (const t of proseTexts(parseMdx(fs.readFileSync(file, 'utf8')))) {
      for (const re of NOTE_PATTERNS) {
        for (const m of t.value.matchAll(re))
          found.push(`${rel(file)}:${lineAt(t, m.index!)}: « ${m[0].replace(/\s+/g, ' ')} »`);
      }
    }
    expect(found, 'pages must not refer to notes or documents the reader has not seen').toEqual([]);
  });
});

describe('one term per concept in French prose', () => {
  it('the variants are found with accent-aware word boundaries, and only those', () => {
    const found = (s: string) => findRejectedTerms(s).map((h) => h.match);
    expect(
      found('Un évènement, une étiquette, le planificateur, une grappe, la vidange, les portes de fonctionnalité'),
    ).toEqual(['évènement', 'étiquette', 'planificateur', 'grappe', 'vidange', 'portes de fonctionnalité']);
    expect(found('tirer l’image, le tirage, l’image est tirée')).toEqual(['tirer', 'tirage', 'tirée']);
    expect(found('la marque (*taint*) et les marques du nœud')).toEqual(['la marque', 'les marques']);
    expect(
      found('un événement, retirer, attirer, tirer parti de, le contrôleur marque les adresses, il le marque'),
    ).toEqual([]);
    expect(found('ÉVÈNEMENTS')).toEqual(['ÉVÈNEMENTS']);
  });

  it('each rule names its preferred term', () => {
    for (const rule of TERMS) expect(rule.preferred).toMatch(/\S/);
  });

  it.each(frPages.map((f) => [rel(f), f]))('%s: preferred terms only (front matter keywords aside)', (_name, file) => {
    const page = readPage(file);
    const found: string[] = [];
    for (const key of ['title', 'description', 'sidebar_label']) {
      const v = page.frontMatter[key];
      if (typeof v === 'string')
        for (const h of findRejectedTerms(v))
          found.push(`${rel(file)} (front matter ${key}): « ${h.match} » → ${h.rule.preferred}`);
    }
    for (const t of proseTexts(parseMdx(fs.readFileSync(file, 'utf8')))) {
      // The inline code that follows is context (« la marque `node.kubernetes.io/…` »), not a place to look.
      for (const h of findRejectedTerms(t.value + t.after).filter((x) => x.index < t.value.length))
        found.push(`${rel(file)}:${lineAt(t, h.index)}: « ${h.match.replace(/\s+/g, ' ')} » → ${h.rule.preferred}`);
    }
    expect(found, 'use the glossary term (docs/glossary.mdx, tests/content/terms.ts)').toEqual([]);
  });
});
