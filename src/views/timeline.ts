/**
 * Pure helpers behind the <Timeline> view: which state each container is in over virtual time,
 * the marks to draw (probe failures, signals, restarts), the grace-period window and the axis ticks.
 */
import type { ContainerStatus, PodStatus, Simulation } from '../lifecycle/types';

export type LaneKind = 'init' | 'sidecar' | 'container' | 'ephemeral';
export type StateKind = 'none' | 'waiting' | 'running' | 'terminated';

export interface Lane {
  name: string;
  kind: LaneKind;
}

export interface Segment {
  lane: string;
  start: number;
  end: number;
  state: StateKind;
  /** waiting/terminated reason, e.g. CrashLoopBackOff, Completed, Error. */
  reason?: string;
  exitCode?: number;
  ready: boolean;
  restartCount: number;
}

export type MarkKind = 'restart' | 'liveness' | 'readiness' | 'startup' | 'SIGTERM' | 'SIGKILL';
export interface Mark {
  lane: string;
  time: number;
  kind: MarkKind;
  detail?: string;
}

const EPS = 1e-9;

/** Containers of the Pod in the order the kubelet starts them: init (and sidecars), regular, ephemeral. */
export function lanesOf(sim: Simulation): Lane[] {
  const lanes: Lane[] = [];
  const seen = new Set<string>();
  const add = (name: string, kind: LaneKind) => {
    if (!seen.has(name)) {
      seen.add(name);
      lanes.push({ name, kind });
    }
  };
  const spec = sim.pod.spec;
  for (const c of spec.initContainers ?? []) add(c.name, c.restartPolicy === 'Always' ? 'sidecar' : 'init');
  for (const c of spec.containers ?? []) add(c.name, 'container');
  for (const c of spec.ephemeralContainers ?? []) add(c.name, 'ephemeral');
  // Ephemeral containers added later by `kubectl debug` appear only in later statuses.
  const last = safeStatus(sim, sim.endTime);
  for (const s of last?.ephemeralContainerStatuses ?? []) add(s.name, 'ephemeral');
  return lanes;
}

function safeStatus(sim: Simulation, t: number): PodStatus | undefined {
  try {
    return sim.statusAt(t);
  } catch {
    return undefined;
  }
}

function allStatuses(s: PodStatus | undefined): ContainerStatus[] {
  if (!s) return [];
  return [...(s.initContainerStatuses ?? []), ...(s.containerStatuses ?? []), ...(s.ephemeralContainerStatuses ?? [])];
}

/** Every instant at which something may have changed, sorted, within [0, endTime]. */
export function breakpoints(sim: Simulation): number[] {
  const times = new Set<number>([0, sim.endTime]);
  for (const t of sim.transitions) times.add(t.time);
  for (const e of sim.events) times.add(e.time);
  for (const w of sim.watch) times.add(w.time);
  return [...times].filter((t) => Number.isFinite(t) && t >= 0 && t <= sim.endTime + EPS).sort((a, b) => a - b);
}

function describeState(
  c: ContainerStatus | undefined,
): Pick<Segment, 'state' | 'reason' | 'exitCode' | 'ready' | 'restartCount'> {
  if (!c) return { state: 'none', ready: false, restartCount: 0 };
  const { waiting, running, terminated } = c.state ?? {};
  if (terminated)
    return {
      state: 'terminated',
      reason: terminated.reason,
      exitCode: terminated.exitCode,
      ready: c.ready,
      restartCount: c.restartCount,
    };
  if (running) return { state: 'running', ready: c.ready, restartCount: c.restartCount };
  if (waiting) return { state: 'waiting', reason: waiting.reason, ready: c.ready, restartCount: c.restartCount };
  return { state: 'none', ready: c.ready, restartCount: c.restartCount };
}

/** The state of each container over time, merged into segments of identical state. */
export function containerSegments(sim: Simulation, lanes: Lane[] = lanesOf(sim)): Segment[] {
  const points = breakpoints(sim);
  const open = new Map<string, Segment>();
  const out: Segment[] = [];
  const close = (seg: Segment, end: number) => {
    seg.end = end;
    if (seg.end > seg.start + EPS || seg.state !== 'none') out.push(seg);
  };
  for (const t of points) {
    const statuses = allStatuses(safeStatus(sim, t));
    for (const lane of lanes) {
      const d = describeState(statuses.find((s) => s.name === lane.name));
      const cur = open.get(lane.name);
      if (
        cur &&
        cur.state === d.state &&
        cur.reason === d.reason &&
        cur.ready === d.ready &&
        cur.restartCount === d.restartCount &&
        cur.exitCode === d.exitCode
      )
        continue;
      if (cur) close(cur, t);
      open.set(lane.name, { lane: lane.name, start: t, end: t, ...d });
    }
  }
  for (const seg of open.values()) close(seg, sim.endTime);
  return out.filter((s) => s.state !== 'none' || s.end > s.start + EPS).sort((a, b) => a.start - b.start);
}

function containerOf(object: string): string | undefined {
  const m = /\{([^}]+)\}/.exec(object);
  return m?.[1];
}

/** Probe failures, SIGTERM / SIGKILL and restarts, one mark per (lane, time, kind). */
export function timelineMarks(sim: Simulation, segments: Segment[] = containerSegments(sim)): Mark[] {
  const marks = new Map<string, Mark>();
  const add = (m: Mark) => marks.set(`${m.lane}|${m.time}|${m.kind}`, m);
  for (const e of sim.events) {
    const lane = containerOf(e.object);
    if (!lane) continue;
    if (e.reason === 'Unhealthy') {
      const kind = /^liveness/i.test(e.message) ? 'liveness' : /^startup/i.test(e.message) ? 'startup' : 'readiness';
      add({ lane, time: e.time, kind, detail: e.message });
    }
  }
  for (const tr of sim.transitions) {
    if (tr.cause !== 'SIGTERM' && tr.cause !== 'SIGKILL') continue;
    const lane = tr.machine.split('/')[1];
    if (lane) add({ lane, time: tr.time, kind: tr.cause });
  }
  const byLane = new Map<string, Segment[]>();
  for (const s of segments) byLane.set(s.lane, [...(byLane.get(s.lane) ?? []), s]);
  for (const [lane, segs] of byLane) {
    for (let i = 1; i < segs.length; i++) {
      if (segs[i].restartCount > segs[i - 1].restartCount)
        add({ lane, time: segs[i].start, kind: 'restart', detail: String(segs[i].restartCount) });
    }
  }
  return [...marks.values()].sort((a, b) => a.time - b.time);
}

/** The window between a graceful delete and the end of its grace period, if the Pod was deleted. */
export function graceWindow(sim: Simulation): { start: number; end: number } | undefined {
  const probe = [sim.endTime, ...(sim.removedAt !== undefined ? [sim.removedAt - 1e-6] : [])];
  for (const t of probe) {
    let meta;
    try {
      meta = sim.podAt(Math.max(0, t))?.metadata;
    } catch {
      meta = undefined;
    }
    if (meta?.deletionTimestamp !== undefined) {
      const grace = meta.deletionGracePeriodSeconds ?? 0;
      return { start: meta.deletionTimestamp - grace, end: meta.deletionTimestamp };
    }
  }
  return undefined;
}

/** Ticks at 1, 2 or 5 × 10^k seconds (or 15 s / 30 s / minutes for longer spans). */
export function niceTicks(min: number, max: number, target = 6): number[] {
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return [min];
  const raw = span / Math.max(1, target);
  const steps = [
    0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
  ];
  const step = steps.find((s) => s >= raw) ?? Math.ceil(raw / 86400) * 86400;
  const first = Math.ceil(min / step - EPS) * step;
  const ticks: number[] = [];
  for (let t = first; t <= max + EPS; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

/** The virtual times a step control stops at: every instant something changed. */
export function stepTimes(sim: Simulation): number[] {
  return breakpoints(sim);
}
