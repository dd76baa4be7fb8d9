// Parses a page as Docusaurus does (MDX, front matter, directives, GFM) for the content checks, and
// lists its prose: text outside code, JSX attributes, expressions and front matter, with line numbers.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkFrenchTypography from '../../src/plugins/frenchTypography';

export interface MdNode {
  type: string;
  name?: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number }; end: { line: number } };
}

const parser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .use(remarkGfm);

export function parseMdx(source: string): MdNode {
  return parser.parse(source) as unknown as MdNode;
}

/** The page through the French typography step, as the French build runs it. */
export function typographed(source: string): MdNode {
  const tree = parseMdx(source);
  remarkFrenchTypography()(tree as never);
  return tree;
}

export interface ProseText {
  value: string;
  line: number;
  /** Text just before and after in the same block ('' at its edges), for context. */
  before: string;
  after: string;
}

const NOT_PROSE = new Set(['code', 'inlineCode', 'yaml', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'CodeBlock', 'LiveExample']);

/** Text nodes of the prose, in order. Inline code next to them appears in `before`/`after` between backquotes, other inline elements as '`'. */
export function proseTexts(tree: MdNode): ProseText[] {
  const out: ProseText[] = [];
  const walk = (node: MdNode, depth: number): void => {
    if (depth > 200 || NOT_PROSE.has(node.type)) return;
    if (node.type.startsWith('mdxJsx') && CODE_ELEMENTS.has(String(node.name))) return;
    // Text marked as another language (<span lang="en">) is not French prose.
    if (node.type.startsWith('mdxJsx')) {
      const attributes = (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes;
      const lang = Array.isArray(attributes)
        ? attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')?.value
        : undefined;
      if (typeof lang === 'string' && !/^fr\b/i.test(lang)) return;
    }
    const kids = node.children ?? [];
    kids.forEach((child, i) => {
      if (child.type === 'text') {
        const prev = kids[i - 1];
        const next = kids[i + 1];
        out.push({
          value: child.value ?? '',
          line: child.position?.start.line ?? 0,
          before: prev
            ? prev.type === 'text'
              ? (prev.value ?? '')
              : prev.type === 'inlineCode'
                ? `\`${prev.value}\``
                : '`'
            : '',
          after: next
            ? next.type === 'text'
              ? (next.value ?? '')
              : next.type === 'inlineCode'
                ? `\`${next.value}\``
                : '`'
            : '',
        });
      } else walk(child, depth + 1);
    });
  };
  walk(tree, 0);
  return out;
}
