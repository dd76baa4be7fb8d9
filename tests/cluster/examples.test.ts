// Every cluster example compiles and runs with the live runner's compiler, renders, and shows what its comment says.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Examples simulate minutes of a cluster; a loaded machine can be slow.
vi.setConfig({ testTimeout: 60_000 });
import { compileExample, runCompiled } from '../../src/views/live';
import { h, view } from '../example-scope';
import { simulateCluster } from '../../src/cluster';
import type { ClusterSimulation } from '../../src/cluster';

const dir = join(__dirname, '../../src/examples');
const files = readdirSync(dir).filter((f) => /^cluster-.*\.ts$/.test(f));

const sims: ClusterSimulation[] = [];
const scope = {
  React: { createElement: h, Fragment: 'Fragment' },
  simulateCluster: (s: Parameters<typeof simulateCluster>[0]) => {
    const sim = simulateCluster(s);
    sims.push(sim);
    return sim;
  },
  ClusterView: view('ClusterView'),
  KubectlGetRsPodsWatch: view('KubectlGetRsPodsWatch'),
  KubectlDrain: view('KubectlDrain'),
  Value: view('Value'),
};

async function run(file: string): Promise<{ rendered: unknown; sims: ClusterSimulation[] }> {
  const code = (await import(join(dir, file))).default as string;
  const c = compileExample(code);
  if (!c.ok) throw new Error(`${file}: ${c.error.message}`);
  sims.length = 0;
  const r = runCompiled(c.js, scope, { budgetMs: 5000 });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  expect(r.renderCalled).toBe(true);
  return { rendered: r.rendered, sims: [...sims] };
}

function findValue(node: unknown): unknown {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as { type?: { displayName?: string }; props?: { value?: unknown; children?: unknown[] } };
  if (n.type?.displayName === 'Value') return n.props?.value;
  for (const c of n.props?.children ?? []) {
    const v = findValue(c);
    if (v !== undefined) return v;
  }
  return undefined;
}

describe('cluster examples', () => {
  it('there are examples', () => expect(files.length).toBeGreaterThanOrEqual(10));
  it.each(files)('%s runs', async (f) => {
    await run(f);
  });

  it('invalid strategy shows the API server message', async () => {
    const { rendered } = await run('cluster-invalid-strategy.ts');
    expect(findValue(rendered)).toBe(
      'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
  });
  it('evictions: 201 then 429 then 201', async () => {
    const {
      sims: [sim],
    } = await run('cluster-evict-answers.ts');
    expect(sim.evictions.map((e) => e.code)).toEqual([201, 429, 201]);
  });
  it('two PDBs: 500', async () => {
    const {
      sims: [sim],
    } = await run('cluster-two-pdbs.ts');
    expect(sim.evictions[0].code).toBe(500);
  });
  it('drain retries then drains', async () => {
    const {
      sims: [sim],
    } = await run('cluster-drain.ts');
    expect(sim.drain.some((l) => l.text.includes('(will retry after 5s)'))).toBe(true);
    expect(sim.drain[sim.drain.length - 1].text).toBe('node/node-1 drained');
  });
  it('delete goes through where evictions are refused', async () => {
    const {
      sims: [sim],
    } = await run('cluster-delete-not-blocked.ts');
    expect(sim.evictions.map((e) => e.code)).toEqual([429]);
    expect(sim.stateAt(15).pods.some((p) => p.status === 'Terminating')).toBe(true);
  });
  it('unhealthy policy: IfHealthyBudget 429, AlwaysAllow 201', async () => {
    const { rendered } = await run('cluster-unhealthy-policy.ts');
    const v = findValue(rendered) as Record<string, string[]>;
    expect(v.IfHealthyBudget[0]).toMatch(/^429/);
    expect(v.AlwaysAllow[0]).toMatch(/^201/);
  });
  it('latest keeps IfNotPresent, a fresh :latest gets Always', async () => {
    const { rendered } = await run('cluster-latest-pull-policy.ts');
    const v = findValue(rendered) as Record<string, string>[];
    expect(v.map((x) => x.imagePullPolicy ?? x.freshDeploymentWithLatest)).toEqual([
      'IfNotPresent',
      'IfNotPresent',
      'Always',
    ]);
  });
  it('rollback: revisions 2 and 3, the old hash again', async () => {
    const {
      sims: [sim],
    } = await run('cluster-rollback.ts');
    const before = sim.rolloutHistory('web', 50);
    const after = sim.rolloutHistory('web');
    expect(after.map((r) => r.revision)).toEqual([2, 3]);
    expect(after[1].hash).toBe(before[0].hash);
  });
  it('rolling update of 10: never more than 13 active, never fewer than 8 ready', async () => {
    const { rendered } = await run('cluster-rolling-update.ts');
    const rows = findValue(rendered) as string[];
    for (const r of rows) {
      const [, active, ready] = /active=(\d+) {2}ready=(\d+)/.exec(r)!;
      expect(Number(active)).toBeLessThanOrEqual(13);
      expect(Number(ready)).toBeGreaterThanOrEqual(8);
    }
  });
  it('kubelet restarts: Init:0/1, then liveness restarts in the same Pods, no replacement', async () => {
    const {
      sims: [sim],
      rendered,
    } = await run('cluster-kubelet-restarts.ts');
    const statuses = new Set(sim.watch.filter((l) => l.kind === 'Pod').map((l) => l.columns[1]));
    expect([...statuses]).toEqual(expect.arrayContaining(['Init:0/1', 'PodInitializing', 'Running']));
    const v = findValue(rendered) as { podsCreatedByTheReplicaSet: number; killedByTheKubelet: string[] };
    expect(v.podsCreatedByTheReplicaSet).toBe(2);
    expect(v.killedByTheKubelet[0]).toBe('35s Container app failed liveness probe, will be restarted');
    expect(sim.stateAt(80).pods.map((p) => p.restarts)).toEqual([2, 2]);
  });
  it('node lost: Unknown at 60, eviction at 360', async () => {
    const {
      sims: [sim],
    } = await run('cluster-node-lost.ts');
    expect(sim.events.find((e) => e.reason === 'NodeNotReady')!.time).toBe(60);
    expect(sim.events.find((e) => e.reason === 'TaintManagerEviction')!.time).toBe(360);
  });
});
