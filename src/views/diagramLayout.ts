/**
 * Layered (Sugiyama-style) layout of the model's state diagrams, run at BUILD TIME only
 * (`npm run diagrams` writes src/views/diagrams/*.json; the browser only draws what it reads there).
 *
 * No layout library is installed (neither `@dagrejs/dagre` nor `elkjs`), so this follows dagre's steps
 * in small: (1) cycles broken by a depth-first search from the initial state (edges closing a cycle are
 * laid out reversed), (2) longest-path layering, with ranks doubled so that every edge passes through an
 * odd rank where its label is a node of the layout (dagre's `edgeLabelSpace`), (3) long edges split
 * into dummy nodes, one per rank, (4) barycentre ordering, down and up sweeps, the order with the fewest
 * crossings kept, (5) x by repeated averaging of neighbours under the no-overlap constraint (an
 * isotonic regression per rank, solved exactly by pool-adjacent-violators), (6) edges routed
 * vertically through each rank at their dummy's x and diagonally only in the empty gaps between
 * ranks, so no edge goes through a box. Self-loops and their labels sit in space reserved at the right
 * of their state. Every loop is bounded by the graph's size; the output is deterministic.
 */
import { PodLabError } from '../lifecycle/errors';
import { regionGraph, type MachineLike, type StateConfigLike } from './diagram';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LaidNode extends Box {
  id: string;
  initial: boolean;
  final: boolean;
  /** Layer (0 = the initial state's). */
  layer: number;
}
export interface LaidLabel extends Box {
  /** One line per event. */
  lines: string[];
}
export interface LaidEdge {
  from: string;
  to: string;
  events: string[];
  /** Drawn against the flow (it closes a cycle), or a self-loop. */
  back: boolean;
  self: boolean;
  /** Polyline from `from` to `to` (the arrow ends at the last point); empty for a self-loop. */
  points: [number, number][];
  /** SVG path, the polyline or a self-loop's curve. */
  d: string;
  label: LaidLabel;
}
export interface LaidRegion extends Box {
  name: string;
  nodes: LaidNode[];
  edges: LaidEdge[];
}
export interface LaidMachine {
  id: string;
  regions: LaidRegion[];
  width: number;
  height: number;
}

export const NODE_H = 30;
const PAD = 14;
const TITLE_H = 20;
const SEP = 18; // horizontal gap between boxes of one rank
const RANK_GAP = 16; // vertical gap between ranks (only diagonal edge segments run there)
const DUMMY_W = 6;
const EDGE_TO_LABEL = 5; // from an edge to its label's box
const LINE_H = 12; // edge label, 10 px monospace
const LOOP_W = 22;
const MAX_STATES = 200;
const MAX_EDGES = 2000;

/** Width of a state's box: 12 px monospace (≈ 7.2 px a character) plus margins. */
export function nodeWidth(label: string): number {
  return Math.round(label.length * 7.4 + 22);
}
/** Box of an edge label: one line per event, 10 px monospace (≈ 6 px a character), a little slack. */
export function labelSize(lines: string[]): { width: number; height: number } {
  return {
    width: Math.round(Math.max(1, ...lines.map((l) => l.length)) * 6.3 + 6),
    height: lines.length * LINE_H + 4,
  };
}

interface Item {
  key: string;
  rank: number;
  width: number;
  height: number;
  /** x of the item's anchor (node centre, the edge in a dummy) from the item's left. */
  anchor: number;
  node?: string;
  /** The edge chain this dummy belongs to. */
  chain?: number;
  label?: string[];
  weight: number;
  x: number; // anchor position
  up: Item[];
  down: Item[];
}

function round(n: number): number {
  return Math.round(n * 2) / 2;
}

/** Weighted isotonic regression (pool adjacent violators): nondecreasing y closest to `target`. */
function isotonic(target: number[], weight: number[]): number[] {
  const blocks: { sum: number; w: number; n: number }[] = [];
  for (let i = 0; i < target.length; i++) {
    blocks.push({ sum: target[i] * weight[i], w: weight[i], n: 1 });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1];
      const a = blocks[blocks.length - 2];
      if (a.sum / a.w <= b.sum / b.w) break;
      blocks.splice(blocks.length - 2, 2, { sum: a.sum + b.sum, w: a.w + b.w, n: a.n + b.n });
    }
  }
  return blocks.flatMap((b) => Array<number>(b.n).fill(b.sum / b.w));
}

/** Places one rank's anchors as close as possible to `desired`, in order, without overlap. */
function placeRank(row: Item[], desired: number[]): void {
  const offsets: number[] = [];
  let c = 0;
  row.forEach((it, i) => {
    if (i > 0) c += row[i - 1].width - row[i - 1].anchor + SEP + it.anchor;
    offsets.push(c);
  });
  const y = isotonic(
    desired.map((d, i) => d - offsets[i]),
    row.map((it) => it.weight),
  );
  row.forEach((it, i) => (it.x = y[i] + offsets[i]));
}

/** The polyline with its corners rounded (radius ≤ 5 px, so the curve stays next to the polyline). */
export function roundedPath(points: [number, number][]): string {
  const f = (n: number) => String(Math.round(n));
  if (points.length === 0) return '';
  let d = `M${f(points[0][0])},${f(points[0][1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x, y] = points[i];
    if (i + 1 === points.length) {
      d += `L${f(x)},${f(y)}`;
      break;
    }
    const [px, py] = points[i - 1];
    const [nx, ny] = points[i + 1];
    const lin = Math.hypot(x - px, y - py);
    const lout = Math.hypot(nx - x, ny - y);
    const r = Math.min(5, lin / 2, lout / 2);
    if (r < 0.5) {
      d += `L${f(x)},${f(y)}`;
      continue;
    }
    d += `L${f(x - ((x - px) * r) / lin)},${f(y - ((y - py) * r) / lin)}`;
    d += `Q${f(x)},${f(y)} ${f(x + ((nx - x) * r) / lout)},${f(y + ((ny - y) * r) / lout)}`;
  }
  return d;
}

function crossings(ranks: Item[][]): number {
  let total = 0;
  for (let r = 0; r + 1 < ranks.length; r++) {
    const pos = new Map(ranks[r + 1].map((it, i) => [it, i]));
    const segs: [number, number][] = [];
    ranks[r].forEach((it, i) => it.down.forEach((d) => segs.push([i, pos.get(d)!])));
    for (let a = 0; a < segs.length; a++)
      for (let b = a + 1; b < segs.length; b++)
        if ((segs[a][0] - segs[b][0]) * (segs[a][1] - segs[b][1]) < 0) total += 1;
  }
  return total;
}

/** Lays out one region (a compound state whose children are the nodes), at the origin. */
export function layoutRegion(name: string, regionConfig: StateConfigLike): LaidRegion {
  const g = regionGraph(regionConfig);
  if (g.states.length > MAX_STATES || g.edges.length > MAX_EDGES)
    throw new PodLabError('invalid', `diagram: region ${name} is too large to draw`, [
      { field: name, message: `at most ${MAX_STATES} states and ${MAX_EDGES} transitions` },
    ]);
  const states = g.states;
  const index = new Map(states.map((s, i) => [s, i]));
  const out = new Map<string, string[]>(states.map((s) => [s, []]));
  for (const e of g.edges) if (e.from !== e.to) out.get(e.from)!.push(e.to);

  // (1) Cycles: depth-first from the initial state, then from any state not yet seen (definition
  // order); an edge to a state still on the stack closes a cycle and is laid out reversed.
  const state = new Map<string, 'open' | 'done'>();
  const reversed = new Set<string>();
  const dfsOrder: string[] = [];
  const roots = g.initial && index.has(g.initial) ? [g.initial, ...states] : states;
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack: [string, number][] = [[root, 0]];
    state.set(root, 'open');
    dfsOrder.push(root);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const next = out.get(top[0])![top[1]++];
      if (next === undefined) {
        state.set(top[0], 'done');
        stack.pop();
      } else if (state.get(next) === 'open') reversed.add(`${top[0]}\u0000${next}`);
      else if (!state.has(next)) {
        state.set(next, 'open');
        dfsOrder.push(next);
        stack.push([next, 0]);
      }
    }
  }
  const dag = g.edges
    .filter((e) => e.from !== e.to)
    .map((e) => {
      const back = reversed.has(`${e.from}\u0000${e.to}`);
      return { edge: e, back, top: back ? e.to : e.from, bottom: back ? e.from : e.to };
    });

  // (2) Longest-path layering, top down, in depth-first order (a topological order of the DAG).
  const layer = new Map<string, number>();
  const topo: string[] = [];
  const indeg = new Map(states.map((s) => [s, 0]));
  for (const d of dag) indeg.set(d.bottom, indeg.get(d.bottom)! + 1);
  const ready = dfsOrder.filter((s) => indeg.get(s) === 0);
  while (ready.length) {
    const s = ready.shift()!;
    topo.push(s);
    for (const d of dag)
      if (d.top === s) {
        indeg.set(d.bottom, indeg.get(d.bottom)! - 1);
        if (indeg.get(d.bottom) === 0) ready.push(d.bottom);
      }
  }
  for (const s of topo) {
    let l = 0;
    for (const d of dag) if (d.bottom === s) l = Math.max(l, layer.get(d.top)! + 1);
    layer.set(s, l);
  }

  // (3) Items per rank (ranks doubled): states on even ranks, dummies (and labels) in between.
  const selfLabel = new Map<string, string[]>();
  for (const e of g.edges) if (e.from === e.to) selfLabel.set(e.from, e.events);
  const nRanks = 2 * Math.max(0, ...layer.values()) + 1;
  const ranks: Item[][] = Array.from({ length: nRanks }, () => []);
  const nodeItem = new Map<string, Item>();
  for (const s of dfsOrder) {
    const w = nodeWidth(s);
    const loop = selfLabel.get(s);
    const extra = loop ? LOOP_W + labelSize(loop).width + 2 : 0;
    const height = Math.max(NODE_H, loop ? labelSize(loop).height : 0);
    const it: Item = {
      key: s,
      rank: 2 * layer.get(s)!,
      width: w + extra,
      height,
      anchor: w / 2,
      node: s,
      weight: 1,
      x: 0,
      up: [],
      down: [],
    };
    nodeItem.set(s, it);
    ranks[it.rank].push(it);
  }
  const chains: Item[][] = [];
  dag.forEach((d, ci) => {
    const top = nodeItem.get(d.top)!;
    const bottom = nodeItem.get(d.bottom)!;
    const mid = (top.rank + bottom.rank) / 2;
    const labelRank = mid % 2 === 1 ? mid : mid - 1;
    const chain: Item[] = [top];
    for (let r = top.rank + 1; r < bottom.rank; r++) {
      const lines = r === labelRank ? d.edge.events : undefined;
      const size = lines ? labelSize(lines) : { width: 0, height: 0 };
      const it: Item = {
        key: `${ci}:${r}`,
        rank: r,
        width: lines ? DUMMY_W / 2 + EDGE_TO_LABEL + size.width : DUMMY_W,
        height: size.height,
        anchor: DUMMY_W / 2,
        chain: ci,
        label: lines,
        weight: 2,
        x: 0,
        up: [],
        down: [],
      };
      ranks[r].push(it);
      chain.push(it);
    }
    chain.push(bottom);
    for (let i = 0; i + 1 < chain.length; i++) {
      chain[i].down.push(chain[i + 1]);
      chain[i + 1].up.push(chain[i]);
    }
    chains.push(chain);
  });

  // (4) Ordering: barycentre sweeps, keeping the order with the fewest crossings.
  let best = ranks.map((r) => [...r]);
  let bestCrossings = crossings(ranks);
  for (let sweep = 0; sweep < 12 && bestCrossings > 0; sweep++) {
    const down = sweep % 2 === 0;
    const seq = down
      ? ranks.map((_, i) => i).slice(1)
      : ranks
          .map((_, i) => i)
          .slice(0, -1)
          .reverse();
    for (const r of seq) {
      const fixed = new Map(ranks[down ? r - 1 : r + 1].map((it, i) => [it, i]));
      const bary = new Map(
        ranks[r].map((it, i) => {
          const ns = (down ? it.up : it.down).map((n) => fixed.get(n)!);
          return [it, ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : i];
        }),
      );
      const pos = new Map(ranks[r].map((it, i) => [it, i]));
      ranks[r].sort((a, b) => bary.get(a)! - bary.get(b)! || pos.get(a)! - pos.get(b)!);
    }
    const c = crossings(ranks);
    if (c < bestCrossings) {
      bestCrossings = c;
      best = ranks.map((r) => [...r]);
    }
  }
  best.forEach((r, i) => (ranks[i] = r));

  // (5) x: packed, then neighbours' average under the no-overlap constraint, down and up.
  for (const row of ranks) placeRank(row, Array<number>(row.length).fill(0));
  for (let pass = 0; pass < 16; pass++) {
    const down = pass % 2 === 0;
    const seq = down ? ranks.map((_, i) => i) : ranks.map((_, i) => i).reverse();
    for (const r of seq) {
      const row = ranks[r];
      const desired = row.map((it) => {
        const ns = pass >= 12 ? [...it.up, ...it.down] : down ? it.up : it.down;
        return ns.length ? ns.reduce((a, n) => a + n.x, 0) / ns.length : it.x;
      });
      placeRank(row, desired);
    }
  }
  // Straighten long edges: a dummy moves under (then over) its chain neighbour when there is room.
  for (let pass = 0; pass < 4; pass++) {
    const down = pass % 2 === 0;
    const seq = down ? ranks.map((_, i) => i) : ranks.map((_, i) => i).reverse();
    for (const r of seq) {
      const row = ranks[r];
      row.forEach((it, i) => {
        const n = (down ? it.up : it.down)[0];
        if (it.chain === undefined || !n) return;
        const left = i > 0 ? row[i - 1].x - row[i - 1].anchor + row[i - 1].width + SEP : -Infinity;
        const right = i + 1 < row.length ? row[i + 1].x - row[i + 1].anchor - SEP : Infinity;
        if (n.x - it.anchor >= left && n.x - it.anchor + it.width <= right) it.x = n.x;
      });
    }
  }
  const minLeft = Math.min(0, ...ranks.flat().map((it) => it.x - it.anchor));
  const maxRight = Math.max(nodeWidth(name), ...ranks.flat().map((it) => it.x - it.anchor + it.width - minLeft));
  for (const it of ranks.flat()) it.x = round(it.x - minLeft + PAD);

  // Ranks' vertical bands.
  const bandTop: number[] = [];
  const bandHeight = ranks.map((row) => Math.max(0, ...row.map((it) => it.height)));
  let y = PAD + TITLE_H;
  ranks.forEach((_, r) => {
    bandTop.push(y);
    y += bandHeight[r] + (r + 1 < ranks.length ? RANK_GAP : 0);
  });
  const height = Math.ceil(y + PAD);
  const width = Math.ceil(maxRight + 2 * PAD);

  const nodes: LaidNode[] = dfsOrder.map((s) => {
    const it = nodeItem.get(s)!;
    const w = nodeWidth(s);
    return {
      id: s,
      initial: s === g.initial,
      final: g.finals.has(s),
      layer: layer.get(s)!,
      x: round(it.x - w / 2),
      y: round(bandTop[it.rank] + (bandHeight[it.rank] - NODE_H) / 2),
      width: w,
      height: NODE_H,
    };
  });
  const nodeBox = new Map(nodes.map((n) => [n.id, n]));

  // (6) Where edges meet a state: spread along its bottom (leaving) and top (arriving) sides, in the
  // order of the next item's x, so that they neither share a point nor cross at the box.
  const attach = new Map<string, number>(); // `${chain}:top|bottom` → x
  for (const [s, it] of nodeItem) {
    const box = nodeBox.get(s)!;
    for (const side of ['bottom', 'top'] as const) {
      const ids = chains
        .map((c, ci) => ({ c, ci }))
        .filter(({ c }) => (side === 'bottom' ? c[0] === it : c[c.length - 1] === it))
        .sort((a, b) => {
          const na = side === 'bottom' ? a.c[1] : a.c[a.c.length - 2];
          const nb = side === 'bottom' ? b.c[1] : b.c[b.c.length - 2];
          return na.x - nb.x || a.ci - b.ci;
        });
      const span = Math.min(box.width - 16, 14 * (ids.length - 1));
      ids.forEach(({ ci }, i) =>
        attach.set(
          `${ci}:${side}`,
          round(box.x + box.width / 2 - span / 2 + (ids.length > 1 ? (span * i) / (ids.length - 1) : 0)),
        ),
      );
    }
  }

  const edges: LaidEdge[] = [];
  dag.forEach((d, ci) => {
    const chain = chains[ci];
    const top = nodeBox.get(d.top)!;
    const bottom = nodeBox.get(d.bottom)!;
    const pts: [number, number][] = [];
    const x0 = attach.get(`${ci}:bottom`)!;
    pts.push([x0, top.y + top.height]);
    const r0 = chain[0].rank;
    if (bandTop[r0] + bandHeight[r0] > top.y + top.height) pts.push([x0, bandTop[r0] + bandHeight[r0]]);
    let label: LaidLabel | undefined;
    for (const it of chain.slice(1, -1)) {
      pts.push([it.x, bandTop[it.rank]], [it.x, bandTop[it.rank] + bandHeight[it.rank]]);
      if (it.label) {
        const size = labelSize(it.label);
        label = {
          lines: it.label,
          x: round(it.x + DUMMY_W / 2 + EDGE_TO_LABEL),
          y: round(bandTop[it.rank] + (bandHeight[it.rank] - size.height) / 2),
          ...size,
        };
      }
    }
    const x1 = attach.get(`${ci}:top`)!;
    const rl = chain[chain.length - 1].rank;
    if (bandTop[rl] < bottom.y) pts.push([x1, bandTop[rl]]);
    pts.push([x1, bottom.y]);
    // Drop repeated points and the middle of straight vertical runs.
    const clean = pts.filter(
      (p, i) =>
        !(i > 0 && p[0] === pts[i - 1][0] && p[1] === pts[i - 1][1]) &&
        !(i > 0 && i + 1 < pts.length && p[0] === pts[i - 1][0] && p[0] === pts[i + 1][0]),
    );
    const points = d.back ? clean.reverse() : clean;
    edges.push({
      from: d.edge.from,
      to: d.edge.to,
      events: d.edge.events,
      back: d.back,
      self: false,
      points,
      d: roundedPath(points),
      label: label!,
    });
  });
  for (const e of g.edges) {
    if (e.from !== e.to) continue;
    const n = nodeBox.get(e.from)!;
    const right = n.x + n.width;
    const cy = n.y + n.height / 2;
    const size = labelSize(e.events);
    edges.push({
      from: e.from,
      to: e.to,
      events: e.events,
      back: true,
      self: true,
      points: [],
      d: `M${right},${cy - 8}C${right + LOOP_W},${cy - 20} ${right + LOOP_W},${cy + 20} ${right},${cy + 8}`,
      label: {
        lines: e.events,
        x: round(right + LOOP_W + 2),
        y: round(cy - size.height / 2),
        ...size,
      },
    });
  }
  // Definition order, as the machine reads.
  const order = new Map(g.edges.map((e, i) => [`${e.from}\u0000${e.to}`, i]));
  edges.sort((a, b) => order.get(`${a.from}\u0000${a.to}`)! - order.get(`${b.from}\u0000${b.to}`)!);
  const byDefinition = new Map(states.map((s, i) => [s, i]));
  nodes.sort((a, b) => byDefinition.get(a.id)! - byDefinition.get(b.id)!);
  return { name, nodes, edges, x: 0, y: 0, width, height };
}

/** Lays out a machine: one block per parallel region, side by side, or one block for the root. */
export function layoutMachine(machine: MachineLike): LaidMachine {
  if (!machine || typeof machine !== 'object' || !machine.config || typeof machine.config !== 'object')
    throw new PodLabError('invalid', 'diagram: not an xstate machine', [
      { field: 'machine.config', message: 'Required value' },
    ]);
  const root = machine.config as StateConfigLike;
  const id = root.id ?? machine.id ?? 'machine';
  const parts: [string, StateConfigLike][] =
    root.type === 'parallel' ? Object.entries(root.states ?? {}) : [[id, root]];
  const regions = parts.map(([name, cfg]) => layoutRegion(name, cfg));
  let x = 0;
  for (const r of regions) {
    r.x = x;
    x += r.width + 16;
  }
  return { id, regions, width: Math.max(0, x - 16), height: Math.max(0, ...regions.map((r) => r.height)) };
}
