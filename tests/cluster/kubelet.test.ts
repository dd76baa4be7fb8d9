// Every Pod of the cluster runs the single-Pod model's kubelet: a Pod of a Deployment or ReplicaSet goes
// through the same container statuses, kubectl STATUS values and kubelet events as `simulate()` of that Pod.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { simulateCluster } from '../../src/cluster';
import type { ClusterSimulation } from '../../src/cluster';
import { simulate } from '../../src/lifecycle/simulate';
import type { BehaviorSpec, KubeEvent, PodStatus, Simulation } from '../../src/lifecycle/types';

vi.setConfig({ testTimeout: 60_000 });

/** A workload of one replica whose Pod template spec is `spec` (YAML indented for a Pod's `spec:`). */
function workload(kind: 'Deployment' | 'ReplicaSet', spec: string, replicas = 1): string {
  return `apiVersion: apps/v1
kind: ${kind}
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
${spec.replace(/^/gm, '    ').trimEnd()}
`;
}

function pod(spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: solo}\nspec:\n${spec.trimEnd()}\n`;
}

/** Container IDs and addresses depend on the Pod's UID and node: everything else must be equal. */
function normStatus(st: PodStatus | undefined, name: string, uid: string): unknown {
  if (!st) return undefined;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v))
        if (k !== 'containerID' && k !== 'hostIP' && k !== 'podIP' && x !== undefined) out[k] = strip(x);
      return out;
    }
    return typeof v === 'string' ? v.split(name).join('POD').split(uid).join('UID') : v;
  };
  return strip(st);
}

function clusterPod(sim: ClusterSimulation, t: number) {
  const pods = sim.stateAt(t).pods;
  expect(pods.length).toBeLessThanOrEqual(1);
  return pods[0];
}

/** The kubelet's and scheduler's events about one Pod, with its name, UID and IP replaced. */
function podEvents(events: KubeEvent[], name: string, uid: string, ip: string): string[] {
  return events
    .filter((e) => e.object === `pod/${name}` || e.object.startsWith(`pod/${name} `))
    .map(
      (e) =>
        `${e.time} ${e.type} ${e.reason} ${e.object.replace(name, 'POD')} ${e.message.split(name).join('POD').split(uid).join('UID').split(ip).join('IP')}`,
    );
}

function compare(
  spec: string,
  behavior: Record<string, BehaviorSpec>,
  until: number,
  kind: 'Deployment' | 'ReplicaSet' = 'ReplicaSet',
): { cluster: ClusterSimulation; single: Simulation } {
  const cluster = simulateCluster({ nodes: { count: 1 }, objects: workload(kind, spec), behavior, until });
  const single = simulate({ pod: pod(spec), behavior, until });
  const p = clusterPod(cluster, until);
  const solo = single.pod;
  for (let t = 0; t <= until; t++) {
    const st = clusterPod(cluster, t)?.podStatus;
    expect(normStatus(st, p.name, p.uid), `status at t=${t}`).toEqual(
      normStatus(single.statusAt(t), 'solo', solo.metadata.uid!),
    );
  }
  expect(podEvents(cluster.events, p.name, p.uid, p.podStatus.podIP!)).toEqual(
    podEvents(single.events, 'solo', solo.metadata.uid!, solo.status!.podIP!),
  );
  return { cluster, single };
}

const INIT_AND_LIVENESS = `  initContainers:
  - name: setup
    image: busybox:1.36
    command: [sh, -c, "sleep 3"]
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe:
      httpGet: {path: /healthz, port: 80}
      periodSeconds: 5
      failureThreshold: 2
`;

describe('the cluster runs the single-Pod kubelet', () => {
  it('a Deployment Pod with an init container and a failing liveness probe: Init:0/1, Running, restarts, like simulate()', () => {
    const behavior = { setup: { exitAfterSeconds: 3 }, app: { unhealthyAfterSeconds: 20 } };
    const { cluster, single } = compare(INIT_AND_LIVENESS, behavior, 120, 'Deployment');
    const statuses = cluster.watch
      .filter((w) => w.kind === 'Pod')
      .map((w) => `${w.time} ${w.columns.slice(0, 3).join(' ')}`);
    expect(statuses).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 Init:0/1 0',
      // busybox pulled in 2 s, runs 3 s; then nginx is pulled in 2 s.
      '5 0/1 PodInitializing 0',
      '7 1/1 Running 0',
      // Unhealthy from 27 (20 s after start): probes at 30 and 35 fail (failureThreshold 2), kill, restart at 36.
      '36 1/1 Running 1 (0s ago)',
      '66 1/1 Running 2 (0s ago)',
      '96 1/1 Running 3 (0s ago)',
    ]);
    expect(single.watch.map((w) => `${w.time} ${w.ready} ${w.status} ${w.restarts}`)).toEqual(statuses);
    const killing = cluster.events.filter((e) => e.reason === 'Killing').map((e) => [e.time, e.message]);
    expect(killing[0]).toEqual([35, 'Container app failed liveness probe, will be restarted']);
    expect(cluster.stateAt(120).pods[0].restarts).toBe(3);
  });

  it('a ReplicaSet Pod in CrashLoopBackOff waits 10 s, 20 s, 40 s… as the kubelet does', () => {
    const spec = '  containers:\n  - name: app\n    image: busybox:1.36\n';
    const { cluster } = compare(spec, { app: { exitAfterSeconds: 1, exitCode: 1 } }, 200);
    const backOff = cluster.stateAt(200).pods[0].podStatus.containerStatuses![0];
    expect(backOff.state.waiting?.reason).toBe('CrashLoopBackOff');
    const started = cluster.events.filter((e) => e.reason === 'Started').map((e) => e.time);
    // Pull 2 s, run 1 s. The first exit restarts at once; then each restart waits a back-off that doubles.
    expect(started).toEqual([2, 3, 14, 35, 76, 157]);
    const waits = [
      ...new Set(
        cluster.times
          .map((t) => cluster.stateAt(t).pods[0].podStatus.containerStatuses![0].state.waiting?.message)
          .filter(Boolean),
      ),
    ];
    expect(waits.map((m) => /^back-off (\S+) restarting/.exec(m!)![1])).toEqual([
      '10s',
      '20s',
      '40s',
      '1m20s',
      '2m40s',
    ]);
    expect(cluster.watch.some((w) => w.kind === 'Pod' && w.columns[1] === 'CrashLoopBackOff')).toBe(true);
  });

  it('a deleted Pod runs its preStop hook and gets SIGKILL at the end of the grace period', () => {
    const spec = `  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      preStop:
        exec: {command: [sh, -c, "sleep 60"]}
`;
    const sim = simulateCluster({
      nodes: { count: 1 },
      objects: workload('Deployment', spec),
      behavior: { app: { preStopSeconds: 60, shutdownSeconds: Infinity } },
      actions: [{ at: 10, action: 'delete', pod: 'web-' }],
      until: 60,
    });
    const old = sim.stateAt(9).pods[0];
    const gone = sim.watch.find((w) => w.name === old.name && w.deleted)!;
    // preStop eats the 10 s grace period; SIGTERM is ignored, so SIGKILL comes after the 2 s minimum.
    expect(gone.time).toBe(22);
    expect(gone.columns[1]).toBe('Error');
    const last = sim.stateAt(21).pods.find((p) => p.uid === old.uid)!;
    expect(last.status).toBe('Terminating');
  });

  it('a kubelet cut off from the API keeps running its Pods; their status shows up when the node returns', () => {
    const spec = '  containers:\n  - name: app\n    image: busybox:1.36\n';
    // The container exits every 30 s (restartPolicy Always); node-1 is cut off from 10 s to 200 s.
    const sim = simulateCluster({
      nodes: { count: 1 },
      objects: workload('ReplicaSet', spec),
      behavior: { app: { exitAfterSeconds: 30 } },
      // Before the default 300 s toleration of the unreachable taint runs out: no eviction.
      actions: [
        { at: 10, action: 'nodeLost', node: 'node-1' },
        { at: 200, action: 'nodeReady', node: 'node-1' },
      ],
      until: 200,
    });
    const restarts = (t: number) => sim.stateAt(t).pods[0].podStatus.containerStatuses![0].restartCount;
    expect(restarts(9)).toBe(0);
    // Nothing reaches the API while the node is cut off; the kubelet reports on its return.
    expect(restarts(199)).toBe(0);
    expect(restarts(200)).toBeGreaterThan(0);
    expect(sim.stateAt(100).pods[0].podStatus.conditions!.find((c) => c.type === 'Ready')!.status).toBe('False');
  });

  it('init containers run before a StatefulSet Pod is Ready, so the next ordinal waits for them', () => {
    const sts = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 2
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      initContainers:
      - {name: migrate, image: busybox:1.36}
      containers:
      - {name: db, image: postgres:17}
`;
    const sim = simulateCluster({
      nodes: { count: 2 },
      objects: sts,
      behavior: { migrate: { exitAfterSeconds: 5 } },
      until: 60,
    });
    const created = sim.events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.time);
    // db-0: pull busybox 2 s, migrate 5 s, pull postgres 2 s: Ready at 9, then db-1 is created.
    expect(created).toEqual([0, 9]);
  });
});

describe('equivalence with simulate()', () => {
  const behaviorArb = fc.record(
    {
      startupSeconds: fc.integer({ min: 0, max: 30 }),
      exitAfterSeconds: fc.integer({ min: 1, max: 60 }),
      exitCode: fc.constantFrom(0, 1, 137),
      unhealthyAfterSeconds: fc.integer({ min: 0, max: 60 }),
      notReadyAfterSeconds: fc.integer({ min: 0, max: 60 }),
      shutdownSeconds: fc.integer({ min: 0, max: 40 }),
      pullSeconds: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: [] },
  );
  const probeArb = (name: string) =>
    fc.option(
      fc
        .record({
          period: fc.integer({ min: 1, max: 10 }),
          delay: fc.integer({ min: 0, max: 10 }),
          failure: fc.integer({ min: 1, max: 3 }),
        })
        .map(
          (p) =>
            `    ${name}:\n      httpGet: {path: /, port: 80}\n      periodSeconds: ${p.period}\n      initialDelaySeconds: ${p.delay}\n      failureThreshold: ${p.failure}\n`,
        ),
      { nil: '' },
    );

  it('a one-replica ReplicaSet Pod has the containerStatuses timeline of simulate() (names, UIDs and IPs aside)', () => {
    fc.assert(
      fc.property(
        behaviorArb,
        fc.array(behaviorArb, { maxLength: 2 }),
        probeArb('readinessProbe'),
        probeArb('livenessProbe'),
        probeArb('startupProbe'),
        (first, later, readiness, liveness, startup) => {
          const spec = `  containers:\n  - name: app\n    image: nginx:1.27\n${readiness}${liveness}${startup}`;
          compare(spec, { app: [first, ...later] }, 150);
        },
      ),
      { numRuns: 40, seed: 1135 },
    );
  }, 120_000);
});
