/**
 * Golden output of the kubelet model (issue 15: the speed work must not change a single observable):
 * for a table of scenarios, a SHA-256 of everything a reader can see (events, watch lines, transitions,
 * `statusAt(t)` for every second, `podAt`, the final Pod, notices; for clusters `stateAt(t)` at every
 * recorded time). The hashes were recorded from the code before the optimisation.
 * Record again (only when a behaviour change is intended): `UPDATE_GOLDEN=1 npx vitest run tests/lifecycle/golden.test.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle/simulate';
import type { Scenario } from '../../src/lifecycle/types';
import { podScenarios, clusterScenarios } from './golden/scenarios';
import { simulateCluster } from '../../src/cluster';
import type { ClusterScenario } from '../../src/cluster';

const GOLDEN = join(__dirname, 'golden', 'kubelet-golden.json');
const update = process.env.UPDATE_GOLDEN === '1';

/** Hashes JSON values in order; an object already hashed (shared between seconds) is hashed once. */
class Digest {
  private readonly h = createHash('sha256');
  private readonly seen = new Map<unknown, string>();
  add(label: string, v: unknown): void {
    let s = typeof v === 'object' && v !== null ? this.seen.get(v) : undefined;
    if (s === undefined) {
      s = createHash('sha256')
        .update(JSON.stringify(v) ?? 'undefined')
        .digest('hex');
      if (typeof v === 'object' && v !== null) this.seen.set(v, s);
    }
    this.h.update(`${label}:${s}\n`);
  }
  hex(): string {
    return this.h.digest('hex');
  }
}

function digestPod(sc: Scenario): string {
  const sim = simulate(sc);
  const d = new Digest();
  d.add('events', sim.events);
  d.add('watch', sim.watch);
  d.add('transitions', sim.transitions);
  d.add('pod', sim.pod);
  d.add('end', [sim.endTime, sim.stopReason, sim.removedAt ?? null, sim.notice ?? null]);
  for (let t = 0; t <= sim.endTime; t++) {
    d.add(`status@${t}`, sim.statusAt(t));
    d.add(`pod@${t}`, sim.podAt(t));
  }
  return d.hex();
}

function digestCluster(sc: ClusterScenario): string {
  const sim = simulateCluster(sc);
  const d = new Digest();
  d.add('events', sim.events);
  d.add('watch', sim.watch);
  d.add('evictions', sim.evictions);
  d.add('drain', sim.drain);
  d.add('objects', sim.objects);
  d.add('times', sim.times);
  d.add('end', [sim.endTime, sim.stopReason, sim.notice ?? null]);
  for (const t of sim.times) d.add(`state@${t}`, sim.stateAt(t));
  return d.hex();
}

describe('golden output of the kubelet model', () => {
  const golden: Record<string, string> = existsSync(GOLDEN)
    ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>)
    : {};
  const got: Record<string, string> = {};
  for (const [name, sc] of Object.entries(podScenarios)) {
    it(`Pod: ${name}`, () => {
      got[`pod: ${name}`] = digestPod(sc);
      if (!update) expect(got[`pod: ${name}`]).toBe(golden[`pod: ${name}`]);
    }, 60_000);
  }
  for (const [name, sc] of Object.entries(clusterScenarios)) {
    it(`cluster: ${name}`, () => {
      got[`cluster: ${name}`] = digestCluster(sc);
      if (!update) expect(got[`cluster: ${name}`]).toBe(golden[`cluster: ${name}`]);
    }, 60_000);
  }
  it('has a golden hash for every scenario', () => {
    if (update) writeFileSync(GOLDEN, `${JSON.stringify(got, null, 2)}\n`);
    const names = [
      ...Object.keys(podScenarios).map((n) => `pod: ${n}`),
      ...Object.keys(clusterScenarios).map((n) => `cluster: ${n}`),
    ];
    expect(Object.keys(JSON.parse(readFileSync(GOLDEN, 'utf8')) as object).sort()).toEqual(names.sort());
  });
});
