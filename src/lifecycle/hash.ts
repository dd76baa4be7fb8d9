/**
 * `pod-template-hash`, the label a Deployment's ReplicaSet and its Pods carry.
 *
 * Follows `pkg/controller/controller_utils.go` `ComputeHash`, `pkg/util/hash/hash.go` `DeepHashObject` and
 * `k8s.io/apimachinery/pkg/util/rand` `SafeEncodeString`.
 */

const FNV_OFFSET_BASIS_32 = 0x811c9dc5;
const FNV_PRIME_32 = 0x01000193;

/** FNV-1a, 32 bits (Go's `hash/fnv.New32a`), over raw bytes; returns the unsigned 32-bit sum. */
export function fnv1a32(bytes: Uint8Array, seed: number = FNV_OFFSET_BASIS_32): number {
  let h = seed >>> 0;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, FNV_PRIME_32) >>> 0;
  }
  return h >>> 0;
}

/** `rand.SafeEncodeString`'s alphabet: no vowels, no `y`, no `0`, `1`, `3`, so no words and no look-alikes. */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** `k8s.io/apimachinery/pkg/util/rand` `SafeEncodeString`: each character c becomes `ALPHANUMS[codePoint(c) % 27]`. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[ch.codePointAt(0)! % ALPHANUMS.length];
  return out;
}

/** JSON with object keys sorted at every level, so that equal templates give equal bytes. */
function canonicalJson(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}

/**
 * `controller.ComputeHash(template, collisionCount)`: FNV-1a 32 over the serialised template, then, when a
 * collision count is given, 8 more bytes (the count as little-endian uint32, then 4 zero bytes), then
 * `SafeEncodeString` of the decimal sum.
 *
 * The template is serialised as deterministic JSON with sorted keys. Kubernetes hashes Go's `spew` dump of the
 * `PodTemplateSpec` struct (`dump.ForHash`), which cannot be reproduced from a JavaScript object, so the values
 * differ from a real cluster's; the hash function, the collision-count bytes and the encoding are exact.
 */
export function podTemplateHash(template: unknown, collisionCount?: number): string {
  const enc = new TextEncoder();
  let h = fnv1a32(enc.encode(canonicalJson(template)));
  if (collisionCount !== undefined) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv1a32(b, h);
  }
  return safeEncodeString(String(h));
}
