/**
 * The disruption controller's budget arithmetic (`pkg/controller/disruption/disruption.go`) and the
 * decision of the Eviction API (`pkg/registry/core/pod/storage/eviction.go`), Kubernetes 1.35, as pure functions.
 */
import { getScaledValueFromIntOrPercent } from './intstr';
import type { EvictionAnswer, IntOrString, PodDisruptionBudget } from './types';
import type { PodPhase } from '../lifecycle/types';

/** What the budget code reads from a Pod. */
export interface BudgetPod {
  name: string;
  phase: PodPhase;
  /** The Ready condition is True (`podutil.IsPodReady`, the current meaning of "healthy"). */
  ready: boolean;
  deleting: boolean;
  /** Key of the controller whose scale counts for this Pod (Deployment for a Deployment's ReplicaSet); undefined = unmanaged. */
  controllerKey?: string;
}

export interface BudgetStatus {
  currentHealthy: number;
  desiredHealthy: number;
  expectedPods: number;
  disruptionsAllowed: number;
  /** Pod name → time of an eviction not yet seen as a deletion. */
  disruptedPods: Record<string, number>;
  /** Pods without a controller, ignored by percentage / maxUnavailable budgets. */
  unmanagedPods: string[];
}

/** `DeletionTimeout`: an eviction not followed by a deletion within 2 minutes stops counting. */
export const DELETION_TIMEOUT_SECONDS = 120;

/**
 * `getExpectedPodCount` + `countHealthyPods` + `updatePdbStatus`.
 * - maxUnavailable (int or %) and a percentage minAvailable use the controllers' scale (`getExpectedScale`,
 *   each controller counted once; unmanaged Pods ignored); an integer minAvailable uses the number of Pods.
 * - Percentages round up (`GetScaledValueFromIntOrPercent(..., true)`).
 * - healthy = Ready, not deleting, not in `disruptedPods` for less than 2 minutes.
 */
export function computeBudgetStatus(
  spec: PodDisruptionBudget['spec'],
  pods: BudgetPod[],
  controllerScale: (key: string) => number,
  previousDisrupted: Record<string, number>,
  now: number,
): BudgetStatus {
  let expectedCount = 0;
  let desiredHealthy = 0;
  const unmanagedPods: string[] = [];
  const expectedScale = (): number => {
    const seen = new Set<string>();
    let n = 0;
    for (const p of pods) {
      if (p.controllerKey === undefined) {
        unmanagedPods.push(p.name);
        continue;
      }
      if (seen.has(p.controllerKey)) continue;
      seen.add(p.controllerKey);
      n += controllerScale(p.controllerKey);
    }
    return n;
  };
  if (spec.maxUnavailable !== undefined) {
    expectedCount = expectedScale();
    const maxUnav = getScaledValueFromIntOrPercent(spec.maxUnavailable, expectedCount, true);
    desiredHealthy = Math.max(0, expectedCount - maxUnav);
  } else if (spec.minAvailable !== undefined) {
    if (typeof spec.minAvailable === 'number') {
      desiredHealthy = spec.minAvailable;
      expectedCount = pods.length;
    } else {
      expectedCount = expectedScale();
      desiredHealthy = getScaledValueFromIntOrPercent(spec.minAvailable, expectedCount, true);
    }
  }
  // buildDisruptedPodMap: drop entries for Pods that are gone, being deleted, or older than DeletionTimeout.
  const disruptedPods: Record<string, number> = {};
  const byName = new Map(pods.map((p) => [p.name, p]));
  for (const [name, t] of Object.entries(previousDisrupted)) {
    const p = byName.get(name);
    if (!p || p.deleting) continue;
    if (t + DELETION_TIMEOUT_SECONDS < now) continue;
    disruptedPods[name] = t;
  }
  let currentHealthy = 0;
  for (const p of pods) {
    if (p.deleting) continue;
    if (disruptedPods[p.name] !== undefined) continue;
    if (p.ready) currentHealthy++;
  }
  let disruptionsAllowed = currentHealthy - desiredHealthy;
  if (expectedCount <= 0 || disruptionsAllowed <= 0) disruptionsAllowed = 0;
  return {
    currentHealthy,
    desiredHealthy,
    expectedPods: expectedCount,
    disruptionsAllowed,
    disruptedPods,
    unmanagedPods,
  };
}

export const EVICTION_429_MESSAGE = "Cannot evict pod as it would violate the pod's disruption budget.";
export const EVICTION_500_MESSAGE =
  'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.';

export type EvictionDecision = Omit<EvictionAnswer, 'time' | 'pod' | 'requester'> & {
  /** Delete the Pod (gracefully). */
  deletePod: boolean;
  /** Decrement this budget's disruptionsAllowed and record the Pod in its disruptedPods. */
  decrement?: string;
};

/**
 * `EvictionREST.Create`:
 * 1. Succeeded, Failed, Pending or already deleting (`canIgnorePDB`) → deleted, no budget used.
 * 2. More than one matching budget → 500.
 * 3. No budget → deleted.
 * 4. Not Ready: `AlwaysAllow` → deleted; otherwise (`IfHealthyBudget` or unset) deleted if
 *    currentHealthy ≥ desiredHealthy and desiredHealthy > 0.
 * 5. `checkAndDecrement`: disruptionsAllowed 0 → 429 with the cause
 *    "The disruption budget X needs N healthy pods and has M currently"; otherwise decrement and delete.
 */
export function decideEviction(
  pod: { phase: PodPhase; ready: boolean; deleting: boolean },
  budgets: { name: string; spec: PodDisruptionBudget['spec']; status: BudgetStatus }[],
): EvictionDecision {
  const created = (extra: Partial<EvictionDecision> = {}): EvictionDecision => ({
    code: 201,
    reason: 'Created',
    message: '',
    causes: [],
    deletePod: true,
    ...extra,
  });
  if (pod.phase === 'Succeeded' || pod.phase === 'Failed' || pod.phase === 'Pending' || pod.deleting)
    return created({ bypassedBudget: true });
  if (budgets.length > 1) {
    return { code: 500, reason: 'InternalError', message: EVICTION_500_MESSAGE, causes: [], deletePod: false };
  }
  if (budgets.length === 0) return created();
  const pdb = budgets[0];
  if (!pod.ready) {
    if (pdb.spec.unhealthyPodEvictionPolicy === 'AlwaysAllow') return created({ pdb: pdb.name, bypassedBudget: true });
    if (pdb.status.currentHealthy >= pdb.status.desiredHealthy && pdb.status.desiredHealthy > 0)
      return created({ pdb: pdb.name, bypassedBudget: true });
  }
  if (pdb.status.disruptionsAllowed < 0) {
    return {
      code: 403,
      reason: 'Forbidden',
      message: `poddisruptionbudgets.policy "${pdb.name}" is forbidden: pdb disruptions allowed is negative`,
      causes: [],
      pdb: pdb.name,
      deletePod: false,
    };
  }
  if (pdb.status.disruptionsAllowed === 0) {
    return {
      code: 429,
      reason: 'TooManyRequests',
      message: EVICTION_429_MESSAGE,
      causes: [
        `The disruption budget ${pdb.name} needs ${pdb.status.desiredHealthy} healthy pods and has ${pdb.status.currentHealthy} currently`,
      ],
      pdb: pdb.name,
      deletePod: false,
    };
  }
  return created({ pdb: pdb.name, decrement: pdb.name });
}

/** Validation of an int-or-percent budget field (`ValidatePositiveIntOrPercent` + `IsNotMoreThan100Percent`). */
export function intOrPercentProblem(v: IntOrString): string | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? undefined : 'must be greater than or equal to 0';
  if (!/^[0-9]+%$/.test(v))
    return "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";
  if (Number.parseInt(v, 10) > 100) return 'must not be greater than 100%';
  return undefined;
}
