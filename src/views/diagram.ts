/**
 * State diagrams drawn from the model's own xstate machine definitions: the graph is read from the
 * machine's `config` (states, `on`, `always`, `after`), then laid out in layers (breadth-first from
 * the initial state) with no diagram library, so it renders during SSR as plain SVG.
 */
import type { Simulation, Transition } from '../lifecycle/types';

/** The part of an xstate machine (v5 `StateMachine`) the diagram reads. */
export interface MachineLike {
  id?: string;
  config: object;
}
export interface StateConfigLike {
  id?: string;
  type?: string;
  initial?: string;
  states?: Record<string, StateConfigLike>;
  on?: Record<string, unknown>;
  always?: unknown;
  after?: Record<string, unknown>;
  description?: string;
}

export interface DiagramNode {
  id: string;
  final: boolean;
  initial: boolean;
  layer: number;
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DiagramEdge {
  from: string;
  to: string;
  events: string[];
  back: boolean;
}
export interface DiagramRegion {
  name: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  width: number;
  height: number;
  x: number;
  y: number;
}
export interface DiagramLayout {
  regions: DiagramRegion[];
  width: number;
  height: number;
}

function targetsOf(value: unknown): string[] {
  if (value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targetsOf);
  if (typeof value === 'object' && 'target' in value) return targetsOf((value as { target: unknown }).target);
  return [];
}

/** `Running` stays `Running`; `#pod.phase.Failed` or `.child` keep their last segment (sibling names). */
function targetName(raw: string): string {
  return (
    raw
      .replace(/^#[^.]*\./, '')
      .replace(/^\./, '')
      .split('.')
      .pop() ?? raw
  );
}

/** States and edges of one region (a compound state whose children are the nodes). */
export function regionGraph(regionConfig: object): {
  initial?: string;
  states: string[];
  finals: Set<string>;
  edges: DiagramEdge[];
} {
  const region = regionConfig as StateConfigLike;
  const states = Object.keys(region.states ?? {});
  const finals = new Set(states.filter((s) => region.states?.[s]?.type === 'final'));
  const byPair = new Map<string, DiagramEdge>();
  const addEdge = (from: string, to: string, event: string) => {
    if (!states.includes(to)) return;
    const key = `${from}\u0000${to}`;
    const e = byPair.get(key) ?? { from, to, events: [], back: false };
    if (!e.events.includes(event)) e.events.push(event);
    byPair.set(key, e);
  };
  for (const s of states) {
    const cfg = region.states?.[s] ?? {};
    for (const [event, target] of Object.entries(cfg.on ?? {}))
      for (const t of targetsOf(target)) addEdge(s, targetName(t), event);
    for (const t of targetsOf(cfg.always)) addEdge(s, targetName(t), 'always');
    for (const [delay, target] of Object.entries(cfg.after ?? {}))
      for (const t of targetsOf(target)) addEdge(s, targetName(t), `after ${delay}`);
  }
  return { initial: region.initial ?? states[0], states, finals, edges: [...byPair.values()] };
}

const NODE_H = 30;
const GAP_X = 18;
const GAP_Y = 46;
const PAD = 12;

/** Rough text width for the monospace-ish labels used in the SVG (7.2 px per char at 12 px). */
export function labelWidth(label: string): number {
  return Math.round(label.length * 7.4 + 22);
}

function layoutRegion(name: string, region: StateConfigLike): DiagramRegion {
  const g = regionGraph(region);
  const layer = new Map<string, number>();
  if (g.initial) layer.set(g.initial, 0);
  const queue = g.initial ? [g.initial] : [];
  while (queue.length) {
    const s = queue.shift()!;
    for (const e of g.edges) {
      if (e.from === s && !layer.has(e.to)) {
        layer.set(e.to, layer.get(s)! + 1);
        queue.push(e.to);
      }
    }
  }
  const maxLayer = Math.max(0, ...layer.values());
  for (const s of g.states) if (!layer.has(s)) layer.set(s, maxLayer + 1); // unreachable: one extra row

  // Order inside a layer: definition order, then one barycentre pass against the layer above.
  const rows: string[][] = [];
  for (const s of g.states) (rows[layer.get(s)!] ??= []).push(s);
  const position = new Map<string, number>();
  rows.forEach((row, i) => {
    if (i > 0) {
      const bary = (s: string) => {
        const ps = g.edges.filter((e) => e.to === s && layer.get(e.from) === i - 1).map((e) => position.get(e.from)!);
        return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : Number.MAX_SAFE_INTEGER;
      };
      row.sort((a, b) => bary(a) - bary(b));
    }
    row.forEach((s, j) => position.set(s, j));
  });

  const rowWidths = rows.map(
    (row) => (row ?? []).reduce((w, s) => w + labelWidth(s), 0) + GAP_X * Math.max(0, (row ?? []).length - 1),
  );
  const width = Math.max(...rowWidths, labelWidth(name)) + PAD * 2;
  const nodes: DiagramNode[] = [];
  rows.forEach((row, i) => {
    let x = PAD + (width - PAD * 2 - rowWidths[i]) / 2;
    for (const s of row ?? []) {
      const w = labelWidth(s);
      nodes.push({
        id: s,
        final: g.finals.has(s),
        initial: s === g.initial,
        layer: i,
        order: position.get(s)!,
        x,
        y: PAD + 18 + i * (NODE_H + GAP_Y),
        width: w,
        height: NODE_H,
      });
      x += w + GAP_X;
    }
  });
  const edges = g.edges.map((e) => ({ ...e, back: e.from !== e.to && layer.get(e.to)! <= layer.get(e.from)! }));
  const height = PAD * 2 + 18 + rows.length * NODE_H + Math.max(0, rows.length - 1) * GAP_Y;
  return { name, nodes, edges, width, height, x: 0, y: 0 };
}

/** Lays out a machine: one block per parallel region (side by side), or one block for the root. */
export function layoutMachine(machine: MachineLike): DiagramLayout {
  const root = machine.config as StateConfigLike;
  const parts: [string, StateConfigLike][] =
    root.type === 'parallel' ? Object.entries(root.states ?? {}) : [[root.id ?? machine.id ?? 'machine', root]];
  const regions = parts.map(([name, cfg]) => layoutRegion(name, cfg));
  let x = 0;
  for (const r of regions) {
    r.x = x;
    x += r.width + 16;
  }
  return { regions, width: Math.max(0, x - 16), height: Math.max(0, ...regions.map((r) => r.height)) };
}

/** Transitions of one machine instance (e.g. `container/app`) up to time `at`. */
export function instanceTransitions(
  sim: Simulation | undefined,
  machineId: string,
  instance?: string,
  at = Infinity,
): Transition[] {
  if (!sim) return [];
  const mine = sim.transitions.filter((t) => t.machineId === machineId);
  const name = instance ?? defaultInstance(sim, machineId, mine);
  return mine.filter((t) => t.machine === name && t.time <= at + 1e-9);
}

/** The instance a diagram follows when none is given: the first regular container, or the first seen. */
export function defaultInstance(
  sim: Simulation,
  machineId: string,
  mine: Transition[] = sim.transitions.filter((t) => t.machineId === machineId),
): string | undefined {
  const first = sim.pod.spec.containers?.[0]?.name;
  if (first) {
    const preferred = mine.find((t) => t.machine.split('/').includes(first));
    if (preferred) return preferred.machine;
  }
  return mine[0]?.machine;
}

/**
 * Active state per region at time `at` (region names as in the layout), plus the edges already
 * travelled (`from→to` keys), for lighting the diagram.
 */
export function activeStates(
  layout: DiagramLayout,
  transitions: Transition[],
): { active: Map<string, string>; travelled: Set<string> } {
  const active = new Map<string, string>();
  for (const r of layout.regions) {
    const init = r.nodes.find((n) => n.initial);
    if (init) active.set(r.name, init.id);
  }
  const travelled = new Set<string>();
  const single = layout.regions.length === 1;
  for (const t of transitions) {
    const to = t.to.split('/');
    const from = t.from?.split('/') ?? [];
    layout.regions.forEach((r, i) => {
      // `A/B` carries one value per region (definition order); a plain `A` names one region's state.
      const target = single ? to[to.length - 1] : to.length > 1 ? to[i] : to[0];
      if (!target || !r.nodes.some((n) => n.id === target)) return;
      const source = single ? from[from.length - 1] : from.length > 1 ? from[i] : from[0];
      if (source && source !== target && r.nodes.some((n) => n.id === source))
        travelled.add(`${r.name}:${source}\u2192${target}`);
      active.set(r.name, target);
    });
  }
  return { active, travelled };
}
