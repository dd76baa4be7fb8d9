/**
 * Printing values for <Value> and <PodStatusView>: YAML like `kubectl get -o yaml`, with virtual
 * times shown as RFC 3339 timestamps (from a fixed, arbitrary epoch) plus the virtual second in a comment.
 */
import { Document, isScalar, visit, type Pair, type Scalar } from 'yaml';

/** Virtual t = 0, as an arbitrary fixed wall-clock instant (deterministic for SSR and tests). */
export const EPOCH_MS = Date.UTC(2026, 0, 15, 9, 0, 0);

export const TIME_FIELDS = new Set([
  'startedAt',
  'finishedAt',
  'lastTransitionTime',
  'startTime',
  'creationTimestamp',
  'deletionTimestamp',
  'lastProbeTime',
]);

export function rfc3339(t: number): string {
  return new Date(EPOCH_MS + Math.round(t * 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Replaces what YAML cannot carry (functions, symbols, Map/Set, errors) with readable data. */
export function toPlain(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'function') return `[Function ${(value as { name?: string }).name || 'anonymous'}]`;
  if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    if (value instanceof Error) {
      const e = value as Error & Record<string, unknown>;
      const out: Record<string, unknown> = { name: e.name, message: e.message };
      for (const k of Object.keys(e)) out[k] = toPlain(e[k], seen);
      return out;
    }
    if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toPlain(v, seen)]));
    if (value instanceof Set) return [...value].map((v) => toPlain(v, seen));
    if (Array.isArray(value)) return value.map((v) => toPlain(v, seen));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toPlain(v, seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

export interface YamlOptions {
  times?: boolean;
}

/** YAML text of any value; with `times`, known time fields become timestamps with a `# t=…s` comment. */
export function toDisplayYaml(value: unknown, { times = true }: YamlOptions = {}): string {
  if (value === undefined) return 'undefined\n';
  const doc = new Document(toPlain(value));
  if (times) {
    visit(doc, {
      Pair(_, pair: Pair) {
        const key = isScalar(pair.key) ? String((pair.key as Scalar).value) : undefined;
        if (!key || !TIME_FIELDS.has(key) || !isScalar(pair.value)) return;
        const v = (pair.value as Scalar).value;
        if (typeof v !== 'number' || !Number.isFinite(v)) return;
        const node = doc.createNode(rfc3339(v)) as Scalar;
        node.type = 'QUOTE_DOUBLE';
        node.comment = ` t=${Number(v.toFixed(3))}s`;
        pair.value = node;
      },
    });
  }
  return doc.toString({ lineWidth: 0, indentSeq: false });
}
