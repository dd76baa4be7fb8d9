import { describe, expect, it } from 'vitest';
import {
  colourHighlightName,
  encodeHighlights,
  tokenHighlight,
  type CodePart,
} from '../../src/components/codeHighlights';

/** Reads data-hl back: each highlight name with the text of its ranges. */
function decode(text: string, hl: string): Record<string, string[]> {
  return Object.fromEntries(
    hl.split(';').map((group) => {
      const [name, ranges] = group.split(':');
      return [
        name,
        ranges.split(',').map((r) => {
          const [s, l] = r.split('+').map(Number);
          return text.slice(s, s + l);
        }),
      ];
    }),
  );
}

describe('encodeHighlights', () => {
  const parts: CodePart[] = [
    { text: 'const', name: 'pl-keyword' },
    { text: ' ' },
    { text: 'pod', name: 'pl-function' },
    { text: ' = ' },
    { text: "'a'", name: 'pl-string' },
    { text: ' + ' },
    { text: "'b", name: 'pl-string' },
    { text: "é'", name: 'pl-string' },
    { text: '\n' },
    { text: 'true', name: 'pl-keyword' },
    { text: '', name: 'pl-number' },
  ];
  const text = parts.map((p) => p.text).join('');

  it('gives each name the exact text of its tokens, offsets in UTF-16 units', () => {
    expect(decode(text, encodeHighlights(parts))).toEqual({
      'pl-keyword': ['const', 'true'],
      'pl-function': ['pod'],
      'pl-string': ["'a'", "'bé'"],
    });
  });

  it('merges adjacent tokens of one name into one range and skips empty ones', () => {
    expect(encodeHighlights(parts)).toBe('pl-keyword:0+5,23+4;pl-function:6+3;pl-string:12+3,18+4');
  });

  it('is empty for uncoloured code', () => {
    expect(encodeHighlights([{ text: 'a = b' }])).toBe('');
  });
});

describe('highlight names', () => {
  it('names a theme colour after its hex value, and nothing else', () => {
    expect(colourHighlightName('#BD0E5A')).toBe('plc-bd0e5a');
    expect(colourHighlightName('rgb(1, 2, 3)')).toBeUndefined();
    expect(colourHighlightName(undefined)).toBeUndefined();
  });

  it('maps Prism token types as the editor CSS does (a later rule wins)', () => {
    expect(tokenHighlight(['keyword'])).toBe('pl-keyword');
    expect(tokenHighlight(['function-variable', 'function'])).toBe('pl-function');
    expect(tokenHighlight(['method', 'function', 'property-access'])).toBe('pl-function');
    expect(tokenHighlight(['tag', 'attr-name'])).toBe('pl-property');
    expect(tokenHighlight(['plain'])).toBeUndefined();
    expect(tokenHighlight(['punctuation'])).toBeUndefined();
  });
});
