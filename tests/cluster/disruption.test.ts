// Eviction decisions of pkg/registry/core/pod/storage/eviction.go and budget arithmetic of
// pkg/controller/disruption/disruption.go (Kubernetes 1.35).
import { describe, expect, it } from 'vitest';
import {
  computeBudgetStatus,
  decideEviction,
  EVICTION_429_MESSAGE,
  EVICTION_500_MESSAGE,
  type BudgetPod,
  type BudgetStatus,
} from '../../src/cluster/disruption';

const pods = (n: number, ready: number, key = 'Deployment/a'): BudgetPod[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `p${i}`,
    phase: 'Running',
    ready: i < ready,
    deleting: false,
    controllerKey: key,
  }));
const status = (currentHealthy: number, desiredHealthy: number, disruptionsAllowed: number): BudgetStatus => ({
  currentHealthy,
  desiredHealthy,
  expectedPods: 3,
  disruptionsAllowed,
  disruptedPods: {},
  unmanagedPods: [],
});

describe('PodDisruptionBudget status', () => {
  it.each([
    // spec, pods, ready, scale, currentHealthy, desiredHealthy, expectedPods, disruptionsAllowed
    [{ minAvailable: 2 }, 3, 3, 3, 3, 2, 3, 1],
    [{ minAvailable: 2 }, 3, 2, 3, 2, 2, 3, 0],
    [{ minAvailable: '50%' }, 3, 3, 3, 3, 2, 3, 1], // 1.5 rounds up to 2
    [{ maxUnavailable: 1 }, 3, 3, 3, 3, 2, 3, 1],
    [{ maxUnavailable: '34%' }, 3, 3, 3, 3, 1, 3, 2], // 1.02 rounds up to 2 unavailable
    [{ maxUnavailable: '10%' }, 5, 5, 5, 5, 4, 5, 1],
    [{ minAvailable: '100%' }, 3, 3, 3, 3, 3, 3, 0],
    [{ maxUnavailable: 0 }, 3, 3, 3, 3, 3, 3, 0],
    [{ minAvailable: 2 }, 1, 1, 3, 1, 2, 1, 0],
  ] as const)('%j with %i Pods (%i ready, scale %i)', (spec, n, ready, scale, ch, dh, ep, da) => {
    const s = computeBudgetStatus(spec, pods(n, ready), () => scale, {}, 0);
    expect([s.currentHealthy, s.desiredHealthy, s.expectedPods, s.disruptionsAllowed]).toEqual([ch, dh, ep, da]);
  });

  it('does not count deleting Pods or recently disrupted ones as healthy', () => {
    const ps = pods(3, 3);
    ps[0].deleting = true;
    const s = computeBudgetStatus({ minAvailable: 1 }, ps, () => 3, { p1: 100 }, 150);
    expect(s.currentHealthy).toBe(1);
    expect(s.disruptedPods).toEqual({ p1: 100 });
    // After DeletionTimeout (2 minutes), the entry is dropped.
    expect(computeBudgetStatus({ minAvailable: 1 }, ps, () => 3, { p1: 100 }, 221).currentHealthy).toBe(2);
  });

  it('ignores unmanaged Pods for percentage budgets', () => {
    const ps = [...pods(2, 2), { name: 'bare', phase: 'Running', ready: true, deleting: false } as BudgetPod];
    const s = computeBudgetStatus({ maxUnavailable: '50%' }, ps, () => 2, {}, 0);
    expect(s.expectedPods).toBe(2);
    expect(s.unmanagedPods).toEqual(['bare']);
  });
});

describe('Eviction API decision', () => {
  const pdb = (spec: object, st: BudgetStatus) => ({ name: 'web-pdb', spec, status: st });
  it('429 with the cause when no disruption is allowed', () => {
    const d = decideEviction({ phase: 'Running', ready: true, deleting: false }, [
      pdb({ minAvailable: 2 }, status(2, 2, 0)),
    ]);
    expect(d.code).toBe(429);
    expect(d.message).toBe(EVICTION_429_MESSAGE);
    expect(d.causes).toEqual(['The disruption budget web-pdb needs 2 healthy pods and has 2 currently']);
    expect(d.deletePod).toBe(false);
  });
  it('201 and a decrement when a disruption is allowed', () => {
    const d = decideEviction({ phase: 'Running', ready: true, deleting: false }, [
      pdb({ minAvailable: 2 }, status(3, 2, 1)),
    ]);
    expect([d.code, d.decrement, d.deletePod]).toEqual([201, 'web-pdb', true]);
  });
  it('500 when two budgets match', () => {
    const d = decideEviction({ phase: 'Running', ready: true, deleting: false }, [
      pdb({}, status(3, 2, 1)),
      { ...pdb({}, status(3, 2, 1)), name: 'other' },
    ]);
    expect([d.code, d.message]).toEqual([500, EVICTION_500_MESSAGE]);
  });
  it.each(['Pending', 'Succeeded', 'Failed'] as const)('a %s Pod is deleted without using the budget', (phase) => {
    const d = decideEviction({ phase, ready: false, deleting: false }, [pdb({ minAvailable: 2 }, status(2, 2, 0))]);
    expect([d.code, d.bypassedBudget, d.decrement]).toEqual([201, true, undefined]);
  });
  it('an already deleting Pod is deleted again without the budget', () => {
    expect(
      decideEviction({ phase: 'Running', ready: true, deleting: true }, [pdb({ minAvailable: 2 }, status(2, 2, 0))])
        .code,
    ).toBe(201);
  });
  it('an unready Pod: IfHealthyBudget deletes only when the budget is healthy', () => {
    const unready = { phase: 'Running' as const, ready: false, deleting: false };
    expect(decideEviction(unready, [pdb({ minAvailable: 2 }, status(2, 2, 0))]).code).toBe(201);
    expect(decideEviction(unready, [pdb({ minAvailable: 2 }, status(1, 2, 0))]).code).toBe(429);
    expect(
      decideEviction(unready, [
        pdb({ minAvailable: 2, unhealthyPodEvictionPolicy: 'IfHealthyBudget' }, status(1, 2, 0)),
      ]).code,
    ).toBe(429);
  });
  it('an unready Pod: AlwaysAllow deletes even when the budget is not healthy', () => {
    const d = decideEviction({ phase: 'Running', ready: false, deleting: false }, [
      pdb({ minAvailable: 2, unhealthyPodEvictionPolicy: 'AlwaysAllow' }, status(1, 2, 0)),
    ]);
    expect([d.code, d.bypassedBudget]).toEqual([201, true]);
  });
  it('no budget: deleted', () => {
    expect(decideEviction({ phase: 'Running', ready: true, deleting: false }, []).code).toBe(201);
  });
});
