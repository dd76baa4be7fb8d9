import { describe, expect, it } from 'vitest';
import { fnv1a32, podTemplateHash, safeEncodeString } from '../../src/lifecycle/hash';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('fnv1a32 (hash/fnv New32a)', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['hello', 1335831723],
  ])('%j', (s, want) => {
    expect(fnv1a32(bytes(s))).toBe(want);
  });
});

describe('safeEncodeString (apimachinery util/rand)', () => {
  it('maps digits through the 27-letter alphabet', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
    expect(safeEncodeString(String(fnv1a32(bytes('hello'))))).toBe('5779d75c67');
  });
});

describe('podTemplateHash (controller.ComputeHash)', () => {
  const template = {
    metadata: { labels: { app: 'web' } },
    spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
  };
  it('is stable, key-order independent, and only uses the SafeEncodeString digits', () => {
    const h = podTemplateHash(template);
    expect(h).toMatch(/^[4-9bcdf]{1,10}$/);
    expect(podTemplateHash({ spec: template.spec, metadata: template.metadata })).toBe(h);
  });
  it('changes with the template and with the collision count', () => {
    const h = podTemplateHash(template);
    expect(podTemplateHash({ ...template, spec: { containers: [{ name: 'app', image: 'nginx:1.28' }] } })).not.toBe(h);
    expect(podTemplateHash(template, 1)).not.toBe(h);
    expect(podTemplateHash(template, 1)).not.toBe(podTemplateHash(template, 2));
  });
  it('appends 8 bytes (uint32 little-endian + 4 zero bytes) for the collision count', () => {
    const json = '{"a":1}';
    const expected = fnv1a32(new Uint8Array([...bytes(json), 7, 0, 0, 0, 0, 0, 0, 0]));
    expect(podTemplateHash({ a: 1 }, 7)).toBe(safeEncodeString(String(expected)));
  });
});
