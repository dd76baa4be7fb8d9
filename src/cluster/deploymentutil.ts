/**
 * The arithmetic of the Deployment controller (`pkg/controller/deployment/util/deployment_util.go`
 * and `pkg/controller/deployment/rolling.go`, Kubernetes 1.35), as pure functions over plain numbers.
 */
import { getScaledValueFromIntOrPercent } from './intstr';
import type { IntOrString } from './types';

export interface StrategyView {
  type: 'RollingUpdate' | 'Recreate';
  maxSurge?: IntOrString;
  maxUnavailable?: IntOrString;
}

/** What the rolling-update code reads from a ReplicaSet. */
export interface RSView {
  name: string;
  /** creationTimestamp, for `ReplicaSetsByCreationTimestamp` (ties broken by name, as upstream). */
  createdAt: number;
  /** spec.replicas */
  replicas: number;
  /** status.availableReplicas */
  available: number;
}

/**
 * `ResolveFenceposts`: maxSurge rounds up, maxUnavailable rounds down; when both resolve to 0,
 * maxUnavailable becomes 1 ("surge might not work due to quota"). Unset values count as 0.
 */
export function resolveFenceposts(maxSurge: IntOrString | undefined, maxUnavailable: IntOrString | undefined, desired: number): { surge: number; unavailable: number } {
  const surge = getScaledValueFromIntOrPercent(maxSurge ?? 0, desired, true);
  let unavailable = getScaledValueFromIntOrPercent(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

/** `MaxUnavailable(deployment)`: 0 for Recreate or 0 replicas, capped at replicas. */
export function maxUnavailable(strategy: StrategyView, replicas: number): number {
  if (strategy.type !== 'RollingUpdate' || replicas === 0) return 0;
  const { unavailable } = resolveFenceposts(strategy.maxSurge, strategy.maxUnavailable, replicas);
  return unavailable > replicas ? replicas : unavailable;
}

/** `MaxSurge(deployment)`: 0 for Recreate. */
export function maxSurge(strategy: StrategyView, replicas: number): number {
  if (strategy.type !== 'RollingUpdate') return 0;
  return resolveFenceposts(strategy.maxSurge, strategy.maxUnavailable, replicas).surge;
}

/** `GetReplicaCountForReplicaSets`: sum of spec.replicas. */
export function replicaCount(rss: RSView[]): number {
  return rss.reduce((n, rs) => n + rs.replicas, 0);
}

/** `GetAvailableReplicaCountForReplicaSets`. */
export function availableCount(rss: RSView[]): number {
  return rss.reduce((n, rs) => n + rs.available, 0);
}

/**
 * `NewRSNewReplicas(deployment, allRSs, newRS)`: the new ReplicaSet grows until old + new reach
 * replicas + maxSurge, never beyond replicas. Recreate: straight to replicas.
 */
export function newRSNewReplicas(strategy: StrategyView, replicas: number, allRSs: RSView[], newRS: RSView): number {
  if (strategy.type === 'Recreate') return replicas;
  const surge = getScaledValueFromIntOrPercent(strategy.maxSurge ?? 0, replicas, true);
  const current = replicaCount(allRSs);
  const maxTotalPods = replicas + surge;
  if (current >= maxTotalPods) return newRS.replicas;
  let scaleUp = maxTotalPods - current;
  scaleUp = Math.min(scaleUp, replicas - newRS.replicas);
  return newRS.replicas + scaleUp;
}

/** `ReplicaSetsByCreationTimestamp`: oldest first, then by name. */
export function byCreation(a: RSView, b: RSView): number {
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * `cleanupUnhealthyReplicas`: scales down old ReplicaSets by their unavailable Pods, oldest first, at most
 * `maxCleanupCount` in all. Mutates the views' `replicas`; returns how many were removed.
 */
export function cleanupUnhealthyReplicas(oldRSs: RSView[], maxCleanupCount: number): number {
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= maxCleanupCount) break;
    if (rs.replicas === 0) continue;
    if (rs.replicas === rs.available) continue;
    const down = Math.min(maxCleanupCount - total, rs.replicas - rs.available);
    rs.replicas -= down;
    total += down;
  }
  return total;
}

/**
 * `scaleDownOldReplicaSetsForRollingUpdate`: scales down old ReplicaSets, oldest first, as long as the
 * available Pods of all ReplicaSets stay at or above replicas - maxUnavailable. Mutates; returns the count.
 */
export function scaleDownOldReplicaSetsForRollingUpdate(strategy: StrategyView, replicas: number, allRSs: RSView[], oldRSs: RSView[]): number {
  const minAvailable = replicas - maxUnavailable(strategy, replicas);
  const availablePods = availableCount(allRSs);
  if (availablePods <= minAvailable) return 0;
  const totalScaleDown = availablePods - minAvailable;
  let scaledDown = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (scaledDown >= totalScaleDown) break;
    if (rs.replicas === 0) continue;
    const down = Math.min(rs.replicas, totalScaleDown - scaledDown);
    rs.replicas -= down;
    scaledDown += down;
  }
  return scaledDown;
}

/**
 * `reconcileOldReplicaSets` (rolling.go): at most allPods - minAvailable - unavailable new Pods may go;
 * unhealthy old Pods first (`cleanupUnhealthyReplicas`), then available ones
 * (`scaleDownOldReplicaSetsForRollingUpdate`). Returns the new spec.replicas of each old ReplicaSet that changes.
 */
export function reconcileOldReplicaSets(strategy: StrategyView, replicas: number, oldRSs: RSView[], newRS: RSView | undefined): Map<string, number> {
  const changes = new Map<string, number>();
  if (replicaCount(oldRSs) === 0) return changes;
  const allPodsCount = replicaCount(newRS ? [...oldRSs, newRS] : oldRSs);
  const minAvailable = replicas - maxUnavailable(strategy, replicas);
  const newRSUnavailable = newRS ? newRS.replicas - newRS.available : 0;
  const maxScaledDown = allPodsCount - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return changes;
  const olds = oldRSs.map((rs) => ({ ...rs }));
  cleanupUnhealthyReplicas(olds, maxScaledDown);
  scaleDownOldReplicaSetsForRollingUpdate(strategy, replicas, newRS ? [...olds, newRS] : olds, olds);
  olds.forEach((rs, i) => {
    if (rs.replicas !== oldRSs[i].replicas) changes.set(rs.name, rs.replicas);
  });
  return changes;
}
