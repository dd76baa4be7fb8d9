/**
 * State diagrams drawn from the model's own xstate machine definitions: the graph is read from the
 * machine's `config` (states, `on`, `always`, `after`). The layout is computed at build time
 * (src/views/diagramLayout.ts); this module holds what the browser needs too: the graph reader and
 * which state is current at a time.
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

export interface DiagramEdge {
  from: string;
  to: string;
  events: string[];
  back: boolean;
}

/**
 * A diagram as the browser draws it, laid out at build time (src/views/diagramLayout.ts, written to
 * src/views/diagramLayouts.json by `npm run diagrams`): boxes and SVG paths, nothing to compute.
 */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  initial?: boolean;
  final?: boolean;
}
export interface DrawnEdge {
  from: string;
  to: string;
  events: string[];
  d: string;
  /** Top-left corner of the label (one line per event). */
  label: number[];
}
export interface DrawnRegion {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
}
export interface DrawnMachine {
  id: string;
  width: number;
  height: number;
  regions: DrawnRegion[];
}
/** What `activeStates` needs of a layout: regions, their states, which one is initial. */
export interface RegionsLike {
  regions: { name: string; nodes: { id: string; initial?: boolean }[] }[];
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
  layout: RegionsLike,
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
