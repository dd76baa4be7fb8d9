// Bilingual comments of the live examples (src/views/comments.ts): one source, the page's language shown.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LOCALIZED_COMMENT, localizeComments } from '../../src/views/comments';
import { compileExample } from '../../src/views/live';

describe('localizeComments', () => {
  const code = [
    'const a = 1;',
    '  // fr: Un commentaire : en français.',
    '  // en: A comment: in English.',
    'render(<b>{a}</b>); // not a comment line',
    "const u = 'http://x/y';",
  ].join('\n');

  it('keeps the comments of the page’s language, without their tag', () => {
    expect(localizeComments(code, 'fr')).toBe(
      [
        'const a = 1;',
        '  // Un commentaire : en français.',
        'render(<b>{a}</b>); // not a comment line',
        "const u = 'http://x/y';",
      ].join('\n'),
    );
    expect(localizeComments(code, 'en')).toBe(
      [
        'const a = 1;',
        '  // A comment: in English.',
        'render(<b>{a}</b>); // not a comment line',
        "const u = 'http://x/y';",
      ].join('\n'),
    );
  });

  it('gives other locales the English comments, and leaves untagged code as it is', () => {
    expect(localizeComments(code, 'de')).toBe(localizeComments(code, 'en'));
    expect(localizeComments('// plain\nx', 'fr')).toBe('// plain\nx');
  });

  it('rejects a non-string', () => {
    expect(() => localizeComments(undefined as unknown as string, 'fr')).toThrow(TypeError);
  });
});

const dir = path.join(__dirname, '../../src/examples');
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.tsx?$/.test(f))
  .sort();

/** Comments of a piece of TSX, as the TypeScript parser sees them (not `//` inside strings or YAML). */
function commentsOf(code: string): { text: string; line: number }[] {
  const source = ts.createSourceFile('example.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const seen = new Map<number, string>();
  const add = (ranges: ts.CommentRange[] | undefined) =>
    ranges?.forEach((r) => seen.set(r.pos, code.slice(r.pos, r.end)));
  const visit = (node: ts.Node, depth: number): void => {
    if (depth > 500) return;
    // Leading ranges start after a line break; trailing ones catch comments on the same line.
    add(ts.getLeadingCommentRanges(code, node.getFullStart()));
    add(ts.getTrailingCommentRanges(code, node.getFullStart()));
    add(ts.getTrailingCommentRanges(code, node.getEnd()));
    // {/* … */} in JSX: an empty expression whose only content is the comment.
    if (ts.isJsxExpression(node) && !node.expression) add(ts.getTrailingCommentRanges(code, node.getStart() + 1));
    node.forEachChild((c) => visit(c, depth + 1));
  };
  visit(source, 0);
  return [...seen.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([pos, text]) => ({ text, line: source.getLineAndCharacterOfPosition(pos).line + 1 }));
}

describe('example comments exist in both languages', () => {
  it('there are examples', () => expect(files.length).toBeGreaterThan(10));

  it('the comment finder sees comments, not // in strings', () => {
    expect(commentsOf("const u = 'http://x';\n// a\nrender(<>{/* b */}</>); // c").map((c) => c.text)).toEqual([
      '// a',
      '/* b */',
      '// c',
    ]);
  });

  it.each(files)('%s', async (file) => {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    const codes = Object.entries(mod).filter((e): e is [string, string] => typeof e[1] === 'string');
    expect(codes.length, 'the example exports its code as a string').toBeGreaterThan(0);
    for (const [name, code] of codes) {
      const where = `src/examples/${file} (${name})`;
      const lines = code.split('\n');
      const problems: string[] = [];
      for (const c of commentsOf(code)) {
        const line = lines[c.line - 1];
        if (!c.text.startsWith('//') || !LOCALIZED_COMMENT.test(line))
          problems.push(
            `${where}, line ${c.line} of the code: ${c.text.slice(0, 60)} (write it as a // fr: line and a // en: line)`,
          );
      }
      const tags = lines.map((l) => LOCALIZED_COMMENT.exec(l)?.[2]);
      const fr = tags.filter((t) => t === 'fr').length;
      const en = tags.filter((t) => t === 'en').length;
      if (fr !== en) problems.push(`${where}: ${fr} // fr: line(s) for ${en} // en: line(s)`);
      expect(problems).toEqual([]);
      for (const locale of ['fr', 'en']) {
        const shown = localizeComments(code, locale);
        expect(shown).not.toMatch(/\/\/ ?(fr|en):/);
        expect(shown.split('\n').length).toBe(lines.length - Math.max(fr, en));
        expect(compileExample(shown).ok, `${where} in ${locale} compiles`).toBe(true);
      }
    }
  });
});
