/**
 * French typography, added at build time to the French pages only (registered in docusaurus.config.ts
 * when the locale being built is `fr`): authors write plain spaces and straight apostrophes, readers get
 * - a narrow no-break space (U+202F) before ; : ! ? and inside « » (replacing an ordinary space, a
 *   no-break space or a line break there, or inserted when there was nothing);
 * - a typographic apostrophe ’ for ' between two letters (l'image → l’image).
 *
 * Only Markdown text is touched: inline code, code blocks, live examples, JSX attributes and
 * expressions, ESM, front matter and HTML are left alone, as is text inside a JSX element with a `lang`
 * other than French (<span lang="en">Deprecated: …</span>), and so are URLs (http://…), times and image
 * references (10:30, nginx:1.27: a colon with no space after it), `::`, emoticons (:) ;-)) and
 * operators (!=, ?.). Heading anchors keep the id of the text as written, so links do not break.
 *
 * How the locale reaches the plugin: Docusaurus 3 gives remark plugins no locale, but builds one locale
 * after the other, setting process.env.DOCUSAURUS_CURRENT_LOCALE before it loads docusaurus.config.ts
 * afresh for that locale (core/lib/commands/build/buildLocale.js; `docusaurus start` sets it to the
 * --locale option, the string "undefined" without one). See currentBuildLocale().
 */

export const NNBSP = '\u202f';
const NBSP = '\u00a0';
/** Stands for an inline element (code, JSX, expression) next to text: behaves like a word character. */
const OPAQUE = '\ue000';

/** The locale Docusaurus is building or serving; `fallback` (the default locale) when none is set. */
export function currentBuildLocale(
  fallback: string,
  env: Record<string, string | undefined> = process.env,
  argv: readonly string[] = process.argv,
): string {
  const value = env.DOCUSAURUS_CURRENT_LOCALE;
  if (value && value !== 'undefined') return value;
  // `docusaurus write-translations --locale en` sets no variable: read the flag, or the English category
  // labels would be extracted under their French-typeset keys.
  const at = argv.indexOf('--locale');
  const flag = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  return flag || fallback;
}

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{M}]/u.test(c);
const isWordish = (c: string | undefined): boolean =>
  !!c && (/[\p{L}\p{M}\p{N}_)\]}”"'’*…%°]/u.test(c) || c === OPAQUE || c === '»');
const isSpace = (c: string | undefined): boolean => c === ' ' || c === NBSP || c === NNBSP || c === '\t' || c === '\n';
/** After ; or :, only the end of the text or a space: a colon followed by anything else is not punctuation (10:30, nginx:1.27, ::, :)). */
const endsClause = (c: string | undefined): boolean => c === undefined || c === '' || isSpace(c);
/** After ! or ?: the end, a space, another ! or ?, or closing punctuation. */
const endsSentence = (c: string | undefined, then: string): boolean =>
  endsClause(c) || /[!?)\]»”"'’,…]/.test(c!) || (c === '.' && !isWordish(then));

/** Ranges that are URLs (scheme://… or www.…), left untouched. */
function urlRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/\b(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)[^\s<>«»"]*/gi))
    ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

export interface TextContext {
  /** Last character of what comes before this text in the same paragraph ('' at the start). */
  before?: string;
  /** First character of what follows ('' at the end). */
  after?: string;
}

/**
 * French typography of one run of prose. `before`/`after` give the neighbouring characters when the
 * text is one piece of a paragraph (e.g. after inline code), so "`ready`?" gets its space too.
 */
export function frenchTypographyText(text: string, { before = '', after = '' }: TextContext = {}): string {
  if (typeof text !== 'string') throw new TypeError('frenchTypographyText: text must be a string');
  const urls = urlRanges(text);
  const inUrl = (i: number) => urls.some(([a, b]) => i >= a && i < b);
  const n = text.length;
  const charAt = (i: number): string => (i < 0 ? before : i >= n ? after : text[i]);
  const out: string[] = [];
  /** Removes the spaces just written; whether there were any. */
  const dropSpaces = (): boolean => {
    let removed = false;
    while (out.length && isSpace(out[out.length - 1])) {
      out.pop();
      removed = true;
    }
    return removed;
  };
  const previous = (): string => (out.length ? out[out.length - 1] : before);
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (inUrl(i)) {
      out.push(c);
      continue;
    }
    const next = charAt(i + 1);
    if (c === ';' || c === ':' || c === '!' || c === '?') {
      const isPunct =
        c === ';' || c === ':' ? endsClause(next) && charAt(i - 1) !== ':' : endsSentence(next, charAt(i + 2));
      // In ?! or !!, only the first mark gets the space.
      const prevChar = charAt(i - 1);
      if (isPunct && prevChar !== '!' && prevChar !== '?') {
        if (dropSpaces() || isWordish(previous())) out.push(NNBSP);
      }
      out.push(c);
      continue;
    }
    if (c === '«') {
      out.push(c);
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      const nextChar = charAt(j);
      // Spaces up to the end of this piece: the quotation goes on in the next one.
      if ((nextChar !== '' && !isSpace(nextChar)) || (j === n && j > i + 1)) out.push(NNBSP);
      i = j - 1;
      continue;
    }
    if (c === '»') {
      const prev = previous();
      if (dropSpaces() || (prev !== '' && !isSpace(prev))) out.push(NNBSP);
      out.push(c);
      continue;
    }
    if ((c === "'" || c === '\u2019') && isLetter(charAt(i - 1)) && (isLetter(next) || next === OPAQUE)) {
      out.push('\u2019');
      continue;
    }
    out.push(c);
  }
  return out.join('');
}

// ---------------------------------------------------------------------------------------------------
// The remark plugin (mdast from Docusaurus' MDX parser).

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  depth?: number;
  data?: { hProperties?: Record<string, unknown>; [k: string]: unknown };
}

/** Nodes whose content is never prose. */
const SKIP = new Set([
  'code',
  'inlineCode',
  'yaml',
  'toml',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'math',
  'inlineMath',
]);
/** Inline elements seen from the text around them as one word-like character. */
const OPAQUE_INLINE = new Set([
  'inlineCode',
  'mdxTextExpression',
  'mdxJsxTextElement',
  'image',
  'imageReference',
  'html',
  'inlineMath',
]);
/** Containers whose direct text reads as a single line of prose. */
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

/** JSX elements whose content is code, not prose. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'CodeBlock', 'LiveExample']);

/**
 * JSX elements left as written: code (<code>, <pre>...) and text marked as another language
 * (<span lang="en">Deprecated: ...</span>), the author's way to keep an English quotation English.
 */
function untouchable(node: MdNode): boolean {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
  const el = node as MdNode & { name?: string; attributes?: { type: string; name?: string; value?: unknown }[] };
  if (CODE_ELEMENTS.has(String(el.name))) return true;
  const lang = Array.isArray(el.attributes)
    ? el.attributes.find((a) => a?.type === 'mdxJsxAttribute' && a.name === 'lang')?.value
    : undefined;
  return typeof lang === 'string' && !/^fr\b/i.test(lang);
}

/** The inline content of a block, flattened in reading order: text nodes to rewrite, other leaves as one character. */
function flatten(node: MdNode, pieces: (MdNode | string)[], depth = 0): void {
  if (depth > 64) return;
  for (const child of node.children ?? []) {
    if (child.type === 'text') pieces.push(child);
    else if (child.type === 'break') pieces.push('\n');
    else if (untouchable(child)) pieces.push(OPAQUE);
    else if (child.type === 'mdxJsxTextElement') {
      // Its text children are prose too (e.g. <abbr>), its attributes are not.
      pieces.push(OPAQUE);
      flatten(child, pieces, depth + 1);
    } else if (INLINE_CONTAINERS.has(child.type)) flatten(child, pieces, depth + 1);
    else if (OPAQUE_INLINE.has(child.type)) pieces.push(OPAQUE);
  }
}

function rewriteInline(block: MdNode): void {
  const pieces: (MdNode | string)[] = [];
  flatten(block, pieces);
  const original = pieces.map((p) => (typeof p === 'string' ? p : (p.value ?? '')));
  const lastChar = (k: number): string => {
    for (let j = k - 1; j >= 0; j--) if (original[j]) return original[j].slice(-1);
    return '';
  };
  const firstChar = (k: number): string => {
    for (let j = k + 1; j < original.length; j++) if (original[j]) return original[j][0];
    return '';
  };
  pieces.forEach((p, k) => {
    if (typeof p === 'string' || !p.value) return;
    p.value = frenchTypographyText(p.value, { before: lastChar(k), after: firstChar(k) });
  });
}

/** mdast-util-to-string, as Docusaurus' headings plugin reads a heading (html children left out). */
const textOf = (node: MdNode, depth = 0): string =>
  depth > 64
    ? ''
    : typeof node.value === 'string'
      ? node.value
      : node.type === 'image'
        ? String((node as { alt?: string }).alt ?? '')
        : (node.children ?? []).map((c) => textOf(c, depth + 1)).join('');
const headingText = (heading: MdNode): string => {
  const children = (heading.children ?? []).filter((c) => c.type !== 'html');
  return (children.length ? children : [heading]).map((c) => textOf(c)).join('');
};

/** A heading whose id is given by the author ({/* #id *\/}, <!-- #id -->, {#id}): its anchor does not depend on its text. */
function hasExplicitId(heading: MdNode): boolean {
  const last = heading.children?.at(-1);
  if (!last) return false;
  if (last.type === 'mdxTextExpression') return /^\s*\/\*\s*#/.test(String(last.value ?? ''));
  if (last.type === 'html') return /^<!--\s*#/.test(String(last.value ?? ''));
  return last.type === 'text' && /\{#[^}]+\}\s*$/.test(last.value ?? '');
}

type SluggerLike = { slug: (text: string, options?: { maintainCase?: boolean }) => string };
let sluggerFactory: (() => SluggerLike) | undefined;
function createSlugger(): SluggerLike {
  // Docusaurus' own slugger (github-slugger), as its headings plugin uses it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sluggerFactory ??= (require('@docusaurus/utils') as { createSlugger: () => SluggerLike }).createSlugger;
  return sluggerFactory();
}

function visitBlocks(node: MdNode, visit: (n: MdNode) => void, depth = 0): void {
  if (depth > 200 || SKIP.has(node.type)) return;
  if (untouchable(node)) return;
  visit(node);
  for (const child of node.children ?? []) {
    if (INLINE_CONTAINERS.has(child.type) || child.type === 'text') continue; // handled with their block
    visitBlocks(child, visit, depth + 1);
  }
}

/** Blocks that hold inline content (paragraph, heading, table cell, directive label...). */
const hasInlineText = (n: MdNode): boolean =>
  (n.children ?? []).some((c) => c.type === 'text' || INLINE_CONTAINERS.has(c.type));

export interface FrenchTypographyOptions {
  /** Keep headings' anchors as the text was written (default true: links and the TOC keep working). */
  keepHeadingIds?: boolean;
}

/** Remark plugin: French typography in a page's prose. Register it for the French locale only. */
export default function remarkFrenchTypography(options: FrenchTypographyOptions = {}) {
  const keepHeadingIds = options?.keepHeadingIds ?? true;
  return (tree: MdNode): void => {
    if (!tree || typeof tree !== 'object') return;
    const slugs = keepHeadingIds ? createSlugger() : undefined;
    visitBlocks(tree, (node) => {
      if (node.type === 'heading' && slugs && !hasExplicitId(node)) {
        const data = (node.data ??= {});
        const props = (data.hProperties ??= {});
        if (props.id === undefined) {
          const before = headingText(node);
          const id = slugs.slug(before);
          rewriteInline(node);
          const after = headingText(node);
          if (after !== before) props.id = id;
          return;
        }
      }
      if (node.type !== 'root' && hasInlineText(node)) rewriteInline(node);
    });
  };
}

/** Front matter fields read as prose (page title, sidebar label, description); keywords stay as typed. */
export const PROSE_FRONT_MATTER = ['title', 'sidebar_label', 'pagination_label', 'description'] as const;

export function frenchFrontMatter<T extends Record<string, unknown>>(frontMatter: T): T {
  if (!frontMatter || typeof frontMatter !== 'object') return frontMatter;
  const out: Record<string, unknown> = { ...frontMatter };
  for (const key of PROSE_FRONT_MATTER) {
    if (typeof out[key] === 'string') out[key] = frenchTypographyText(out[key] as string);
  }
  return out as T;
}

interface SidebarItemLike {
  label?: unknown;
  items?: unknown;
  [key: string]: unknown;
}

/**
 * Sidebar items with typeset labels (category labels come from _category_.json, not from front matter).
 * For the docs plugin's sidebarItemsGenerator, on the French build.
 */
export function frenchSidebarItems<T>(items: T, depth = 0): T {
  if (!Array.isArray(items) || depth > 32) return items;
  return items.map((item: SidebarItemLike) => {
    if (!item || typeof item !== 'object') return item;
    const out: SidebarItemLike = { ...item };
    if (typeof out.label === 'string') out.label = frenchTypographyText(out.label);
    if (Array.isArray(out.items)) out.items = frenchSidebarItems(out.items, depth + 1);
    return out;
  }) as T;
}
