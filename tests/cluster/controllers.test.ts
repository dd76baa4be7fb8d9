// Scenario tests of the controllers against Kubernetes 1.35 behaviour (see the comments for the upstream source).
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { simulateCluster } from '../../src/cluster';
import { isPodLabError } from '../../src/lifecycle/errors';
import { deployment, pdb, statefulSet } from './fixtures';

const SUFFIX = /^[bcdfghjklmnpqrstvwxz2456789]{5}$/;

describe('ReplicaSet controller', () => {
  it('replaces a deleted Pod with a new name and a new UID, at once', () => {
    const sim = simulateCluster({
      objects: deployment(3),
      actions: [{ at: 10, action: 'delete', pod: 'web-' }],
      until: 60,
    });
    const before = sim.stateAt(9).pods;
    const during = sim.stateAt(10).pods;
    const victim = during.find((p) => p.status === 'Terminating')!;
    expect(victim).toBeDefined();
    // IsPodActive: a Pod with a deletionTimestamp no longer counts, so the replacement exists while it terminates.
    const fresh = during.filter((p) => !before.some((b) => b.uid === p.uid));
    expect(fresh).toHaveLength(1);
    expect(fresh[0].name).not.toBe(victim.name);
    const rsName = sim.stateAt(10).replicaSets[0].name;
    expect(fresh[0].name.startsWith(`${rsName}-`)).toBe(true);
    expect(fresh[0].name.slice(rsName.length + 1)).toMatch(SUFFIX);
    expect(sim.stateAt(60).pods).toHaveLength(3);
  });

  it('deletes surplus Pods unscheduled and not-ready first (ActivePods order)', () => {
    const sim = simulateCluster({
      nodes: { count: 1, maxPods: 2 },
      objects: deployment(3),
      actions: [{ at: 20, action: 'scale', target: 'web', replicas: 2 }],
      until: 40,
    });
    const pending = sim.stateAt(19).pods.find((p) => !p.node)!;
    expect(pending).toBeDefined();
    expect(
      sim.events.some((e) => e.reason === 'SuccessfulDelete' && e.message === `Deleted pod: ${pending.name}`),
    ).toBe(true);
  });

  it('is deterministic', () => {
    const a = simulateCluster({ objects: deployment(3), until: 30 });
    const b = simulateCluster({ objects: deployment(3), until: 30 });
    expect(a.watch).toEqual(b.watch);
  });
});

describe('Deployment controller', () => {
  it('names the ReplicaSet <deploy>-<pod-template-hash> and labels selector, template and Pods', () => {
    const sim = simulateCluster({ objects: deployment(2), until: 30 });
    const rs = sim.objects.replicaSets[0];
    const hash = rs.metadata.labels!['pod-template-hash'];
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.spec.selector.matchLabels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.spec.template.metadata!.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    for (const p of sim.stateAt(30).pods) expect(p.labels['pod-template-hash']).toBe(hash);
    expect(rs.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('1');
  });

  it('rolls out with maxSurge 1 / maxUnavailable 0 for 3 replicas (25 % defaults)', () => {
    const sim = simulateCluster({
      objects: deployment(3, { probe: true }),
      behavior: { app: { startupSeconds: 3 } },
      actions: [{ at: 30, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
    });
    const scaling = sim.events
      .filter((e) => e.reason === 'ScalingReplicaSet')
      .map((e) => e.message.replace(/web-\w+/, 'RS'));
    expect(scaling).toEqual([
      'Scaled up replica set RS from 0 to 3',
      'Scaled up replica set RS from 0 to 1',
      'Scaled down replica set RS from 3 to 2',
      'Scaled up replica set RS from 1 to 2',
      'Scaled down replica set RS from 2 to 1',
      'Scaled up replica set RS from 2 to 3',
      'Scaled down replica set RS from 1 to 0',
    ]);
    const hist = sim.rolloutHistory('web');
    expect(hist.map((h) => [h.revision, h.image])).toEqual([
      [1, 'nginx:1.27'],
      [2, 'nginx:1.28'],
    ]);
    expect(hist[0].hash).not.toBe(hist[1].hash);
  });

  it('rollback reuses the old ReplicaSet (same hash) and gives it the next revision', () => {
    const sim = simulateCluster({
      objects: deployment(2),
      actions: [
        { at: 10, action: 'setImage', target: 'web', image: 'nginx:1.28' },
        { at: 40, action: 'rollback', target: 'web' },
      ],
    });
    const first = sim.rolloutHistory('web', 5)[0];
    const after = sim.rolloutHistory('web');
    expect(after.map((h) => h.revision)).toEqual([2, 3]);
    expect(after[1].hash).toBe(first.hash);
    expect(sim.objects.replicaSets).toHaveLength(2);
    expect(
      sim.objects.replicaSets.find((r) => r.metadata.name === first.replicaSet)!.metadata.annotations![
        'deployment.kubernetes.io/revision-history'
      ],
    ).toBe('1');
  });

  it('keeps imagePullPolicy when the image changes to :latest (defaults only fill empty fields)', () => {
    const sim = simulateCluster({
      objects: deployment(1),
      actions: [{ at: 10, action: 'setImage', target: 'web', image: 'nginx:latest' }],
      until: 30,
    });
    const latest = sim.objects.replicaSets.find((r) => r.spec.template.spec.containers[0].image === 'nginx:latest')!;
    expect(latest.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    // A new Deployment written with :latest and no policy gets Always.
    const fresh = simulateCluster({ objects: deployment(1, { image: 'nginx:latest' }), until: 5 });
    expect(fresh.objects.deployments[0].spec.template.spec.containers[0].imagePullPolicy).toBe('Always');
  });

  it('Recreate stops every old Pod before the new ReplicaSet scales up', () => {
    const sim = simulateCluster({
      objects: deployment(2, { strategy: '{type: Recreate}' }),
      actions: [{ at: 10, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
    });
    const newRS = sim.objects.replicaSets[1].metadata.name!;
    const firstNew = sim.watch.find((l) => l.kind === 'Pod' && l.name.startsWith(newRS))!;
    const lastOldGone = Math.max(
      ...sim.watch.filter((l) => l.kind === 'Pod' && !l.name.startsWith(newRS) && l.deleted).map((l) => l.time),
    );
    expect(firstNew.time).toBeGreaterThanOrEqual(lastOldGone);
  });

  it('a scaling event during a rollout scales both ReplicaSets in proportion (sync.go scale)', () => {
    // The new image never gets Ready: the rollout stops with the new ReplicaSet at 3 (maxSurge 3, maxUnavailable 0).
    const sim = simulateCluster({
      objects: deployment(10, { probe: true, strategy: '{rollingUpdate: {maxSurge: 3, maxUnavailable: 0}}' }),
      behaviors: [{ image: 'nginx:1.28', behavior: { startupSeconds: Infinity } }],
      actions: [
        { at: 10, action: 'setImage', target: 'web', image: 'nginx:1.28' },
        { at: 30, action: 'scale', target: 'web', replicas: 20 },
      ],
      until: 60,
    });
    const at30 = sim.events
      .filter((e) => e.reason === 'ScalingReplicaSet' && e.time === 30)
      .map((e) => e.message.replace(/web-\w+/, 'RS'));
    // 23 allowed (20 + maxSurge 3), 13 so far: 10 more, shared by size. Both were annotated max-replicas 13:
    // the old one 10 × 23 / 13 = 17.7 → 18, the new one 3 × 23 / 13 = 5.3 → 5.
    expect(at30).toEqual(['Scaled up replica set RS from 10 to 18', 'Scaled up replica set RS from 3 to 5']);
    const sizes = sim
      .stateAt(30)
      .replicaSets.map((r) => r.desired)
      .sort((a, b) => a - b);
    expect(sizes).toEqual([5, 18]);
    const rs = sim.objects.replicaSets.map((r) => r.metadata.annotations!['deployment.kubernetes.io/desired-replicas']);
    expect(rs).toEqual(['20', '20']);
  });

  it('waits minReadySeconds before a new Pod counts as available', () => {
    const sim = simulateCluster({
      objects: deployment(1, { minReadySeconds: 10 }),
      actions: [{ at: 20, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
    });
    const down = sim.events.find((e) => e.reason === 'ScalingReplicaSet' && e.message.includes('from 1 to 0'))!;
    // New Pod ready at 22 (2 s pull), available 10 s later.
    expect(down.time).toBe(32);
  });
});

describe('validation', () => {
  const msg = (objects: string) => {
    try {
      simulateCluster({ objects });
    } catch (e) {
      expect(isPodLabError(e)).toBe(true);
      return (e as Error).message;
    }
    return 'no error';
  };
  it('maxSurge and maxUnavailable both 0', () => {
    expect(msg(deployment(2, { strategy: '{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}' }))).toBe(
      'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    );
  });
  it('selector that does not match the template labels', () => {
    expect(msg(deployment(2).replace('matchLabels: {app: web}', 'matchLabels: {app: api}'))).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
    );
  });
  it('a PDB with both minAvailable and maxUnavailable', () => {
    expect(msg(pdb('minAvailable: 1\n  maxUnavailable: 1'))).toMatch(
      /^The PodDisruptionBudget "web-pdb" is invalid: spec: Invalid value: .*: minAvailable and maxUnavailable cannot be both set$/,
    );
  });
  it('restartPolicy Never in a Deployment template', () => {
    expect(msg(deployment(1).replace('      containers:', '      restartPolicy: Never\n      containers:'))).toBe(
      'The Deployment "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    );
  });
});

describe('PodDisruptionBudget, Eviction API and drain', () => {
  it('drain retries a 429 every 5 s and prints kubectl drain lines', () => {
    const sim = simulateCluster({
      nodes: { count: 2 },
      objects: deployment(3, { probe: true }) + pdb('minAvailable: 2'),
      behavior: { app: { startupSeconds: 10 } },
      actions: [{ at: 30, action: 'drain', node: 'node-1' }],
      until: 200,
    });
    const text = sim.drain.map((l) => `${l.time} ${l.text}`);
    expect(text[0]).toBe('30 node/node-1 cordoned');
    expect(
      text.some((l) =>
        /^30 error when evicting pods\/"web-\w+-\w+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\.$/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(text.some((l) => /^35 evicting pod default\/web-/.test(l))).toBe(true);
    expect(text[text.length - 1]).toMatch(/node\/node-1 drained$/);
    const refused = sim.evictions.find((e) => e.code === 429)!;
    expect(refused.causes[0]).toBe('The disruption budget web-pdb needs 2 healthy pods and has 2 currently');
    // Never below the budget: at every recorded time after start-up, healthy >= desired.
    for (const t of sim.times.filter((t) => t >= 20)) {
      const b = sim.stateAt(t).podDisruptionBudgets[0];
      expect(b.currentHealthy).toBeGreaterThanOrEqual(b.desiredHealthy);
    }
  });

  it('a plain delete is never blocked by a PDB', () => {
    const sim = simulateCluster({
      objects: deployment(2) + pdb('minAvailable: 2'),
      actions: [
        { at: 10, action: 'evict', pod: 'web-' },
        { at: 11, action: 'delete', pod: 'web-' },
      ],
      until: 30,
    });
    expect(sim.evictions.map((e) => e.code)).toEqual([429]);
    expect(sim.stateAt(11).pods.some((p) => p.status === 'Terminating')).toBe(true);
  });

  it('two budgets on one Pod: 500', () => {
    const sim = simulateCluster({
      objects: deployment(2) + pdb('minAvailable: 1') + pdb('maxUnavailable: 1', 'second'),
      actions: [{ at: 10, action: 'evict', pod: 'web-' }],
      until: 20,
    });
    expect(sim.evictions[0]).toMatchObject({
      code: 500,
      message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
    });
  });

  it('drain refuses bare Pods without force', () => {
    const bare =
      '---\napiVersion: v1\nkind: Pod\nmetadata: {name: bare}\nspec:\n  nodeName: node-1\n  containers: [{name: c, image: busybox:1.36}]\n';
    const sim = simulateCluster({
      objects: deployment(1) + bare,
      actions: [{ at: 5, action: 'drain', node: 'node-1' }],
      until: 20,
    });
    expect(
      sim.drain.some((l) =>
        l.text.includes('cannot delete Pods that declare no controller (use --force to override): default/bare'),
      ),
    ).toBe(true);
  });
});

describe('node failure', () => {
  it('Unknown after 50 s, evicted after 300 s more, Terminating until the node returns; a replacement runs elsewhere', () => {
    const sim = simulateCluster({
      nodes: { count: 3 },
      objects: deployment(3),
      actions: [
        { at: 10, action: 'nodeLost', node: 'node-2' },
        { at: 600, action: 'nodeReady', node: 'node-2' },
      ],
      until: 700,
    });
    expect(sim.stateAt(59).nodes[1].conditions[0].status).toBe('True');
    const n = sim.stateAt(60).nodes[1];
    expect(n.conditions[0]).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown' });
    expect(n.taints.map((t) => `${t.key}:${t.effect}`)).toContain('node.kubernetes.io/unreachable:NoExecute');
    const onNode = sim.stateAt(60).pods.find((p) => p.node === 'node-2')!;
    expect(onNode.isReady).toBe(false);
    expect(sim.stateAt(359).pods.find((p) => p.uid === onNode.uid)!.status).toBe('Running');
    const evicted = sim.stateAt(360).pods.find((p) => p.uid === onNode.uid)!;
    expect(evicted.status).toBe('Terminating');
    expect(evicted.podStatus.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({
      reason: 'DeletionByTaintManager',
    });
    expect(sim.stateAt(360).pods.filter((p) => p.node !== 'node-2' && !p.deletionTimestamp)).toHaveLength(3);
    expect(sim.stateAt(599).pods.find((p) => p.uid === onNode.uid)!.status).toBe('Terminating');
    expect(sim.stateAt(700).pods.find((p) => p.uid === onNode.uid)).toBeUndefined();
  });

  it('a StatefulSet keeps the name, waits for the old object, and the replacement has a new UID', () => {
    const sim = simulateCluster({
      objects: statefulSet(3),
      actions: [
        { at: 20, action: 'nodeLost', node: 'node-2' },
        { at: 500, action: 'forceDelete', pod: 'db-1' },
      ],
      until: 520,
    });
    const old = sim.stateAt(400).pods.find((p) => p.name === 'db-1')!;
    expect(old.status).toBe('Terminating');
    expect(sim.stateAt(499).pods.filter((p) => p.name === 'db-1')).toHaveLength(1);
    const fresh = sim.stateAt(520).pods.find((p) => p.name === 'db-1')!;
    expect(fresh.uid).not.toBe(old.uid);
    expect(fresh.node).not.toBe('node-2');
  });

  it('creates StatefulSet Pods in order, each after the previous is Running and Ready', () => {
    const sim = simulateCluster({ objects: statefulSet(3), until: 30 });
    const created = sim.events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => [e.time, e.message]);
    expect(created).toEqual([
      [0, 'create Pod db-0 in StatefulSet db successful'],
      [2, 'create Pod db-1 in StatefulSet db successful'],
      [4, 'create Pod db-2 in StatefulSet db successful'],
    ]);
  });

  it('rollingUpdate.partition: only ordinals ≥ partition get the new revision; a lower Pod deleted comes back at the current one', () => {
    const sts = statefulSet(3).replace(
      '  serviceName: db\n',
      '  serviceName: db\n  updateStrategy:\n    rollingUpdate: {partition: 2}\n',
    );
    const sim = simulateCluster({
      objects: sts,
      actions: [
        { at: 20, action: 'setImage', target: 'db', image: 'postgres:18' },
        { at: 60, action: 'delete', pod: 'db-0' },
      ],
      until: 120,
    });
    expect(sim.objects.statefulSets[0].spec.updateStrategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { partition: 2 },
    });
    const rev = (t: number) =>
      Object.fromEntries(sim.stateAt(t).pods.map((p) => [p.name, p.labels['controller-revision-hash']]));
    const before = rev(19);
    const after = rev(50);
    expect(after['db-2']).not.toBe(before['db-2']);
    expect([after['db-0'], after['db-1']]).toEqual([before['db-0'], before['db-1']]);
    // db-0 was deleted and recreated (new UID) from the current revision: below the partition.
    const end = sim.stateAt(120).pods.find((p) => p.name === 'db-0')!;
    expect(end.uid).not.toBe(sim.stateAt(59).pods.find((p) => p.name === 'db-0')!.uid);
    expect(end.labels['controller-revision-hash']).toBe(before['db-0']);
    expect(end.podStatus.containerStatuses![0].image).toBe('docker.io/library/postgres:17');
  });

  it('rejects a negative partition', () => {
    const sts = statefulSet(3).replace(
      '  serviceName: db\n',
      '  serviceName: db\n  updateStrategy:\n    rollingUpdate: {partition: -1}\n',
    );
    expect(() => simulateCluster({ objects: sts })).toThrow(
      'The StatefulSet "db" is invalid: spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
    );
  });

  it('the scheduler binds each Pod once and never rebinds it', () => {
    const sim = simulateCluster({
      objects: deployment(6),
      actions: [
        { at: 10, action: 'nodeLost', node: 'node-1' },
        { at: 400, action: 'nodeReady', node: 'node-1' },
      ],
      until: 500,
    });
    const nodeOf = new Map<string, string>();
    for (const t of sim.times)
      for (const p of sim.stateAt(t).pods) {
        if (!p.node) continue;
        if (nodeOf.has(p.uid)) expect(nodeOf.get(p.uid)).toBe(p.node);
        nodeOf.set(p.uid, p.node);
      }
    expect(sim.events.filter((e) => e.reason === 'Scheduled').length).toBe(new Set(nodeOf.keys()).size);
  });
});
