import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { machines } from '../../src/lifecycle';
import { isPodLabError } from '../../src/lifecycle/errors';
import { layoutMachine, type Box, type LaidMachine } from '../../src/views/diagramLayout';
import fs from 'node:fs';
import path from 'node:path';
import { diagramLayouts, diagramSizes } from '../../scripts/diagrams';
import { diagramMachines, loadDiagram } from '../../src/views/diagrams';

const EPS = 0.01;
function overlap(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS
  );
}
/** Does segment p→q pass through the inside of box b (Liang–Barsky clipping)? */
function segmentHitsBox(p: [number, number], q: [number, number], b: Box): boolean {
  const inset = { x: b.x + EPS, y: b.y + EPS, width: b.width - 2 * EPS, height: b.height - 2 * EPS };
  let t0 = 0,
    t1 = 1;
  const dx = q[0] - p[0],
    dy = q[1] - p[1];
  const checks: [number, number][] = [
    [-dx, p[0] - inset.x],
    [dx, inset.x + inset.width - p[0]],
    [-dy, p[1] - inset.y],
    [dy, inset.y + inset.height - p[1]],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq < 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return t1 - t0 > 1e-6;
}
function segmentsCross(a: [number, number], b: [number, number], c: [number, number], d: [number, number]): boolean {
  const o = (p: [number, number], q: [number, number], r: [number, number]) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

/** Problems of a laid-out machine: boxes overlapping, edges through boxes, labels over anything. */
export function problems(layout: LaidMachine): string[] {
  const found: string[] = [];
  for (const r of layout.regions) {
    for (let i = 0; i < r.nodes.length; i++)
      for (let j = i + 1; j < r.nodes.length; j++)
        if (overlap(r.nodes[i], r.nodes[j])) found.push(`${r.name}: ${r.nodes[i].id} overlaps ${r.nodes[j].id}`);
    for (const e of r.edges) {
      for (let k = 0; k + 1 < e.points.length; k++)
        for (const n of r.nodes)
          if (segmentHitsBox(e.points[k], e.points[k + 1], n))
            found.push(`${r.name}: ${e.from}→${e.to} crosses ${n.id}`);
      for (const n of r.nodes) if (overlap(e.label, n)) found.push(`${r.name}: label ${e.from}→${e.to} over ${n.id}`);
      for (const f of r.edges)
        if (f !== e) {
          if (r.edges.indexOf(f) > r.edges.indexOf(e) && overlap(e.label, f.label))
            found.push(`${r.name}: labels ${e.from}→${e.to} and ${f.from}→${f.to} overlap`);
          for (let k = 0; k + 1 < f.points.length; k++)
            if (segmentHitsBox(f.points[k], f.points[k + 1], e.label))
              found.push(`${r.name}: ${f.from}→${f.to} crosses label of ${e.from}→${e.to}`);
        }
      // A self-loop stays in the room reserved for it at its state's right.
      if (e.self) {
        const n = r.nodes.find((m) => m.id === e.from)!;
        // The curve's control points are at ±20 px of the state's middle: it stays within ±11 px.
        const loop = { x: n.x + n.width, y: n.y + n.height / 2 - 12, width: e.label.x - n.x - n.width, height: 24 };
        for (const m of r.nodes) if (overlap(loop, m)) found.push(`${r.name}: loop of ${n.id} over ${m.id}`);
        for (const f of r.edges) {
          if (f !== e && overlap(loop, f.label)) found.push(`${r.name}: loop of ${n.id} over a label`);
          for (let k = 0; k + 1 < f.points.length; k++)
            if (segmentHitsBox(f.points[k], f.points[k + 1], loop))
              found.push(`${r.name}: ${f.from}→${f.to} crosses the loop of ${n.id}`);
        }
      }
    }
    for (const b of [...r.nodes, ...r.edges.map((e) => e.label)])
      if (b.x < 0 || b.y < 0 || b.x + b.width > r.width || b.y + b.height > r.height)
        found.push(`${r.name}: a box leaves the region`);
  }
  return found;
}

/** Edge crossings (segment pairs of different edges that cross), for the report. */
function edgeCrossings(layout: LaidMachine): number {
  let n = 0;
  for (const r of layout.regions)
    for (let i = 0; i < r.edges.length; i++)
      for (let j = i + 1; j < r.edges.length; j++) {
        const a = r.edges[i].points,
          b = r.edges[j].points;
        for (let k = 0; k + 1 < a.length; k++)
          for (let l = 0; l + 1 < b.length; l++) if (segmentsCross(a[k], a[k + 1], b[l], b[l + 1])) n += 1;
      }
  return n;
}

describe('layered layout of the state diagrams', () => {
  for (const [id, machine] of Object.entries(machines)) {
    it(`${id}: no overlapping boxes, no edge through a state or a label, every label placed`, () => {
      const layout = layoutMachine(machine);
      expect(problems(layout)).toEqual([]);
      for (const r of layout.regions) {
        for (const e of r.edges) {
          expect(e.label.lines).toEqual(e.events);
          if (!e.self) {
            expect(e.points.length).toBeGreaterThanOrEqual(2);
            // The polyline starts on its source's box and ends on its target's.
            const a = r.nodes.find((n) => n.id === e.from)!,
              b = r.nodes.find((n) => n.id === e.to)!;
            const [sx, sy] = e.points[0],
              [tx, ty] = e.points[e.points.length - 1];
            expect(sx >= a.x && sx <= a.x + a.width && (sy === a.y || sy === a.y + a.height)).toBe(true);
            expect(tx >= b.x && tx <= b.x + b.width && (ty === b.y || ty === b.y + b.height)).toBe(true);
          }
        }
        expect(r.nodes.map((n) => n.id).sort()).toEqual(
          [...new Set(r.edges.flatMap((e) => [e.from, e.to]).concat(r.nodes.map((n) => n.id)))].sort(),
        );
      }
      console.info(`${id}: ${edgeCrossings(layout)} edge crossings, ${layout.width}×${layout.height}`);
    });
    it(`${id}: deterministic`, () => {
      expect(layoutMachine(machine)).toEqual(layoutMachine(machine));
    });
  }
  it('the checks do catch an edge through a box and overlapping labels', () => {
    const bad = layoutMachine(machines.backoff);
    const r = bad.regions[0];
    const e = r.edges.find((x) => !x.self)!;
    const other = r.nodes.find((n) => n.id !== e.from && n.id !== e.to)!;
    e.points = [
      [other.x - 5, other.y + 5],
      [other.x + other.width + 5, other.y + 5],
    ];
    r.edges[1].label = { ...r.edges[0].label };
    const found = problems(bad);
    expect(found.some((p) => p.includes(`crosses ${other.id}`))).toBe(true);
    expect(found.some((p) => p.includes('labels'))).toBe(true);
  });
  it('lays a small machine in layers, edges closing a cycle reversed', () => {
    const m = createMachine({
      id: 'c',
      initial: 'Waiting',
      states: {
        Waiting: { on: { START: 'Running', PULL: { target: 'Pulling' } } },
        Pulling: { on: { PULLED: 'Waiting' }, after: { 1000: 'Waiting' } },
        Running: { on: { EXIT: 'Terminated', KILL: 'Running' } },
        Terminated: { type: 'final' },
      },
    });
    const r = layoutMachine(m).regions[0];
    expect(Object.fromEntries(r.nodes.map((n) => [n.id, n.layer]))).toEqual({
      Waiting: 0,
      Pulling: 1,
      Running: 1,
      Terminated: 2,
    });
    const back = r.edges.find((e) => e.from === 'Pulling' && e.to === 'Waiting')!;
    expect(back.back).toBe(true);
    expect(back.label.lines).toEqual(['PULLED', 'after 1000']);
    // The arrow arrives at the bottom of Waiting (it goes up).
    const w = r.nodes.find((n) => n.id === 'Waiting')!;
    expect(back.points[back.points.length - 1][1]).toBe(w.y + w.height);
    expect(r.edges.find((e) => e.from === 'Running' && e.to === 'Running')?.self).toBe(true);
    expect(problems(layoutMachine(m))).toEqual([]);
  });
  it('refuses what is not a machine, with a PodLabError', () => {
    for (const bad of [null, {}, { config: 3 }]) {
      let err: unknown;
      try {
        layoutMachine(bad as never);
      } catch (e) {
        err = e;
      }
      expect(isPodLabError(err)).toBe(true);
    }
  });
  it('the committed layouts are the ones the machines give (run `npm run diagrams` after changing one)', async () => {
    const fresh = diagramLayouts();
    expect(diagramMachines).toEqual(Object.keys(machines));
    for (const key of Object.keys(machines)) {
      const file = path.join(__dirname, '../../src/views/diagrams', `${key}.json`);
      expect(JSON.parse(fs.readFileSync(file, 'utf8')), key).toEqual(JSON.parse(JSON.stringify(fresh[key])));
      expect(await loadDiagram(key)).toEqual(JSON.parse(JSON.stringify(fresh[key])));
    }
    const sizes = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/views/diagrams/sizes.json'), 'utf8'));
    expect(sizes).toEqual(diagramSizes(fresh));
    expect(await loadDiagram('constructor')).toBeUndefined();
  });
});
