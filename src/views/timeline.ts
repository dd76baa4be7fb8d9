/**
 * Pure helpers behind the <Timeline> view: which state each container is in over virtual time,
 * the marks to draw (probe failures, signals, restarts), the grace-period window and the axis ticks.
 */
import { PodLabError } from '../lifecycle/errors';
import type { ContainerStatus, PodStatus, Simulation } from '../lifecycle/types';
import { formatSeconds } from './duration';

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

// ---------------------------------------------------------------------------------------------------
// Layout: a broken time axis and label placement, pure and unit-tested (tests/views/timelineLayout.test.ts).
// The component draws what `timelineLayout` returns; nothing here touches the DOM.

function check(cond: boolean, field: string, message: string): void {
  if (!cond) throw new PodLabError('invalid', `${field}: ${message}`, [{ field, message }]);
}

/** One stretch of the axis: real time [t0, t1] drawn over the fraction [u0, u1] of the plot width. */
export interface AxisPiece {
  t0: number;
  t1: number;
  u0: number;
  u1: number;
  /** A long idle gap drawn at a fixed width, with a break mark and its real duration. */
  broken: boolean;
}

export interface TimeAxis {
  end: number;
  pieces: AxisPiece[];
}

/** Most breakpoints an axis keeps (a hostile simulation cannot make the layout quadratic). */
const MAX_AXIS_POINTS = 5000;

/**
 * A time axis whose idle gaps longer than `gap` seconds are drawn `gap / 2` seconds wide (a "broken"
 * axis; its short intervals then count at least `gap / 12` seconds): a crash loop whose back-off grows to 300 s keeps its first 10 s restart readable.
 * `times` are the instants where something happens. Monotonic; `axisTime` is its inverse.
 */
export function brokenAxis(times: readonly number[], end: number, gap = 60): TimeAxis {
  check(Array.isArray(times), 'times', 'must be an array of seconds');
  check(Number.isFinite(end) && end >= 0, 'end', 'must be a finite number of seconds ≥ 0');
  check(Number.isFinite(gap) && gap > 0, 'gap', 'must be a positive number of seconds');
  const span = end > 0 ? end : 1;
  const pts = new Set<number>([0, span]);
  for (const t of times.slice(0, MAX_AXIS_POINTS)) if (Number.isFinite(t) && t > 0 && t < span) pts.add(t);
  const sorted = [...pts].sort((a, b) => a - b);
  // On a broken axis every interval is also at least gap / 12 wide, so events seconds apart stay apart.
  let anyBreak = false;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] - sorted[i - 1] > gap) anyBreak = true;
  const weights: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const d = sorted[i] - sorted[i - 1];
    weights.push(d > gap ? gap / 2 : anyBreak ? Math.max(d, gap / 12) : d);
  }
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const pieces: AxisPiece[] = [];
  let u = 0;
  for (let i = 1; i < sorted.length; i++) {
    const w = weights[i - 1] / total;
    const d = sorted[i] - sorted[i - 1];
    const last = pieces[pieces.length - 1];
    const broken = d > gap;
    // Consecutive linear pieces are one piece (fewer pieces, same mapping) when no interval was widened.
    if (last && !last.broken && !broken && !anyBreak) {
      last.t1 = sorted[i];
      last.u1 = u + w;
    } else pieces.push({ t0: sorted[i - 1], t1: sorted[i], u0: u, u1: u + w, broken });
    u += w;
  }
  pieces[pieces.length - 1].u1 = 1;
  return { end: span, pieces };
}

function pieceIndex<K extends 't0' | 'u0'>(axis: TimeAxis, key: K, v: number): number {
  let lo = 0;
  let hi = axis.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (axis.pieces[mid][key] <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The fraction [0, 1] of the plot width where time `t` is drawn. */
export function axisFraction(axis: TimeAxis, t: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const c = Math.max(0, Math.min(t, axis.end));
  const p = axis.pieces[pieceIndex(axis, 't0', c)];
  return p.t1 > p.t0 ? p.u0 + ((c - p.t0) / (p.t1 - p.t0)) * (p.u1 - p.u0) : p.u0;
}

/** The time drawn at fraction `u` of the plot width (inverse of `axisFraction`, for clicks and drags). */
export function axisTime(axis: TimeAxis, u: number): number {
  if (!Number.isFinite(u)) return u > 0 ? axis.end : 0;
  const c = Math.max(0, Math.min(u, 1));
  const p = axis.pieces[pieceIndex(axis, 'u0', c)];
  return p.u1 > p.u0 ? p.t0 + ((c - p.u0) / (p.u1 - p.u0)) * (p.t1 - p.t0) : p.t0;
}

/** A text label and its box, in px of the drawn SVG (x is the anchor: start of the text). */
export interface PlacedLabel {
  x: number;
  y: number;
  width: number;
  text: string;
  /** Free key for the renderer (a class, a mark kind). */
  tag: string;
  /** Unique among the candidates of one call. */
  key: string;
}

/** Font size of every text in the timeline (px; the SVG is drawn 1 unit = 1 px). */
export const FONT_PX = 12;

/** Estimated width of a monospace text at FONT_PX (symbols outside ASCII count one em). */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 128 ? 0.6 * FONT_PX : FONT_PX;
  return w;
}

/**
 * Keeps the labels that fit: by priority (lower first), each is centred on its `at` (clamped inside
 * [0, width]) and dropped when its box comes closer than `pad` px to a box already kept. The result is
 * sorted by x.
 */
export function placeLabels(
  candidates: readonly { at: number; text: string; priority: number; tag: string; key?: string }[],
  width: number,
  y: number,
  pad = 6,
): PlacedLabel[] {
  check(Number.isFinite(width) && width > 0, 'width', 'must be a positive number of px');
  const kept: PlacedLabel[] = [];
  const order = [...candidates].slice(0, MAX_AXIS_POINTS).sort((a, b) => a.priority - b.priority || a.at - b.at);
  for (const c of order) {
    const w = textWidth(c.text);
    if (!(w > 0) || w > width) continue;
    const x = Math.max(0, Math.min(c.at - w / 2, width - w));
    if (kept.some((k) => x < k.x + k.width + pad && k.x < x + w + pad)) continue;
    kept.push({ x, y, width: w, text: c.text, tag: c.tag, key: c.key ?? `${c.tag}|${c.at}|${c.text}` });
  }
  return kept.sort((a, b) => a.x - b.x);
}

/** Times the keyboard and the snapping stop at: every mark and every change of state, plus 0 and the end. */
export function eventTimes(end: number, segments: readonly Segment[], marks: readonly Mark[]): number[] {
  const set = new Set<number>([0, end]);
  for (const s of segments) if (Number.isFinite(s.start) && s.start >= 0 && s.start <= end) set.add(s.start);
  for (const m of marks) if (Number.isFinite(m.time) && m.time >= 0 && m.time <= end) set.add(m.time);
  return [...set].sort((a, b) => a - b);
}

export const LAYOUT = {
  padX: 8,
  top: 4,
  graceRow: 16,
  nameRow: 16,
  bar: 20,
  markRow: 17,
  laneGap: 4,
  axis: 24,
} as const;

export interface LaneLayout {
  lane: Lane;
  /** Baseline of the lane's name, top of its bar, baseline of its mark labels. */
  nameY: number;
  barY: number;
  markY: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotWidth: number;
  plotTop: number;
  plotBottom: number;
  axis: TimeAxis;
  lanes: LaneLayout[];
  rects: { x: number; y: number; width: number; segment: Segment }[];
  segmentLabels: PlacedLabel[];
  markLabels: PlacedLabel[];
  axisLabels: PlacedLabel[];
  ticks: number[];
  /** x of each break of the axis. */
  breaks: number[];
  grace?: { x: number; width: number; label?: PlacedLabel };
  /** x of every time; time at every x (clicks). */
  x: (t: number) => number;
  time: (x: number) => number;
}

const MARK_TEXT: Record<MarkKind, string> = {
  liveness: 'L',
  readiness: 'R',
  startup: 'S',
  restart: '↻',
  SIGTERM: 'TERM',
  SIGKILL: 'KILL',
};
const MARK_PRIORITY: Record<MarkKind, number> = {
  SIGKILL: 0,
  SIGTERM: 0,
  restart: 1,
  liveness: 2,
  startup: 2,
  readiness: 3,
};

export function markText(m: Mark): string {
  return m.kind === 'restart' ? `↻${m.detail ?? ''}` : MARK_TEXT[m.kind];
}

/**
 * Where everything goes at `width` px. Which labels are kept is decided at `labelWidth` px (≤ width), so
 * one class of widths (phone, wide) always shows the same texts, and the server's HTML (drawn at a
 * default width) matches what the browser draws at any width of the same class.
 */
export function timelineLayout(
  input: { end: number; lanes: Lane[]; segments: Segment[]; marks: Mark[]; grace?: { start: number; end: number } },
  width: number,
  labelWidth = width,
  graceText = '',
): TimelineLayout {
  check(Number.isFinite(width) && width >= 120 && width <= 20000, 'width', 'must be between 120 and 20000 px');
  check(
    Number.isFinite(labelWidth) && labelWidth >= 120 && labelWidth <= width,
    'labelWidth',
    'must be between 120 px and width',
  );
  check(
    Array.isArray(input.lanes) && Array.isArray(input.segments) && Array.isArray(input.marks),
    'input',
    'needs lanes, segments and marks',
  );
  const L = LAYOUT;
  const end = Number.isFinite(input.end) && input.end > 0 ? input.end : 1;
  const axis = brokenAxis(eventTimes(end, input.segments, input.marks), end);
  const top = L.top + (input.grace ? L.graceRow : 0);
  const laneH = L.nameRow + L.bar + L.markRow + L.laneGap;
  const plotBottom = top + input.lanes.length * laneH;
  const height = plotBottom + L.axis;

  const build = (w: number, allowed?: Set<string>) => {
    const ok = (key: string) => !allowed || allowed.has(key);
    const plotWidth = w - 2 * L.padX;
    const x = (t: number) => L.padX + axisFraction(axis, t) * plotWidth;
    const time = (px: number) => axisTime(axis, (px - L.padX) / plotWidth);
    const laneIndex = new Map(input.lanes.map((l, i) => [l.name, i]));
    const lanes = input.lanes.map((lane, i) => {
      const y = top + i * laneH;
      return { lane, nameY: y + 12, barY: y + L.nameRow, markY: y + L.nameRow + L.bar + 13 };
    });
    const rects = input.segments
      .filter((s) => laneIndex.has(s.lane) && s.state !== 'none')
      .map((s) => {
        const x0 = x(s.start);
        return { x: x0, y: lanes[laneIndex.get(s.lane)!].barY, width: Math.max(1, x(s.end) - x0), segment: s };
      });
    const segmentLabels: PlacedLabel[] = [];
    for (const [i, r] of rects.entries()) {
      const text =
        r.segment.state === 'running'
          ? 'Running'
          : r.segment.state === 'terminated'
            ? `${r.segment.reason ?? 'Terminated'} (${r.segment.exitCode})`
            : (r.segment.reason ?? r.segment.state);
      const tw = textWidth(text);
      if (r.width >= tw + 8 && ok(`s${i}`))
        segmentLabels.push({ x: r.x + 4, y: r.y + 14, width: tw, text, tag: r.segment.lane, key: `s${i}` });
    }
    const markLabels = lanes.flatMap((ll) =>
      placeLabels(
        input.marks
          .map((m, i) => ({
            at: x(m.time),
            text: markText(m),
            priority: MARK_PRIORITY[m.kind],
            tag: m.kind,
            key: `m${i}`,
            lane: m.lane,
          }))
          .filter((c) => c.lane === ll.lane.name && ok(c.key)),
        w,
        ll.markY,
      ),
    );
    const axisCands: { at: number; text: string; priority: number; tag: string; key: string }[] = [];
    const breaks: number[] = [];
    for (const p of axis.pieces) {
      const a = L.padX + p.u0 * plotWidth;
      const b = L.padX + p.u1 * plotWidth;
      if (p.broken) {
        breaks.push((a + b) / 2);
        axisCands.push({
          at: (a + b) / 2,
          text: `+${formatSeconds(p.t1 - p.t0)}`,
          priority: 0,
          tag: 'break',
          key: `b${p.t0}`,
        });
        continue;
      }
      for (const t of [p.t0, p.t1])
        axisCands.push({ at: x(t), text: formatSeconds(t), priority: 1, tag: 'tick', key: `t${t}` });
      const inner = niceTicks(p.t0, p.t1, Math.max(1, Math.floor((b - a) / 80))).filter((t) => t > p.t0 && t < p.t1);
      for (const t of inner)
        axisCands.push({ at: x(t), text: formatSeconds(t), priority: 2, tag: 'tick', key: `t${t}` });
    }
    const axisLabels = placeLabels(
      axisCands.filter((c) => ok(c.key)),
      w,
      plotBottom + 17,
    );
    let grace: TimelineLayout['grace'];
    if (input.grace) {
      const gx = x(input.grace.start);
      const gw = Math.max(2, x(input.grace.end) - gx);
      const tw = textWidth(graceText);
      grace = {
        x: gx,
        width: gw,
        label:
          graceText && tw <= w
            ? {
                x: Math.max(0, Math.min(gx + 3, w - tw)),
                y: L.top + 12,
                width: tw,
                text: graceText,
                tag: 'grace',
                key: 'grace',
              }
            : undefined,
      };
    }
    return { plotWidth, x, time, lanes, rects, segmentLabels, markLabels, axisLabels, breaks, grace };
  };

  // Texts are chosen at labelWidth, then drawn at width (distances only grow, so nothing new collides).
  const narrow = build(labelWidth);
  const keys = new Set([...narrow.segmentLabels, ...narrow.markLabels, ...narrow.axisLabels].map((l) => l.key));
  const wide = labelWidth === width ? narrow : build(width, keys);
  const { segmentLabels, markLabels, axisLabels } = wide;
  return {
    width,
    height,
    plotLeft: L.padX,
    plotWidth: wide.plotWidth,
    plotTop: top,
    plotBottom,
    axis,
    lanes: wide.lanes,
    rects: wide.rects,
    segmentLabels,
    markLabels,
    axisLabels,
    ticks: axisLabels.filter((l) => l.tag === 'tick').map((l) => l.x + l.width / 2),
    breaks: wide.breaks,
    grace: wide.grace,
    x: wide.x,
    time: wide.time,
  };
}
