import { describe, expect, it } from 'vitest';
import { parseQuantity, formatQuantity, cmpQuantity, quantityValue, quantityMilliValue, parsePod, isPodLabError } from '../../src/lifecycle';

// Canonical forms as resource.Quantity's String() prints them (quantity_test.go TestQuantityParse / canonical table, common forms).
const CANONICAL: [string | number, string][] = [
  ['0', '0'], ['100m', '100m'], ['1000m', '1'], ['1500m', '1500m'], ['0.5', '500m'], [0.5, '500m'], ['1', '1'], [2, '2'],
  ['128Mi', '128Mi'], ['1024Mi', '1Gi'], ['1536Mi', '1536Mi'], ['1Gi', '1Gi'], ['0.5Gi', '512Mi'], ['1.5Gi', '1536Mi'],
  ['1G', '1G'], ['500M', '500M'], ['1000M', '1G'], ['1e3', '1e3'], ['1E3', '1e3'], ['1.5e3', '1500'], ['2000', '2k'],
  ['512Ki', '512Ki'], ['100Ki', '100Ki'], ['1Ki', '1Ki'], ['0.5Ki', '512'], ['1n', '1n'], ['1u', '1u'], ['-1', '-1'],
  ['.5', '500m'], ['5.', '5'], ['+1', '1'], [134217728, '134217728'],
];

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
    const pod = (mem: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n    resources:\n      limits: {memory: ${mem}, cpu: 0.5}\n`;
    expect(() => parsePod(pod('1Gb'))).toThrow(
      "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    let err: unknown;
    try {
      parsePod(pod('32MMi'));
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toBe('Pod in version "v1" cannot be handled as a Pod: unable to parse quantity\'s suffix');
    expect((err as { errors: unknown[] }).errors).toEqual([{ field: 'spec.containers[0].resources.limits.memory', message: "unable to parse quantity's suffix" }]);
    expect(parsePod(pod('256Mi')).spec.containers[0].resources).toEqual({ limits: { memory: '256Mi', cpu: 0.5 } });
  });
});
