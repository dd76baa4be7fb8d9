/**
 * What the container runtime (containerd, through the CRI) holds for the Pod: one record per
 * container of the spec, with its current and previous instance (the kubelet's container GC keeps
 * one dead instance per container, `MaxPerPodContainer = 1`), and the process behaviour of each attempt.
 */
import type { BehaviorSpec, Container, ContainerBehavior } from '../types';
import { PodLabError } from '../errors';
import type { MachineState } from './step';
import type { ClockJob } from '../clock';

export type ContainerKind = 'init' | 'sidecar' | 'regular' | 'ephemeral';

/** A one-shot signal a coroutine can wait on (a process exit, a termination turn). */
export class Signal {
  fired = false;
  waiters: (() => void)[] = [];
}

/** One runtime container: one attempt of a spec container. */
export interface Instance {
  id: string;
  attempt: number;
  image: string;
  imageID: string;
  behavior: ContainerBehavior;
  /** `created` covers the postStart hook: the kubelet's sync is blocked in it and writes no status. */
  state: 'created' | 'running' | 'exited';
  startedAt: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
  message?: string;
  sigtermAt?: number;
  exitJob?: ClockJob;
  exited: Signal;
}

/** The kubelet's `reasonCache` entry: why the last start of this container failed. */
export interface StartFailure {
  reason: string;
  message: string;
}

export interface ContainerRecord {
  name: string;
  kind: ContainerKind;
  /** Index in its spec list. */
  index: number;
  spec: Container;
  /** `spec.containers{app}` */
  fieldPath: string;
  machine: MachineState;
  backoffMachine: MachineState;
  current?: Instance;
  previous?: Instance;
  reason?: StartFailure;
  /** The spec changed (image): the next sync kills and restarts the container. */
  definitionChanged: boolean;
  /** A kill is in progress for the current instance. */
  killing: boolean;
  /** Hash of the spec the current instance was started from (`containerChanged`). */
  startedImage?: string;
}

export function fieldPathOf(kind: ContainerKind, name: string): string {
  const list = kind === 'regular' ? 'containers' : kind === 'ephemeral' ? 'ephemeralContainers' : 'initContainers';
  return `spec.${list}{${name}}`;
}

const NUMERIC_FIELDS: (keyof ContainerBehavior)[] = [
  'startupSeconds',
  'exitAfterSeconds',
  'exitCode',
  'unhealthyAfterSeconds',
  'notReadyAfterSeconds',
  'shutdownSeconds',
  'shutdownExitCode',
  'postStartSeconds',
  'preStopSeconds',
  'pullSeconds',
];

/** Checks one behaviour object; throws a `scenario` error naming the container and the field. */
export function checkBehavior(b: unknown, where: string): ContainerBehavior {
  if (b === undefined || b === null) return {};
  if (typeof b !== 'object' || Array.isArray(b)) {
    throw new PodLabError(
      'scenario',
      `${where}: a behaviour must be an object, got ${Array.isArray(b) ? 'array' : typeof b}`,
      [{ field: where, message: 'expected object' }],
    );
  }
  const o = b as Record<string, unknown>;
  for (const f of NUMERIC_FIELDS) {
    const v = o[f];
    if (v === undefined) continue;
    const ok =
      typeof v === 'number' &&
      !Number.isNaN(v) &&
      (f === 'exitCode' || f === 'shutdownExitCode' ? Number.isInteger(v) && v >= 0 && v <= 255 : v >= 0);
    if (!ok) {
      const want =
        f === 'exitCode' || f === 'shutdownExitCode' ? 'an integer from 0 to 255' : 'a number of seconds ≥ 0';
      throw new PodLabError('scenario', `${where}.${f}: must be ${want}, got ${JSON.stringify(v)}`, [
        { field: `${where}.${f}`, message: `must be ${want}` },
      ]);
    }
  }
  if (o.execError !== undefined && o.execError !== 'notFound' && o.execError !== 'notExecutable') {
    throw new PodLabError(
      'scenario',
      `${where}.execError: must be "notFound" or "notExecutable", got ${JSON.stringify(o.execError)}`,
      [{ field: `${where}.execError`, message: 'unknown value' }],
    );
  }
  if (o.memory !== undefined) {
    const m = o.memory as { mebibytes?: unknown; afterSeconds?: unknown } | null;
    const okM =
      !!m &&
      typeof m === 'object' &&
      typeof m.mebibytes === 'number' &&
      Number.isFinite(m.mebibytes) &&
      m.mebibytes >= 0 &&
      (m.afterSeconds === undefined ||
        (typeof m.afterSeconds === 'number' && Number.isFinite(m.afterSeconds) && m.afterSeconds >= 0));
    if (!okM) {
      const want = '{ mebibytes: a number ≥ 0, afterSeconds?: a number of seconds ≥ 0 }';
      throw new PodLabError('scenario', `${where}.memory: must be ${want}, got ${JSON.stringify(o.memory)}`, [
        { field: `${where}.memory`, message: `must be ${want}` },
      ]);
    }
  }
  for (const f of ['postStartFails', 'preStopFails'] as const) {
    if (o[f] !== undefined && typeof o[f] !== 'boolean') {
      throw new PodLabError('scenario', `${where}.${f}: must be true or false, got ${JSON.stringify(o[f])}`, [
        { field: `${where}.${f}`, message: 'expected boolean' },
      ]);
    }
  }
  return o as ContainerBehavior;
}

/** The behaviour of attempt `attempt` (restartCount) of container `name`. */
export function resolveBehavior(spec: BehaviorSpec | undefined, name: string, attempt: number): ContainerBehavior {
  const where = `behavior.${name}`;
  if (spec === undefined) return {};
  if (typeof spec === 'function') {
    let b: unknown;
    try {
      b = spec(attempt);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new PodLabError('scenario', `${where}: the behaviour function threw for attempt ${attempt}: ${msg}`, [
        { field: where, message: msg },
      ]);
    }
    return checkBehavior(b, `${where}(${attempt})`);
  }
  if (Array.isArray(spec)) {
    if (spec.length === 0) return {};
    const i = Math.min(attempt, spec.length - 1);
    return checkBehavior(spec[i], `${where}[${i}]`);
  }
  return checkBehavior(spec, where);
}

/** FNV-1a 32-bit over a string, for deterministic ids. */
export function fnv32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `00` … `ff`: a hash block printed as 8 hex digits without number formatting. */
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * `n` hex digits derived from `s` (deterministic, not cryptographic): block k is FNV-1a of `s + (8k)`, seeded
 * with block k-1. The text is hashed in place (no concatenated string per block: container ids are made at
 * every start, issue 15).
 */
export function hexOf(s: string, n: number): string {
  let out = '';
  // The hash is kept as an int32 (same bits as the uint32 of fnv32; xor and imul do not care), unsigned for printing.
  let seed = 0x811c9dc5 | 0;
  const len = s.length;
  for (let done = 0; done < n; done += 8) {
    let h = seed;
    for (let i = 0; i < len; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const suffix = String(done);
    for (let i = 0; i < suffix.length; i++) h = Math.imul(h ^ suffix.charCodeAt(i), 0x01000193);
    seed = h;
    out += HEX_BYTE[h >>> 24] + HEX_BYTE[(h >>> 16) & 255] + HEX_BYTE[(h >>> 8) & 255] + HEX_BYTE[h & 255];
  }
  return out.length === n ? out : out.slice(0, n);
}

/** A UUID-shaped id derived from `s`. */
export function uuidOf(s: string): string {
  const h = hexOf(s, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
