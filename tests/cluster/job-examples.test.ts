// The live examples of the Jobs page and the readiness-gates page compile, run, and show what their comments say.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { compileExample, runCompiled } from '../../src/views/live';
import { h, view } from '../example-scope';
import { simulateCluster } from '../../src/cluster';
import type { ClusterSimulation } from '../../src/cluster';
import { simulate } from '../../src/lifecycle';
import type { Simulation } from '../../src/lifecycle/types';

const sims: ClusterSimulation[] = [];
const podSims: Simulation[] = [];
const scope = {
  React: { createElement: h, Fragment: 'Fragment' },
  simulateCluster: (s: Parameters<typeof simulateCluster>[0]) => {
    const sim = simulateCluster(s);
    sims.push(sim);
    return sim;
  },
  simulate: (s: Parameters<typeof simulate>[0]) => {
    const sim = simulate(s);
    podSims.push(sim);
    return sim;
  },
  ClusterView: view('ClusterView'),
  KubectlGetRsPodsWatch: view('KubectlGetRsPodsWatch'),
  KubectlWatch: view('KubectlWatch'),
  Value: view('Value'),
};

async function run(file: string): Promise<{ value: unknown; sims: ClusterSimulation[]; podSims: Simulation[] }> {
  const code = (await import(join(__dirname, '../../src/examples', file))).default as string;
  const c = compileExample(code);
  if (!c.ok) throw new Error(`${file}: ${c.error.message}`);
  sims.length = 0;
  podSims.length = 0;
  const r = runCompiled(c.js, scope, { budgetMs: 5000 });
  if (r.error) throw new Error(`${file}: ${r.error.message}`);
  expect(r.renderCalled).toBe(true);
  return { value: findValue(r.rendered), sims: [...sims], podSims: [...podSims] };
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

describe('Jobs page examples', () => {
  it('jobs-backoff-never: Pods at 0, 15 and 38 s, BackoffLimitExceeded', async () => {
    const {
      value,
      sims: [sim],
    } = await run('jobs-backoff-never.ts');
    const lines = value as string[];
    expect(lines.filter((l) => l.includes('SuccessfulCreate')).map((l) => l.split(' ')[0])).toEqual([
      '0s',
      '15s',
      '38s',
    ]);
    expect(lines[lines.length - 1]).toBe(
      '41s Warning BackoffLimitExceeded: Job has reached the specified backoff limit',
    );
    expect(sim.stateAt(sim.endTime).pods.every((p) => p.status === 'Error' && p.restarts === 0)).toBe(true);
  });
  it('jobs-onfailure-restarts: one Pod, failed after its third restart', async () => {
    const {
      value,
      sims: [sim],
    } = await run('jobs-onfailure-restarts.ts');
    expect((value as { conditions: string[] }).conditions.map((c) => c.replace(/^\d+s /, ''))).toEqual([
      'FailureTarget BackoffLimitExceeded',
      'Failed BackoffLimitExceeded',
    ]);
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(1);
  });
  it('jobs-deadline: DeadlineExceeded at 30 s, the Pod terminated', async () => {
    const { value } = await run('jobs-deadline.ts');
    const lines = value as string[];
    expect(lines.some((l) => l.startsWith('30s Normal SuccessfulDelete: Deleted pod: export-'))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(
      /^3\ds Warning DeadlineExceeded: Job was active longer than specified deadline$/,
    );
    expect(lines.filter((l) => l.includes('SuccessfulCreate'))).toHaveLength(1);
  });
  it('jobs-failure-policy-exit-code: FailJob at the first exit 42', async () => {
    const {
      value,
      sims: [sim],
    } = await run('jobs-failure-policy-exit-code.ts');
    const conds = value as string[];
    expect(conds[1]).toMatch(
      /^Failed \(PodFailurePolicy\): Container main for pod default\/import-\w{5} failed with exit code 42 matching FailJob rule at index 0$/,
    );
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(1);
  });
  it('jobs-failure-policy-disruption: ignored with the rule, fatal without', async () => {
    const { value } = await run('jobs-failure-policy-disruption.ts');
    const v = value as Record<string, { evictedPod: string; job: string; podsCreated: number }>;
    expect(v.withIgnoreRule).toEqual({
      evictedPod: 'Failed, DisruptionTarget: EvictionByEvictionAPI',
      job: 'Complete 1/1, failed=0',
      podsCreated: 2,
    });
    expect(v.withoutPolicy.job).toBe('Failed 0/1, failed=1');
    expect(v.withoutPolicy.podsCreated).toBe(1);
  });
  it('jobs-status: two Pods then one, 3/3', async () => {
    const { value } = await run('jobs-status.ts');
    const v = value as {
      at5s: { active: number; ready: number };
      atEnd: { succeeded: number; completionTime: number };
    };
    expect(v.at5s).toMatchObject({ active: 2, ready: 2 });
    expect(v.atEnd.succeeded).toBe(3);
  });
  it('jobs-invalid-restart-policy: the API server message', async () => {
    const { value } = await run('jobs-invalid-restart-policy.ts');
    expect(value).toBe(
      'The Job "report" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    );
  });
});

describe('readiness gates and Pod GC examples', () => {
  it('lifecycle-pod-gc: the three oldest Error Pods deleted at 60, 100 and 180 s; failed stays 5', async () => {
    const { value } = await run('lifecycle-pod-gc.ts');
    const v = value as { deletedByPodGC: string[]; podsLeft: string[]; jobFailed: number };
    expect(v.deletedByPodGC.map((l) => l.split(' ')[0])).toEqual(['60s', '100s', '180s']);
    expect(v.podsLeft).toHaveLength(2);
    expect(v.jobFailed).toBe(5);
  });
  it('lifecycle-readiness-gates: ContainersReady at 10 s, Ready only at 20 s', async () => {
    const { value } = await run('lifecycle-readiness-gates.ts');
    const v = value as {
      at10s: { ContainersReady: string; Ready: { status: string; reason: string } };
      at25s: { Ready: { status: string; lastTransitionTime: number } };
    };
    expect(v.at10s.ContainersReady).toBe('True');
    expect(v.at10s.Ready).toMatchObject({ status: 'False', reason: 'ReadinessGatesNotReady' });
    expect(v.at25s.Ready).toMatchObject({ status: 'True', lastTransitionTime: 20 });
  });
  it('lifecycle-readiness-gates-rollout: READY 0 until the gate, then one Pod ready', async () => {
    const {
      sims: [sim],
    } = await run('lifecycle-readiness-gates-rollout.ts');
    expect(sim.stateAt(10).replicaSets[0].ready).toBe(0);
    expect(sim.stateAt(20).replicaSets[0].ready).toBe(1);
  });
});
