/**
 * `resource.Quantity` of `k8s.io/apimachinery/pkg/api/resource` (quantity.go, suffix.go), the parts PodLab
 * needs: parsing the forms a manifest uses (`100m`, `0.5`, `1`, `128Mi`, `1Gi`, `1G`, `500M`, `1e3`), exact
 * comparison and sums, and the canonical text the API server prints back (`Quantity.String()`, e.g.
 * `1000m` → `1`, `0.5` → `500m`, `1024Mi` → `1Gi`).
 *
 * Values are kept exactly as a BigInt count of nano-units (the finest scale upstream keeps: a finer value is
 * rounded up to 1n, as `ParseQuantity` does). Upstream:
 * https://github.com/kubernetes/kubernetes/blob/v1.35.0/staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go
 */
import { PodLabError } from './errors';

/** How the quantity was written, which decides how it prints (`Format` upstream). */
export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

export interface Quantity {
  /** The value in nano-units (10^-9): `1` is 1_000_000_000n, `100m` is 100_000_000n. */
  nanos: bigint;
  format: QuantityFormat;
}

/** The regular expression kube-apiserver names when a quantity does not parse (`ErrFormatWrong`). */
export const QUANTITY_REGEX = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
export const ERR_FORMAT_WRONG = `quantities must match the regular expression '${QUANTITY_REGEX}'`;
export const ERR_NUMERIC = "unable to parse quantity's numeric part";
export const ERR_SUFFIX = "unable to parse quantity's suffix";

const NANO = 1_000_000_000n;
const DECIMAL_SUFFIXES: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const pow10 = (n: number): bigint => 10n ** BigInt(n);
const MAX_ALLOWED = (2n ** 63n - 1n) * NANO;

/** `Quantity.UnmarshalJSON`: a manifest value (string, spaces trimmed, or JSON number) parsed with `parseQuantity`. */
export function parseQuantityValue(value: string | number, field = 'quantity'): Quantity {
  return parseQuantity(typeof value === 'string' ? value.trim() : value, field);
}

/** Ceil of a / b for b > 0 (upstream rounds a too-fine value up, away from zero for positives). */
function divCeil(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/**
 * `ParseQuantity`: a quantity from its text, or a `PodLabError` (kind `schema`) with kube-apiserver's message.
 * A JSON number (`cpu: 0.5` in YAML) is read from its decimal text, as `Quantity.UnmarshalJSON` does.
 */
export function parseQuantity(input: string | number, field = 'quantity'): Quantity {
  let str: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new PodLabError('schema', `${field}: ${ERR_FORMAT_WRONG}`, [{ field, message: ERR_FORMAT_WRONG }]);
    str = String(input);
  } else if (typeof input === 'string')
    str = input; // ParseQuantity: no surrounding spaces (UnmarshalJSON trims first).
  else
    throw new PodLabError(
      'schema',
      `${field}: expected a quantity (string or number), got ${input === null ? 'null' : typeof input}`,
      [{ field, message: 'expected string or number' }],
    );
  if (str.length === 0 || str.length > 100)
    throw new PodLabError('schema', `${field}: ${ERR_FORMAT_WRONG}`, [{ field, message: ERR_FORMAT_WRONG }]);
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/.exec(str);
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    throw new PodLabError('schema', `${field}: ${ERR_FORMAT_WRONG}`, [{ field, message: ERR_FORMAT_WRONG }]);
  const [, sign, whole, frac = '', suffix] = m;
  if (!new RegExp(QUANTITY_REGEX).test(str))
    throw new PodLabError('schema', `${field}: ${ERR_FORMAT_WRONG}`, [{ field, message: ERR_FORMAT_WRONG }]);
  let format: QuantityFormat;
  let base10 = 0;
  let base2 = 0;
  if (suffix in BINARY_SUFFIXES) {
    format = 'BinarySI';
    base2 = BINARY_SUFFIXES[suffix];
  } else if (suffix in DECIMAL_SUFFIXES) {
    format = 'DecimalSI';
    base10 = DECIMAL_SUFFIXES[suffix];
  } else if (/^[eE][-+]?[0-9]+$/.test(suffix)) {
    format = 'DecimalExponent';
    base10 = Number.parseInt(suffix.slice(1), 10);
    if (Math.abs(base10) > 1000)
      throw new PodLabError('schema', `${field}: ${ERR_SUFFIX}`, [{ field, message: ERR_SUFFIX }]);
  } else {
    throw new PodLabError('schema', `${field}: ${ERR_SUFFIX}`, [{ field, message: ERR_SUFFIX }]);
  }
  // digits × 10^(base10 − len(frac)) × 2^base2, in nanos (× 10^9).
  const digits = BigInt(`${whole || '0'}${frac}`);
  let num = digits * 2n ** BigInt(base2);
  const exp10 = base10 - frac.length + 9;
  num = exp10 >= 0 ? num * pow10(exp10) : divCeil(num, pow10(-exp10));
  // "The max is just a simple cap" (maxAllowed = 2^63 − 1 units), applied only on ParseQuantity's slow (inf.Dec)
  // path: a value its int64 fast path holds (≤ 18 decimal digits, or a small whole binary value) is not capped.
  const fast =
    format === 'BinarySI'
      ? frac === '' &&
        15 - whole.length - Math.trunc((base2 * 3) / 10) - 1 >= 0 &&
        digits * 2n ** BigInt(base2) < 2n ** 63n
      : whole.length + frac.length <= 18 && base10 - frac.length >= -9;
  if (!fast && num > MAX_ALLOWED) num = MAX_ALLOWED;
  // A binary quantity between 0 and 1 is kept as DecimalSI ("This avoids rounding and hopefully confusion").
  if (format === 'BinarySI' && num > 0n && num < NANO) format = 'DecimalSI';
  return { nanos: sign === '-' ? -num : num, format };
}

/** `Quantity.Cmp`: -1, 0 or 1. */
export function cmpQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/** `Quantity.Add` (keeps the format of `a`, as upstream). */
export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { nanos: a.nanos + b.nanos, format: a.format };
}

/** The value in whole base units, rounded up (`Quantity.Value`): bytes for memory, cores for cpu. */
export function quantityValue(q: Quantity): number {
  return Number(divCeil(q.nanos, NANO));
}

/** The value in milli-units, rounded up (`Quantity.MilliValue`): millicores for cpu. */
export function quantityMilliValue(q: Quantity): number {
  return Number(divCeil(q.nanos, 1_000_000n));
}

/** `Quantity.String()` / `CanonicalizeBytes`: the text the API server prints back. */
export function formatQuantity(q: Quantity): string {
  if (q.nanos === 0n) return '0';
  const neg = q.nanos < 0n;
  const abs = neg ? -q.nanos : q.nanos;
  let format = q.format;
  if (format === 'BinarySI') {
    // Below 1024 (or not a whole number) a binary quantity prints as DecimalSI.
    if (abs < 1024n * NANO || abs % NANO !== 0n) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let n = abs / NANO;
    let e = 0;
    while (n % 1024n === 0n && e < 60) {
      n /= 1024n;
      e += 10;
    }
    const suffix = Object.keys(BINARY_SUFFIXES).find((k) => BINARY_SUFFIXES[k] === e) ?? '';
    return `${neg ? '-' : ''}${n}${suffix}`;
  }
  // Decimal: the largest exponent, a multiple of 3, that leaves an integer mantissa.
  let n = abs;
  let e = -9;
  for (let guard = 0; guard < 400 && n % 1000n === 0n; guard++) {
    n /= 1000n;
    e += 3;
  }
  let suffix: string;
  if (format === 'DecimalExponent') suffix = e === 0 ? '' : `e${e}`;
  else {
    const found = Object.keys(DECIMAL_SUFFIXES).find((k) => DECIMAL_SUFFIXES[k] === e);
    suffix = found ?? `e${e}`;
  }
  return `${neg ? '-' : ''}${n}${suffix}`;
}

/** A resource list (`{ cpu: '500m', memory: '128Mi' }`) parsed; bad entries throw with their field path. */
export function parseResourceList(list: unknown, field: string): Record<string, Quantity> {
  const out: Record<string, Quantity> = {};
  if (list === undefined || list === null) return out;
  if (typeof list !== 'object' || Array.isArray(list)) {
    throw new PodLabError('schema', `${field}: expected object, got ${Array.isArray(list) ? 'array' : typeof list}`, [
      { field, message: 'expected object' },
    ]);
  }
  const entries = Object.entries(list as Record<string, unknown>);
  if (entries.length > 64)
    throw new PodLabError('schema', `${field}: too many resources (${entries.length})`, [
      { field, message: 'too many entries' },
    ]);
  for (const [k, v] of entries) {
    if (v === undefined || v === null) continue;
    out[k] = parseQuantityValue(v as string | number, `${field}.${k}`);
  }
  return out;
}
