// Tables ported from upstream tests (Kubernetes 1.35):
// - staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr_test.go TestGetScaledValueFromIntOrPercent
// - pkg/controller/deployment/util/deployment_util_test.go TestResolveFenceposts, TestNewRSNewReplicas, TestMaxUnavailable
// - pkg/controller/deployment/rolling_test.go reconcileOldReplicaSets, cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate
import { describe, expect, it } from 'vitest';
import { getScaledValueFromIntOrPercent } from '../../src/cluster/intstr';
import {
  cleanupUnhealthyReplicas, maxSurge, maxUnavailable, newRSNewReplicas, reconcileOldReplicaSets, resolveFenceposts, scaleDownOldReplicaSetsForRollingUpdate,
  type RSView, type StrategyView,
} from '../../src/cluster/deploymentutil';

const rs = (name: string, replicas: number, available: number, createdAt = 0): RSView => ({ name, replicas, available, createdAt });
const rolling = (maxSurge?: number | string, maxUnavailable?: number | string): StrategyView => ({ type: 'RollingUpdate', maxSurge, maxUnavailable });

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
  it.each([['oops', '39%'], ['55%', 'urg']])('%s / %s is an error', (s, u) => {
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
  ] as const)('replicas %i maxUnavailable %i old %i new %i readyOld %i readyNew %i → %s', (dep, mu, oldR, newR, readyOld, readyNew, want) => {
    const changes = reconcileOldReplicaSets(rolling(0, mu), dep, [rs('foo-old', oldR, readyOld)], rs('foo-new', newR, readyNew));
    expect(changes.get('foo-old')).toBe(want);
  });

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
  ] as const)('scaleDownOldReplicaSetsForRollingUpdate: replicas %i maxUnavailable %i ready %i old %i → %s', (dep, mu, ready, oldR, want) => {
    const old = rs('foo-v2', oldR, ready);
    const n = scaleDownOldReplicaSetsForRollingUpdate(rolling(0, mu), dep, [old], [old]);
    if (want === undefined) expect(n).toBe(0);
    else expect(old.replicas).toBe(want);
  });
});
