// Tables ported from upstream tests (Kubernetes 1.35):
// - staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr_test.go TestGetScaledValueFromIntOrPercent
// - pkg/controller/deployment/util/deployment_util_test.go TestResolveFenceposts, TestNewRSNewReplicas, TestMaxUnavailable
// - pkg/controller/deployment/rolling_test.go reconcileOldReplicaSets, cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate
// - pkg/controller/deployment/sync_test.go TestScale (proportional scaling)
import { describe, expect, it } from 'vitest';
import { getScaledValueFromIntOrPercent } from '../../src/cluster/intstr';
import {
  cleanupUnhealthyReplicas,
  getProportion,
  maxSurge,
  maxUnavailable,
  newRSNewReplicas,
  proportionalScale,
  reconcileOldReplicaSets,
  resolveFenceposts,
  scaleDownOldReplicaSetsForRollingUpdate,
  type RSView,
  type ScaleView,
  type StrategyView,
} from '../../src/cluster/deploymentutil';

const rs = (name: string, replicas: number, available: number, createdAt = 0): RSView => ({
  name,
  replicas,
  available,
  createdAt,
});
const rolling = (maxSurge?: number | string, maxUnavailable?: number | string): StrategyView => ({
  type: 'RollingUpdate',
  maxSurge,
  maxUnavailable,
});

describe('GetScaledValueFromIntOrPercent', () => {
  it.each([
    [123, 100, false, 123],
    ['90%', 100, true, 90],
    ['90%', 95, true, 86],
    ['90%', 95, false, 85],
    ['25%', 3, true, 1],
    ['25%', 3, false, 0],
  ] as const)('%s of %i (roundUp %s) = %i', (v, total, up, want) => {
    expect(getScaledValueFromIntOrPercent(v, total, up)).toBe(want);
  });
  it.each(['%', '90#', '#%', '90'])('%s is an error', (v) => {
    expect(() => getScaledValueFromIntOrPercent(v, 100, false)).toThrow(/invalid value for IntOrString/);
  });
});

describe('ResolveFenceposts', () => {
  it.each([
    [0, 0, 0, 0, 1],
    ['39%', '39%', 10, 4, 3],
    [undefined, '39%', 10, 0, 3],
    ['39%', undefined, 10, 4, 0],
    [undefined, undefined, 10, 0, 1],
  ] as const)('surge %s unavailable %s of %i → %i / %i', (s, u, desired, es, eu) => {
    expect(resolveFenceposts(s, u, desired)).toEqual({ surge: es, unavailable: eu });
  });
  it.each([
    ['oops', '39%'],
    ['55%', 'urg'],
  ])('%s / %s is an error', (s, u) => {
    expect(() => resolveFenceposts(s, u, 10)).toThrow();
  });
  it('defaults 25 % / 25 % give 1 surge and 0 unavailable for 3 replicas', () => {
    expect(resolveFenceposts('25%', '25%', 3)).toEqual({ surge: 1, unavailable: 0 });
  });
});

describe('MaxUnavailable / MaxSurge', () => {
  it.each([
    ['less than replicas', 10, 5, 5],
    ['equal replicas', 10, 10, 10],
    ['greater than replicas', 5, 10, 5],
    ['replicas is 0', 0, 10, 0],
    ['less than replicas with percents', 10, '50%', 5],
    ['equal replicas with percents', 10, '100%', 10],
    ['greater than replicas with percents', 5, '100%', 5],
  ] as const)('%s', (_n, replicas, mu, want) => {
    expect(maxUnavailable(rolling(1, mu), replicas)).toBe(want);
  });
  it('Recreate has neither', () => {
    expect(maxUnavailable({ type: 'Recreate' }, 10)).toBe(0);
    expect(maxSurge({ type: 'Recreate' }, 10)).toBe(0);
  });
});

describe('NewRSNewReplicas', () => {
  it.each([
    ['can not scale up - to newRSReplicas', rolling(1, 0), 1, 5, 5, 5],
    ['scale up - to depReplicas', rolling(10, 0), 6, 2, 5, 6],
    ['recreate - to depReplicas', { type: 'Recreate' } as StrategyView, 3, 1, 1, 3],
  ] as const)('%s', (_n, strategy, depReplicas, newReplicas, oldReplicas, want) => {
    const newRS = rs('new', newReplicas, 0);
    expect(newRSNewReplicas(strategy, depReplicas, [newRS, rs('old', oldReplicas, oldReplicas)], newRS)).toBe(want);
  });
});

describe('reconcileOldReplicaSets', () => {
  it.each([
    [10, 0, 10, 0, 10, 0, 9],
    [10, 2, 10, 0, 10, 0, 8],
    [10, 2, 10, 0, 8, 0, 8], // unhealthy old replicas are cleaned up
    [10, 2, 10, 0, 9, 0, 8], // 1 unhealthy cleaned up and 1 ready scaled down
    [10, 2, 8, 2, 8, 0, undefined], // unavailable new Pods block further scale-down
  ] as const)(
    'replicas %i maxUnavailable %i old %i new %i readyOld %i readyNew %i → %s',
    (dep, mu, oldR, newR, readyOld, readyNew, want) => {
      const changes = reconcileOldReplicaSets(
        rolling(0, mu),
        dep,
        [rs('foo-old', oldR, readyOld)],
        rs('foo-new', newR, readyNew),
      );
      expect(changes.get('foo-old')).toBe(want);
    },
  );

  it.each([
    [10, 8, 1, 1],
    [10, 8, 3, 2],
    [10, 8, 0, 0],
    [10, 10, 3, 0],
  ])('cleanupUnhealthyReplicas: old %i ready %i max %i → %i', (oldR, ready, max, want) => {
    expect(cleanupUnhealthyReplicas([rs('foo-v2', oldR, ready)], max)).toBe(want);
  });

  it.each([
    [10, 0, 10, 10, 9],
    [10, 2, 10, 10, 8],
    [10, 2, 8, 10, undefined],
    [10, 2, 10, 0, undefined],
    [10, 2, 1, 10, undefined],
  ] as const)(
    'scaleDownOldReplicaSetsForRollingUpdate: replicas %i maxUnavailable %i ready %i old %i → %s',
    (dep, mu, ready, oldR, want) => {
      const old = rs('foo-v2', oldR, ready);
      const n = scaleDownOldReplicaSetsForRollingUpdate(rolling(0, mu), dep, [old], [old]);
      if (want === undefined) expect(n).toBe(0);
      else expect(old.replicas).toBe(want);
    },
  );
});

// pkg/controller/deployment/sync_test.go TestScale: the Deployment goes from `from` to `to` replicas (maxSurge,
// maxUnavailable as given, 0 by default); each ReplicaSet carries the annotations written for the old size.
describe('proportional scaling (sync.go scale)', () => {
  type Case = {
    name: string;
    from: number;
    to: number;
    surge?: number;
    oldSurge?: number;
    unavailable?: number;
    newRS?: [string, number, number?];
    oldRSs: [string, number][];
    want: Record<string, number>;
    desired?: Record<string, number>;
  };
  const NEW = 2,
    OLD = 1,
    OLDER = 0;
  const cases: Case[] = [
    {
      name: 'normal scaling event: 10 -> 12',
      from: 10,
      to: 12,
      newRS: ['foo-v1', 10],
      oldRSs: [],
      want: { 'foo-v1': 12 },
    },
    {
      name: 'normal scaling event: 10 -> 5',
      from: 10,
      to: 5,
      newRS: ['foo-v1', 10],
      oldRSs: [],
      want: { 'foo-v1': 5 },
    },
    {
      name: 'proportional scaling: 5 -> 10',
      from: 5,
      to: 10,
      newRS: ['foo-v2', 2],
      oldRSs: [['foo-v1', 3]],
      want: { 'foo-v2': 4, 'foo-v1': 6 },
    },
    {
      name: 'proportional scaling: 5 -> 3',
      from: 5,
      to: 3,
      newRS: ['foo-v2', 2],
      oldRSs: [['foo-v1', 3]],
      want: { 'foo-v2': 1, 'foo-v1': 2 },
    },
    {
      name: 'proportional scaling: 9 -> 4',
      from: 9,
      to: 4,
      newRS: ['foo-v2', 8],
      oldRSs: [['foo-v1', 1]],
      want: { 'foo-v2': 4, 'foo-v1': 0 },
    },
    {
      name: 'proportional scaling: 7 -> 10',
      from: 7,
      to: 10,
      newRS: ['foo-v3', 2],
      oldRSs: [
        ['foo-v2', 3],
        ['foo-v1', 2],
      ],
      want: { 'foo-v3': 3, 'foo-v2': 4, 'foo-v1': 3 },
    },
    {
      name: 'proportional scaling: 13 -> 8',
      from: 13,
      to: 8,
      newRS: ['foo-v3', 2],
      oldRSs: [
        ['foo-v2', 8],
        ['foo-v1', 3],
      ],
      want: { 'foo-v3': 1, 'foo-v2': 5, 'foo-v1': 2 },
    },
    {
      name: 'leftover distribution: 3 -> 4 (scales up the new replica set)',
      from: 3,
      to: 4,
      newRS: ['foo-v3', 1],
      oldRSs: [
        ['foo-v2', 1],
        ['foo-v1', 1],
      ],
      want: { 'foo-v3': 2, 'foo-v2': 1, 'foo-v1': 1 },
    },
    {
      name: 'leftover distribution: 3 -> 2 (scales down the older replica set)',
      from: 3,
      to: 2,
      newRS: ['foo-v3', 1],
      oldRSs: [
        ['foo-v2', 1],
        ['foo-v1', 1],
      ],
      want: { 'foo-v3': 1, 'foo-v2': 1, 'foo-v1': 0 },
    },
    {
      name: 'proportional scaling (no new rs): 4 -> 5',
      from: 4,
      to: 5,
      oldRSs: [
        ['foo-v2', 2],
        ['foo-v1', 2],
      ],
      want: { 'foo-v2': 3, 'foo-v1': 2 },
    },
    {
      name: 'proportional scaling: 6 -> 0',
      from: 6,
      to: 0,
      newRS: ['foo-v3', 3],
      oldRSs: [
        ['foo-v2', 2],
        ['foo-v1', 1],
      ],
      want: { 'foo-v3': 0, 'foo-v2': 0, 'foo-v1': 0 },
    },
    {
      name: 'proportional scaling: 0 -> 6',
      from: 6,
      to: 6,
      newRS: ['foo-v3', 0],
      oldRSs: [
        ['foo-v2', 0],
        ['foo-v1', 0],
      ],
      want: { 'foo-v3': 6, 'foo-v2': 0, 'foo-v1': 0 },
    },
    {
      name: 'one ReplicaSet annotated for 3 replicas',
      from: 5,
      to: 5,
      newRS: ['foo-v3', 2],
      oldRSs: [
        ['foo-v2', 1],
        ['foo-v1', 1],
      ],
      desired: { 'foo-v2': 3 },
      want: { 'foo-v3': 2, 'foo-v2': 2, 'foo-v1': 1 },
    },
    {
      name: 'deployment with surge pods',
      from: 10,
      to: 20,
      surge: 2,
      newRS: ['foo-v2', 6],
      oldRSs: [['foo-v1', 6]],
      want: { 'foo-v2': 11, 'foo-v1': 11 },
    },
    {
      name: 'change both surge and size',
      from: 10,
      oldSurge: 3,
      to: 50,
      surge: 6,
      newRS: ['foo-v2', 5],
      oldRSs: [['foo-v1', 8]],
      want: { 'foo-v2': 22, 'foo-v1': 34 },
    },
    // "change both size and template": the new template has no ReplicaSet yet; foo-v2 is the newer old one.
    {
      name: 'change both size and template',
      from: 10,
      to: 14,
      oldRSs: [
        ['foo-v2', 7],
        ['foo-v1', 3],
      ],
      want: { 'foo-v2': 10, 'foo-v1': 4 },
    },
    {
      name: 'saturated but broken new replica set does not affect old pods',
      from: 2,
      to: 2,
      surge: 1,
      unavailable: 1,
      newRS: ['foo-v2', 2, 0],
      oldRSs: [['foo-v1', 1]],
      want: { 'foo-v2': 2, 'foo-v1': 1 },
    },
  ];
  it.each(cases)('$name', (c) => {
    const strategy = rolling(c.surge ?? 0, c.unavailable ?? 0);
    const oldStrategy = rolling(c.oldSurge ?? c.surge ?? 0, c.unavailable ?? 0);
    const view = (name: string, replicas: number, createdAt: number, available = 0): ScaleView => {
      const desired = c.desired?.[name] ?? c.from;
      return {
        name,
        replicas,
        available,
        createdAt,
        desiredReplicas: desired,
        maxReplicas: desired + maxSurge(oldStrategy, desired),
      };
    };
    const newRS = c.newRS ? view(c.newRS[0], c.newRS[1], NEW, c.newRS[2]) : undefined;
    // In the change-of-template case the two old ReplicaSets are 'new' and 'old' in time.
    const times = c.newRS ? [OLD, OLDER] : [NEW, OLD];
    const olds = c.oldRSs.map(([n, r], i) => view(n, r, times[i]));
    const { sizes } = proportionalScale(strategy, c.to, 0, newRS, olds);
    const got: Record<string, number> = {};
    for (const rs of [...(newRS ? [newRS] : []), ...olds]) got[rs.name] = sizes.get(rs.name) ?? rs.replicas;
    expect(got).toEqual(c.want);
  });

  it("getProportion: the ReplicaSet's share of the new size (x.5 rounds up), capped by what is left to add", () => {
    // 3 replicas annotated for a maximum of 2, Deployment now 3 (no surge): 3 × 3 / 2 = 4.5 → 5, so +2.
    const r: ScaleView = { name: 'a', replicas: 3, available: 3, createdAt: 0, maxReplicas: 2 };
    expect(getProportion(r, rolling(0, 1), 3, 0, 5, 0)).toBe(2);
    expect(getProportion(r, rolling(0, 1), 3, 0, 1, 0)).toBe(1);
    // Without the annotation, status.replicas is the base: 3 × 3 / 6 = 1.5 → 2, so -1.
    expect(getProportion({ ...r, maxReplicas: undefined }, rolling(0, 1), 3, 6, -3, 0)).toBe(-1);
  });
});
