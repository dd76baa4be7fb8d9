// PodGC gcTerminated (pkg/controller/podgc/gc_controller.go, Kubernetes 1.35): terminated Pods above the threshold,
// evicted first then oldest, every 20 s.
import { describe, expect, it } from 'vitest';
import { simulateCluster } from '../../src/cluster';
import {
  DEFAULT_TERMINATED_POD_GC_THRESHOLD,
  GC_CHECK_PERIOD,
  terminatedPodsToDelete,
  type GCPodView,
} from '../../src/cluster/podgc';
import { isPodLabError } from '../../src/lifecycle/errors';

const p = (name: string, phase: GCPodView['phase'], createdAt: number, evicted = false): GCPodView => ({
  name,
  phase,
  createdAt,
  evicted,
});

describe('terminatedPodsToDelete (gcTerminated, byEvictionAndCreationTimestamp)', () => {
  it('defaults: 12500 Pods, a pass every 20 s', () => {
    expect(DEFAULT_TERMINATED_POD_GC_THRESHOLD).toBe(12500);
    expect(GC_CHECK_PERIOD).toBe(20);
  });
  const cases: { name: string; pods: GCPodView[]; threshold: number; want: string[] }[] = [
    {
      name: 'under the threshold: nothing',
      pods: [p('a', 'Failed', 0), p('b', 'Succeeded', 1)],
      threshold: 2,
      want: [],
    },
    {
      name: 'running Pods never count',
      pods: [p('a', 'Running', 0), p('b', 'Pending', 1), p('c', 'Unknown', 2), p('d', 'Failed', 3)],
      threshold: 1,
      want: [],
    },
    {
      name: 'the oldest first',
      pods: [p('c', 'Failed', 30), p('a', 'Succeeded', 10), p('b', 'Failed', 20)],
      threshold: 1,
      want: ['a', 'b'],
    },
    {
      name: 'evicted Pods before older ones',
      pods: [p('old', 'Failed', 0), p('evicted', 'Failed', 50, true), p('new', 'Succeeded', 60)],
      threshold: 2,
      want: ['evicted'],
    },
    {
      name: 'same creation time: by name',
      pods: [p('b', 'Failed', 5), p('a', 'Failed', 5), p('c', 'Failed', 5)],
      threshold: 1,
      want: ['a', 'b'],
    },
    { name: 'threshold 0 disables', pods: [p('a', 'Failed', 0)], threshold: 0, want: [] },
    { name: 'negative threshold disables', pods: [p('a', 'Failed', 0)], threshold: -1, want: [] },
  ];
  it.each(cases)('$name', (c) => {
    expect(terminatedPodsToDelete(c.pods, c.threshold).map((x) => x.name)).toEqual(c.want);
  });
  it('checks its arguments', () => {
    expect(() => terminatedPodsToDelete(null as never, 1)).toThrow(/expects a list of Pods/);
    expect(() => terminatedPodsToDelete([], Number.NaN)).toThrow(/terminatedPodGCThreshold/);
  });
});

describe('PodGC in the cluster model', () => {
  const jobYaml = `apiVersion: batch/v1
kind: Job
metadata:
  name: flaky
spec:
  backoffLimit: 4
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
`;
  it('deletes the oldest terminated Pods above the threshold, at multiples of 20 s; the Job still counts them', () => {
    const sim = simulateCluster({
      nodes: { count: 1 },
      terminatedPodGCThreshold: 2,
      objects: jobYaml,
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    });
    const deleted = sim.watch.filter((l) => l.kind === 'Pod' && l.deleted);
    expect(deleted.map((l) => l.time)).toEqual([60, 100, 180]);
    for (const l of deleted) expect(l.time % GC_CHECK_PERIOD).toBe(0);
    const end = sim.stateAt(sim.endTime);
    expect(end.pods).toHaveLength(2);
    expect(end.jobs[0].status.failed).toBe(5);
    // The first Pods created are the ones deleted.
    const order = sim.events
      .filter((e) => e.reason === 'SuccessfulCreate')
      .map((e) => e.message.replace('Created pod: ', ''));
    expect(deleted.map((l) => l.name)).toEqual(order.slice(0, 3));
  });
  it('with the default threshold, terminated Pods stay', () => {
    const sim = simulateCluster({
      nodes: { count: 1 },
      objects: jobYaml,
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    });
    expect(sim.watch.some((l) => l.deleted)).toBe(false);
    expect(sim.stateAt(sim.endTime).pods).toHaveLength(5);
  });
  it('refuses a threshold that is not an integer', () => {
    let err: unknown;
    try {
      simulateCluster({ objects: jobYaml, terminatedPodGCThreshold: 2.5 });
    } catch (e) {
      err = e;
    }
    expect(isPodLabError(err)).toBe(true);
    expect((err as Error).message).toMatch(/^terminatedPodGCThreshold: Invalid value: 2.5/);
  });
});
