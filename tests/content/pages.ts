// Reads the documentation pages of both locales for the content tests.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const root = path.resolve(__dirname, '..', '..');
export const FR_DIR = path.join(root, 'docs');
export const EN_DIR = path.join(root, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current');

/** Page files (.md/.mdx) under `dir`, as paths relative to it; `_partials` are not pages. */
export function listPages(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((part) => part.startsWith('_')))
    .sort();
}

export interface PageFile {
  file: string; // relative to the repository root, for messages
  frontMatter: Record<string, unknown>;
  body: string;
  bodyLine: number; // line number of the first body line in the file
}

export function readPage(absolute: string): PageFile {
  const text = fs.readFileSync(absolute, 'utf8');
  const file = path.relative(root, absolute);
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
  if (!m) return { file, frontMatter: {}, body: text, bodyLine: 1 };
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(m[1]);
  } catch (err) {
    throw new Error(`${file}: front matter is not valid YAML: ${(err as Error).message}`, { cause: err });
  }
  return {
    file,
    frontMatter: (frontMatter ?? {}) as Record<string, unknown>,
    body: text.slice(m[0].length),
    bodyLine: m[0].split('\n').length,
  };
}

/** Modules a page imports from src/examples (`import x from '@site/src/examples/<id>'`). */
export function exampleImports(body: string): string[] {
  const ids = [...body.matchAll(/from\s+['"]@site\/src\/examples\/([^'"]+)['"]/g)].map((m) =>
    m[1].replace(/\.(t|j)sx?$/, ''),
  );
  return [...new Set(ids)].sort();
}

export interface CodeBlock {
  lang: string;
  code: string;
  line: number; // line of the opening fence in the file
}

/** Fenced code blocks (``` or ~~~, any length), with the line of their opening fence. */
export function codeBlocks(page: PageFile): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = page.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^\s*(`{3,}|~{3,})\s*([\w-]*)/);
    if (!open) continue;
    const fence = open[1];
    const start = i;
    const content: string[] = [];
    for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) content.push(lines[i]);
    const indent = lines[start].match(/^\s*/)![0].length;
    blocks.push({
      lang: open[2],
      code: content.map((l) => l.slice(Math.min(indent, l.search(/\S|$/)))).join('\n'),
      line: page.bodyLine + start,
    });
  }
  return blocks;
}

/** Number of times `marker` opens an admonition in the body. */
export function countMarker(body: string, marker: string): number {
  return body.split('\n').filter((l) => l.trim().startsWith(marker)).length;
}
