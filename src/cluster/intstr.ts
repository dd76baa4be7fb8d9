/**
 * `k8s.io/apimachinery/pkg/util/intstr`: values that are either an integer or a percentage.
 */
import type { IntOrString } from './types';

/** `getIntOrPercentValueSafely`: the number, whether it was a percentage, or the error text. */
export function intOrPercentValue(v: IntOrString): { value: number; isPercent: boolean } | { error: string } {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return { error: `invalid type: neither int nor percentage` };
    return { value: v, isPercent: false };
  }
  if (typeof v !== 'string') return { error: 'invalid type: neither int nor percentage' };
  if (!v.endsWith('%')) return { error: 'invalid type: string is not a percentage' };
  const s = v.slice(0, -1);
  // strconv.Atoi: optional sign, decimal digits only.
  if (!/^[+-]?[0-9]+$/.test(s))
    return { error: `invalid value ${JSON.stringify(v)}: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax` };
  return { value: Number.parseInt(s, 10), isPercent: true };
}

/**
 * `intstr.GetScaledValueFromIntOrPercent(intOrPercent, total, roundUp)`: an integer as is; a percentage of
 * `total`, rounded up (`math.Ceil`) or down (`math.Floor`). Throws `Error("invalid value for IntOrString: ...")`.
 */
export function getScaledValueFromIntOrPercent(
  v: IntOrString | undefined | null,
  total: number,
  roundUp: boolean,
): number {
  if (v === undefined || v === null) throw new Error('nil value for IntOrString');
  const r = intOrPercentValue(v);
  if ('error' in r) throw new Error(`invalid value for IntOrString: ${r.error}`);
  if (!r.isPercent) return r.value;
  const x = (r.value * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}
