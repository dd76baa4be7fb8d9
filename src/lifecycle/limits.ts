/**
 * The sizes PodLab accepts, and the checks both entry points (`simulate`, `simulateCluster`) run on their
 * options before anything else. These are the model's limits, not Kubernetes' ones: a teaching site runs
 * in a browser tab, so a scenario has to stay small enough to answer in about a second.
 *
 * Every error is a `PodLabError` whose field names the option (`until`, `nodes.count`, `actions[3].replicas`,
 * `options.maxSteps`) and whose message says the limit.
 */
import { PodLabError, isPodLabError } from './errors';
import type { FieldError } from './types';

export const LIMITS = {
  /** Pods a cluster scenario may ask for at once (replicas of every controller plus bare Pods). */
  podsPerCluster: 1000,
  /** Nodes of a cluster scenario. */
  nodes: 100,
  /** Containers of one Pod (init, regular and ephemeral). */
  containersPerPod: 2000,
  /** Containers a cluster scenario may ask for at once (each Pod's containers times its replicas). */
  containersPerCluster: 10_000,
  /** `until`, in virtual seconds: 30 days. */
  until: 30 * 86400,
  /** Timed actions of a scenario. */
  actions: 1000,
  /** `options.maxSteps`. */
  maxSteps: 10_000_000,
  /** `nodeMonitorGracePeriodSeconds`: one day. */
  nodeMonitorGracePeriodSeconds: 86400,
  /** `nodes.maxPods` (the kubelet's `maxPods`). */
  maxPodsPerNode: 1000,
} as const;

function show(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'function') return 'a function';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A `scenario` error for one field, worded like the API server's `field.Invalid`. */
export function invalidOption(field: string, value: unknown, rule: string): PodLabError {
  const message = `Invalid value: ${show(value)}: ${rule}`;
  return new PodLabError('scenario', `${field}: ${message}`, [{ field, message }]);
}

/** A required option is missing. */
export function requiredOption(field: string, what: string): PodLabError {
  return new PodLabError('scenario', `${field}: Required value: ${what}`, [
    { field, message: `Required value: ${what}` },
  ]);
}

/** An integer in [min, max]; `why` names the limit in the message. */
export function checkInteger(v: unknown, field: string, min: number, max: number, why = ''): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw invalidOption(
      field,
      v,
      `must be an integer between ${min} and ${max.toLocaleString('en-US')}${why ? ` (${why})` : ''}`,
    );
  }
  return v;
}

/** A number of seconds in [min, max] (`exclusiveMin`: strictly above min). */
export function checkSeconds(
  v: unknown,
  field: string,
  max: number,
  opts: { min?: number; exclusiveMin?: boolean; why?: string } = {},
): number {
  const min = opts.min ?? 0;
  const ok = typeof v === 'number' && Number.isFinite(v) && (opts.exclusiveMin ? v > min : v >= min) && v <= max;
  if (!ok) {
    throw invalidOption(
      field,
      v,
      `must be a number of seconds ${opts.exclusiveMin ? '>' : '≥'} ${min} and ≤ ${max.toLocaleString('en-US')}${opts.why ? ` (${opts.why})` : ''}`,
    );
  }
  return v as number;
}

export function checkString(v: unknown, field: string, what = 'a non-empty string'): string {
  if (typeof v !== 'string' || v === '') throw invalidOption(field, v, `must be ${what}`);
  return v;
}

export function checkObject(v: unknown, field: string, what = 'an object'): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw invalidOption(field, v === undefined ? 'undefined' : v, `must be ${what}`);
  return v as Record<string, unknown>;
}

export function checkArray(v: unknown, field: string, max: number, what: string): unknown[] {
  if (!Array.isArray(v)) throw invalidOption(field, typeof v, `must be a list of ${what}`);
  if (v.length > max)
    throw invalidOption(field, `${v.length} items`, `at most ${max.toLocaleString('en-US')} ${what} (PodLab's limit)`);
  return v;
}

/** `options.maxSteps`: a positive integer. */
export function checkMaxSteps(options: unknown, fallback: number): number {
  if (options === undefined) return fallback;
  const o = checkObject(options, 'options');
  if (o.maxSteps === undefined) return fallback;
  return checkInteger(
    o.maxSteps,
    'options.maxSteps',
    1,
    LIMITS.maxSteps,
    'queue steps before the run stops with a notice',
  );
}

/** `until`: seconds ≥ 0, at most 30 days. */
export function checkUntil(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  return checkSeconds(v, 'until', LIMITS.until, { why: "PodLab's limit: 30 days" });
}

/** Containers of one Pod spec (init, regular, ephemeral) against the limit; `path` is the spec's field path. */
export function checkContainerCount(
  spec: { containers?: unknown; initContainers?: unknown; ephemeralContainers?: unknown } | undefined,
  path: string,
): number {
  const n = (k: 'containers' | 'initContainers' | 'ephemeralContainers') =>
    Array.isArray(spec?.[k]) ? (spec![k] as unknown[]).length : 0;
  const total = n('containers') + n('initContainers') + n('ephemeralContainers');
  if (total > LIMITS.containersPerPod) {
    throw invalidOption(
      `${path}.containers`,
      `${total} containers`,
      `at most ${LIMITS.containersPerPod.toLocaleString('en-US')} containers per Pod (PodLab's limit)`,
    );
  }
  return total;
}

/**
 * Runs an entry point: every error that leaves is a `PodLabError` whose fields are not empty (`field`
 * replaces an empty one: `pod`, `objects`); anything else (a bug of the model) is wrapped, named.
 */
export function atEntryPoint<T>(field: string, run: () => T, where?: () => string): T {
  try {
    return run();
  } catch (e) {
    if (isPodLabError(e)) {
      if (e.errors.length > 0 && e.errors.every((x) => x.field)) throw e;
      const errors: FieldError[] =
        e.errors.length > 0 ? e.errors.map((x) => (x.field ? x : { ...x, field })) : [{ field, message: e.message }];
      throw new PodLabError(e.kind, e.message, errors, { line: e.line, column: e.column });
    }
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const at = where?.() ?? '';
    throw new PodLabError('scenario', `the simulation failed${at}: ${msg}`, [{ field, message: msg }]);
  }
}
