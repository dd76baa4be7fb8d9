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
export function resolveFenceposts(
  maxSurge: IntOrString | undefined,
  maxUnavailable: IntOrString | undefined,
  desired: number,
): { surge: number; unavailable: number } {
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
export function scaleDownOldReplicaSetsForRollingUpdate(
  strategy: StrategyView,
  replicas: number,
  allRSs: RSView[],
  oldRSs: RSView[],
): number {
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
export function reconcileOldReplicaSets(
  strategy: StrategyView,
  replicas: number,
  oldRSs: RSView[],
  newRS: RSView | undefined,
): Map<string, number> {
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

// ---------------------------------------------------------------- scaling events (sync.go `scale`)

/** A ReplicaSet as `scale` reads it: RSView plus the annotations the controller wrote when it last scaled it. */
export interface ScaleView extends RSView {
  /** `deployment.kubernetes.io/desired-replicas`. */
  desiredReplicas?: number;
  /** `deployment.kubernetes.io/max-replicas`. */
  maxReplicas?: number;
}

/** `getReplicaSetFraction`: how many replicas this ReplicaSet gains (or loses) in proportion. */
function replicaSetFraction(rs: ScaleView, strategy: StrategyView, replicas: number, statusReplicas: number): number {
  if (replicas === 0) return -rs.replicas;
  const deploymentReplicas = replicas + maxSurge(strategy, replicas);
  // Without the annotation: the Deployment's current size (status.replicas), as upstream falls back.
  const annotated = rs.maxReplicas ?? statusReplicas;
  if (annotated === 0) return 0;
  // `integer.RoundToInt32` (Go's math.Round); the ratio is never negative here, where Math.round agrees.
  return Math.round((rs.replicas * deploymentReplicas) / annotated) - rs.replicas;
}

/** `GetProportion`: the fraction, capped by what is still left to add (or remove). */
export function getProportion(
  rs: ScaleView,
  strategy: StrategyView,
  replicas: number,
  statusReplicas: number,
  toAdd: number,
  added: number,
): number {
  if (rs.replicas === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, strategy, replicas, statusReplicas);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}

/** `FindActiveOrLatest`: the only active ReplicaSet, or the newest when none is active; undefined when several are. */
export function findActiveOrLatest(newRS: ScaleView | undefined, oldRSs: ScaleView[]): ScaleView | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const olds = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = [...olds, ...(newRS ? [newRS] : [])].filter((r) => r.replicas > 0);
  if (active.length === 0) return newRS ?? olds[0];
  return active.length === 1 ? active[0] : undefined;
}

/** `IsSaturated`: the new ReplicaSet has the Deployment's size, annotated, and every Pod available. */
export function isSaturated(replicas: number, rs: ScaleView | undefined): boolean {
  return !!rs && rs.desiredReplicas === replicas && rs.replicas === replicas && rs.available === replicas;
}

/**
 * `scale` (sync.go), run on a scaling event or for a paused Deployment: one active ReplicaSet takes the new
 * size; a saturated new one takes it all; otherwise, in a rolling update, the difference with
 * replicas + maxSurge is shared in proportion to each active ReplicaSet's size (largest first; ties: newer
 * first up, older first down), the leftover going to the first. Returns the new size of each ReplicaSet
 * to write (possibly unchanged: its annotations are refreshed) and the direction for the events.
 */
export function proportionalScale(
  strategy: StrategyView,
  replicas: number,
  statusReplicas: number,
  newRS: ScaleView | undefined,
  oldRSs: ScaleView[],
): { sizes: Map<string, number>; operation?: 'up' | 'down' } {
  const sizes = new Map<string, number>();
  const single = findActiveOrLatest(newRS, oldRSs);
  if (single) {
    if (single.replicas !== replicas) sizes.set(single.name, replicas);
    return { sizes };
  }
  if (isSaturated(replicas, newRS)) {
    for (const rs of oldRSs) if (rs.replicas > 0) sizes.set(rs.name, 0);
    return { sizes, operation: 'down' };
  }
  if (strategy.type !== 'RollingUpdate') return { sizes };
  const all = [...oldRSs, ...(newRS ? [newRS] : [])].filter((r) => r.replicas > 0);
  const allowedSize = replicas > 0 ? replicas + maxSurge(strategy, replicas) : 0;
  const toAdd = allowedSize - replicaCount(all);
  let operation: 'up' | 'down' | undefined;
  if (toAdd > 0) {
    all.sort((a, b) => (a.replicas !== b.replicas ? b.replicas - a.replicas : byCreation(b, a)));
    operation = 'up';
  } else if (toAdd < 0) {
    all.sort((a, b) => (a.replicas !== b.replicas ? b.replicas - a.replicas : byCreation(a, b)));
    operation = 'down';
  }
  let added = 0;
  for (const rs of all) {
    const p = toAdd !== 0 ? getProportion(rs, strategy, replicas, statusReplicas, toAdd, added) : 0;
    sizes.set(rs.name, rs.replicas + p);
    added += p;
  }
  if (all.length > 0 && toAdd !== 0) sizes.set(all[0].name, Math.max(0, sizes.get(all[0].name)! + toAdd - added));
  return { sizes, operation };
}
