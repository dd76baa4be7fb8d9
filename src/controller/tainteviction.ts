/**
 * NoExecute taints and tolerations, as the taint-eviction controller of Kubernetes 1.35 decides them.
 * One implementation for both entry points: the single-Pod model's node (../lifecycle/kubelet.ts) and the
 * cluster's nodes (../cluster/engine.ts).
 *
 * - `toleratesTaint`: `(*Toleration).ToleratesTaint`
 *   (https://github.com/kubernetes/kubernetes/blob/v1.35.0/staging/src/k8s.io/api/core/v1/toleration.go);
 * - `getMatchingTolerations`: `v1helper.GetMatchingTolerations`
 *   (https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/apis/core/v1/helper/helpers.go): for each
 *   taint, the FIRST toleration in spec order that tolerates it; `false` as soon as one taint is not tolerated;
 * - `getMinTolerationTime` and `evictionDelay`: `getMinTolerationTime` and `processPodOnNode`
 *   (https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/controller/tainteviction/taint_eviction.go):
 *   among the tolerations used, those without `tolerationSeconds` are skipped, one ≤ 0 means now, the smallest
 *   wins; none with seconds means tolerated forever; a NoExecute taint nobody tolerates means deleted at once.
 *
 * The `Gt` / `Lt` operators (feature gate TaintTolerationComparisonOperators, alpha, off by default in 1.35)
 * are not modelled: like any unknown operator they tolerate nothing.
 */
import type { Toleration } from '../lifecycle/types';

export interface TaintLike {
  key: string;
  value?: string;
  effect: string;
}

/** `(*Toleration).ToleratesTaint`: effect (empty matches all), key (empty matches all), then the operator. */
export function toleratesTaint(t: Toleration, taint: TaintLike): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch ((t.operator ?? '') as string) {
    case '':
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

/** `v1helper.TolerationsTolerateTaint`: some toleration tolerates the taint (the scheduler's filter). */
export function tolerationsTolerateTaint(tolerations: readonly Toleration[] | undefined, taint: TaintLike): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

/** `v1helper.GetMatchingTolerations`: whether every taint is tolerated, and the first toleration used for each. */
export function getMatchingTolerations(
  taints: readonly TaintLike[],
  tolerations: readonly Toleration[] | undefined,
): { allTolerated: boolean; used: Toleration[] } {
  if (taints.length === 0) return { allTolerated: true, used: [] };
  const tols = tolerations ?? [];
  const used: Toleration[] = [];
  for (const taint of taints) {
    const first = tols.find((t) => toleratesTaint(t, taint));
    if (!first) return { allTolerated: false, used: [] };
    used.push(first);
  }
  return { allTolerated: true, used };
}

/**
 * `getMinTolerationTime`: seconds until eviction for the tolerations used; `-1` means tolerated forever.
 * An empty list gives 0 (upstream: "if there are no tolerations, the pod is evicted immediately").
 */
export function getMinTolerationTime(used: readonly Toleration[]): number {
  if (used.length === 0) return 0;
  let min = Infinity;
  for (const t of used) {
    if (t.tolerationSeconds == null) continue;
    if (!(t.tolerationSeconds > 0)) return 0;
    if (t.tolerationSeconds < min) min = t.tolerationSeconds;
  }
  return min === Infinity ? -1 : min;
}

/**
 * `processPodOnNode`: seconds after which the taint-eviction controller deletes a Pod bound to a node with
 * these taints, or `undefined` when it never does (no NoExecute taint, or every one tolerated forever).
 */
export function evictionDelay(
  taints: readonly TaintLike[],
  tolerations: readonly Toleration[] | undefined,
): number | undefined {
  const noExecute = taints.filter((t) => t.effect === 'NoExecute');
  if (noExecute.length === 0) return undefined;
  const { allTolerated, used } = getMatchingTolerations(noExecute, tolerations);
  if (!allTolerated) return 0;
  const min = getMinTolerationTime(used);
  return min < 0 ? undefined : min;
}
