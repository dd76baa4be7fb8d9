import { describe, expect, it } from 'vitest';
import {
  parseQuantity,
  parseQuantityValue,
  formatQuantity,
  cmpQuantity,
  quantityValue,
  quantityMilliValue,
  parsePod,
  isPodLabError,
} from '../../src/lifecycle';

// Canonical forms as resource.Quantity's String() prints them (quantity_test.go TestQuantityParse / canonical table, common forms).
const CANONICAL: [string | number, string][] = [
  ['0', '0'],
  ['100m', '100m'],
  ['1000m', '1'],
  ['1500m', '1500m'],
  ['0.5', '500m'],
  [0.5, '500m'],
  ['1', '1'],
  [2, '2'],
  ['128Mi', '128Mi'],
  ['1024Mi', '1Gi'],
  ['1536Mi', '1536Mi'],
  ['1Gi', '1Gi'],
  ['0.5Gi', '512Mi'],
  ['1.5Gi', '1536Mi'],
  ['1G', '1G'],
  ['500M', '500M'],
  ['1000M', '1G'],
  ['1e3', '1e3'],
  ['1E3', '1e3'],
  ['1.5e3', '1500'],
  ['2000', '2k'],
  ['512Ki', '512Ki'],
  ['100Ki', '100Ki'],
  ['1Ki', '1Ki'],
  ['0.5Ki', '512'],
  ['1n', '1n'],
  ['1u', '1u'],
  ['-1', '-1'],
  ['.5', '500m'],
  ['5.', '5'],
  ['+1', '1'],
  [134217728, '134217728'],
];

// quantity_test.go TestQuantityParse (apimachinery, Kubernetes 1.35): input → decQuantity(value, scale, format),
// i.e. value × 10^scale. The two saturating rows ("9Ei", "9223372036854775807Ki" → maxAllowed) are checked apart.
type Fmt = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
const D: Fmt = 'DecimalSI';
const B: Fmt = 'BinarySI';
const X: Fmt = 'DecimalExponent';
const KI = 1024n;
const PARSE: [string, bigint, number, Fmt][] = [
  ['0', 0n, 0, D],
  ['0n', 0n, 0, D],
  ['0u', 0n, 0, D],
  ['0m', 0n, 0, D],
  ['0Ki', 0n, 0, B],
  ['0k', 0n, 0, D],
  ['0Mi', 0n, 0, B],
  ['0M', 0n, 0, D],
  ['0Gi', 0n, 0, B],
  ['0G', 0n, 0, D],
  ['0Ti', 0n, 0, B],
  ['0T', 0n, 0, D],
  ['1', 1n, 0, D],
  ['1Ki', KI, 0, B],
  ['8Ki', 8n * KI, 0, B],
  ['7Mi', 7n * KI ** 2n, 0, B],
  ['6Gi', 6n * KI ** 3n, 0, B],
  ['5Ti', 5n * KI ** 4n, 0, B],
  ['4Pi', 4n * KI ** 5n, 0, B],
  ['3Ei', 3n * KI ** 6n, 0, B],
  ['10Ti', 10n * KI ** 4n, 0, B],
  ['100Ti', 100n * KI ** 4n, 0, B],
  ['5n', 5n, -9, D],
  ['4u', 4n, -6, D],
  ['3m', 3n, -3, D],
  ['9', 9n, 0, D],
  ['8k', 8n, 3, D],
  ['50k', 5n, 4, D],
  ['7M', 7n, 6, D],
  ['6G', 6n, 9, D],
  ['5T', 5n, 12, D],
  ['40T', 4n, 13, D],
  ['300T', 3n, 14, D],
  ['2P', 2n, 15, D],
  ['1E', 1n, 18, D],
  ['1E-3', 1n, -3, X],
  ['1e3', 1n, 3, X],
  ['1E6', 1n, 6, X],
  ['1e9', 1n, 9, X],
  ['1E12', 1n, 12, X],
  ['1e15', 1n, 15, X],
  ['1E18', 1n, 18, X],
  ['1e14', 1n, 14, X],
  ['1e13', 1n, 13, X],
  ['100.035k', 100035n, 0, D],
  ['0.001', 1n, -3, D],
  ['0.0005k', 5n, -1, D],
  ['0.005', 5n, -3, D],
  ['0.05', 5n, -2, D],
  ['0.5', 5n, -1, D],
  ['0.00050k', 5n, -1, D],
  ['0.00500', 5n, -3, D],
  ['0.05000', 5n, -2, D],
  ['0.50000', 5n, -1, D],
  ['0.5e0', 5n, -1, X],
  ['0.5e-1', 5n, -2, X],
  ['0.5e-2', 5n, -3, X],
  ['10.035M', 10035n, 3, D],
  ['1.2e3', 12n, 2, X],
  ['1.3E+6', 13n, 5, X],
  ['1.40e9', 14n, 8, X],
  ['1.53E12', 153n, 10, X],
  ['1.6e15', 16n, 14, X],
  ['1.7E18', 17n, 17, X],
  ['9.01', 901n, -2, D],
  ['8.1k', 81n, 2, D],
  ['7.123456M', 7123456n, 0, D],
  ['6.987654321G', 6987654321n, 0, D],
  ['5.444T', 5444n, 9, D],
  ['40.1T', 401n, 11, D],
  ['300.2T', 3002n, 11, D],
  ['2.5P', 25n, 14, D],
  ['1.01E', 101n, 16, D],
  ['3.001n', 4n, -9, D],
  ['1.1E-9', 2n, -9, X],
  ['0.0000000001', 1n, -9, D],
  ['0.0000000005', 1n, -9, D],
  ['0.00000000050', 1n, -9, D],
  ['0.5e-9', 1n, -9, X],
  ['0.9n', 1n, -9, D],
  ['0.00000012345', 124n, -9, D],
  ['0.00000012354', 124n, -9, D],
  ['12E', 12n, 18, D],
  ['100.035Ki', 10243584n, -2, B],
  ['0.5Mi', 524288n, 0, B],
  ['0.05Gi', 536870912n, -1, B],
  ['0.025Ti', 274877906944n, -1, B],
  ['0.000000000001Ki', 2n, -9, D],
  ['.001', 1n, -3, D],
  ['.0001k', 100n, -3, D],
  ['1.', 1n, 0, D],
  ['1.G', 1n, 9, D],
];
const nanosOf = (v: bigint, scale: number) =>
  scale + 9 >= 0 ? v * 10n ** BigInt(scale + 9) : v / 10n ** BigInt(-(scale + 9));
const INVALID = ['1.1.M', '1+1.0M', '0.1mi', '0.1am', 'aoeu', '.5i', '1i', '-3.01i', '-3.01e-', ' 1', '1 '];

describe('ParseQuantity (quantity_test.go TestQuantityParse)', () => {
  it.each(PARSE)('%s', (input, v, scale, format) => {
    for (const [prefix, sign] of [
      ['', 1n],
      ['+', 1n],
      ['-', -1n],
    ] as const) {
      const q = parseQuantity(prefix + input);
      expect(q.nanos).toBe(sign * nanosOf(v, scale));
      expect(q.format).toBe(format);
    }
  });
  it('saturates at maxAllowed (2^63 − 1)', () => {
    expect(parseQuantity('9Ei').nanos).toBe((2n ** 63n - 1n) * 1_000_000_000n);
    expect(parseQuantity('9223372036854775807Ki').nanos).toBe((2n ** 63n - 1n) * 1_000_000_000n);
  });
  it.each(INVALID)('%j is refused', (bad) => {
    expect(() => parseQuantity(bad)).toThrow(/quantities must match|unable to parse quantity's/);
  });
  it('a manifest value is trimmed first (UnmarshalJSON)', () => {
    expect(formatQuantity(parseQuantityValue(' 1 '))).toBe('1');
  });
});

// quantity_test.go TestQuantityString (decQuantity(v, scale, format) → String(), negated too) and TestQuantityParseEmit.
const STRING: [bigint, number, Fmt, string][] = [
  [1024n ** 3n, 0, B, '1Gi'],
  [300n * 1024n ** 2n, 0, B, '300Mi'],
  [6n * 1024n, 0, B, '6Ki'],
  [1001n * 1024n ** 3n, 0, B, '1001Gi'],
  [1024n ** 4n, 0, B, '1Ti'],
  [5n, 0, B, '5'],
  [500n, -3, B, '500m'],
  [1n, 9, D, '1G'],
  [1000n, 6, D, '1G'],
  [1000000n, 3, D, '1G'],
  [1000000000n, 0, D, '1G'],
  [1n, -3, D, '1m'],
  [80n, -3, D, '80m'],
  [1080n, -3, D, '1080m'],
  [108n, -2, D, '1080m'],
  [10800n, -4, D, '1080m'],
  [300n, 6, D, '300M'],
  [1n, 12, D, '1T'],
  [1234567n, 6, D, '1234567M'],
  [1234567n, -3, B, '1234567m'],
  [3n, 3, D, '3k'],
  [1025n, 0, B, '1025'],
  [0n, 0, D, '0'],
  [0n, 0, B, '0'],
  [1n, 9, X, '1e9'],
  [1n, -3, X, '1e-3'],
  [1n, -9, X, '1e-9'],
  [80n, -3, X, '80e-3'],
  [300n, 6, X, '300e6'],
  [1n, 12, X, '1e12'],
  [1n, 3, X, '1e3'],
  [3n, 3, X, '3e3'],
  [0n, 0, X, '0'],
  [1n, -9, D, '1n'],
  [80n, -9, D, '80n'],
  [1080n, -9, D, '1080n'],
  [108n, -8, D, '1080n'],
  [1n, -6, D, '1u'],
  [80n, -6, D, '80u'],
  [1080n, -6, D, '1080u'],
];
const EMIT: [string, string][] = [
  ['1Ki', '1Ki'],
  ['1Mi', '1Mi'],
  ['1Gi', '1Gi'],
  ['1024Mi', '1Gi'],
  ['1000M', '1G'],
  ['.001Ki', '1024m'],
  ['.000001Ki', '1024u'],
  ['.000000001Ki', '1024n'],
  ['.000000000001Ki', '2n'],
];

describe('Quantity.String (quantity_test.go TestQuantityString, TestQuantityParseEmit)', () => {
  it.each(STRING)('%s × 10^%s (%s) → %s', (v, scale, format, out) => {
    const nanos = nanosOf(v, scale);
    expect(formatQuantity({ nanos, format })).toBe(out);
    if (nanos !== 0n) expect(formatQuantity({ nanos: -nanos, format })).toBe(`-${out}`);
  });
  it.each(EMIT)('%s → %s', (input, out) => {
    expect(formatQuantity(parseQuantity(input))).toBe(out);
    expect(formatQuantity(parseQuantity(`-${input}`))).toBe(`-${out}`);
  });
});

describe('resource.Quantity', () => {
  it.each(CANONICAL)('%s prints as %s', (input, out) => {
    expect(formatQuantity(parseQuantity(input))).toBe(out);
  });

  it('compares exactly across formats', () => {
    expect(cmpQuantity(parseQuantity('1'), parseQuantity('1000m'))).toBe(0);
    expect(cmpQuantity(parseQuantity('1Gi'), parseQuantity('1G'))).toBe(1);
    expect(cmpQuantity(parseQuantity('500m'), parseQuantity('0.6'))).toBe(-1);
    expect(cmpQuantity(parseQuantity('1Mi'), parseQuantity('1048576'))).toBe(0);
  });

  it('Value rounds up to whole units, MilliValue to milli-units', () => {
    expect(quantityValue(parseQuantity('128Mi'))).toBe(134217728);
    expect(quantityValue(parseQuantity('100m'))).toBe(1);
    expect(quantityMilliValue(parseQuantity('0.25'))).toBe(250);
  });

  it.each(['1Gb', 'abc', '', '1.0.0', '1mi', 'Gi', '--1', '1 Gi'])('refuses %j with the API server message', (bad) => {
    let err: unknown;
    try {
      parseQuantity(bad, 'spec.containers[0].resources.limits.memory');
    } catch (e) {
      err = e;
    }
    expect(isPodLabError(err)).toBe(true);
    expect((err as Error).message).toMatch(/quantities must match the regular expression|unable to parse quantity's/);
  });

  it('refuses non-string, non-number input as a PodLabError', () => {
    expect(() => parseQuantity(null as unknown as string)).toThrow(/expected a quantity/);
    expect(() => parseQuantity(Number.NaN)).toThrow(/quantities must match/);
  });

  it('parsePod refuses a bad quantity with the API server message (field in errors), accepts a number', () => {
    const pod = (mem: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n    resources:\n      limits: {memory: ${mem}, cpu: 0.5}\n`;
    expect(() => parsePod(pod('1Gb'))).toThrow(
      'Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
    );
    let err: unknown;
    try {
      parsePod(pod('32MMi'));
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: unable to parse quantity\'s suffix',
    );
    expect((err as { errors: unknown[] }).errors).toEqual([
      { field: 'spec.containers[0].resources.limits.memory', message: "unable to parse quantity's suffix" },
    ]);
    expect(parsePod(pod('256Mi')).spec.containers[0].resources).toEqual({ limits: { memory: '256Mi', cpu: 0.5 } });
  });
});
