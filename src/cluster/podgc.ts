/**
 * Pod garbage collection (PodGC) of kube-controller-manager, Kubernetes 1.35: the part that deletes terminated
 * Pods above `--terminated-pod-gc-threshold` (`gcTerminated`, sorted by `byEvictionAndCreationTimestamp`), one pass
 * every `gcCheckPeriod` (20 s).
 * https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/controller/podgc/gc_controller.go
 *
 * Orphans of deleted nodes, unscheduled terminating Pods and Pods on out-of-service nodes are not modelled
 * (the cluster model never deletes a Node object).
 */
import { PodLabError } from '../lifecycle/errors';
import type { PodPhase } from '../lifecycle/types';

/** `--terminated-pod-gc-threshold` default. */
export const DEFAULT_TERMINATED_POD_GC_THRESHOLD = 12500;
/** `gcCheckPeriod`: PodGC runs every 20 s. */
export const GC_CHECK_PERIOD = 20;

export interface GCPodView {
  name: string;
  phase: PodPhase;
  createdAt: number;
  /** `eviction.PodIsEvicted`: Failed with reason `Evicted` (node-pressure eviction by the kubelet). */
  evicted: boolean;
}

/** `isPodTerminated`: neither Pending, Running nor Unknown. */
export function isPodTerminated(phase: PodPhase): boolean {
  return phase !== 'Pending' && phase !== 'Running' && phase !== 'Unknown';
}

/**
 * `gcTerminated`: the terminated Pods to delete so that at most `threshold` remain — evicted ones first, then the
 * oldest (name as tie-breaker). A threshold of 0 or less disables it.
 */
export function terminatedPodsToDelete<T extends GCPodView>(pods: readonly T[], threshold: number): T[] {
  if (!Array.isArray(pods))
    throw new PodLabError('scenario', 'terminatedPodsToDelete expects a list of Pods', [
      { field: 'pods', message: 'expected array' },
    ]);
  if (typeof threshold !== 'number' || Number.isNaN(threshold))
    throw new PodLabError(
      'scenario',
      `terminatedPodGCThreshold: Invalid value: ${JSON.stringify(threshold)}: must be a number`,
      [{ field: 'terminatedPodGCThreshold', message: 'Invalid value' }],
    );
  if (threshold <= 0) return [];
  const terminated = pods.filter((p) => p && isPodTerminated(p.phase));
  const count = terminated.length - threshold;
  if (count <= 0) return [];
  return [...terminated]
    .sort((a, b) => {
      if (a.evicted !== b.evicted) return a.evicted ? -1 : 1;
      if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    })
    .slice(0, count);
}

export interface PodGCHost<P> {
  now(): number;
  schedule(at: number, fn: () => void): void;
  /** Number of Pods in the API (a quick bound: nothing to do when it is at most the threshold). */
  count(): number;
  pods(): Iterable<P>;
  view(p: P): GCPodView;
  /** `DELETE` with grace period 0. */
  forceDelete(p: P): void;
}

export class PodGC<P> {
  private scheduled = false;
  readonly threshold: number;

  constructor(
    private readonly host: PodGCHost<P>,
    threshold: number = DEFAULT_TERMINATED_POD_GC_THRESHOLD,
  ) {
    if (typeof threshold !== 'number' || !Number.isInteger(threshold)) {
      throw new PodLabError(
        'scenario',
        `terminatedPodGCThreshold: Invalid value: ${JSON.stringify(threshold)}: must be an integer (0 or less disables it)`,
        [{ field: 'terminatedPodGCThreshold', message: 'Invalid value' }],
      );
    }
    this.threshold = threshold;
  }

  /** Called after the controllers: schedules the next 20 s pass when there are more terminated Pods than the threshold. */
  check(): void {
    if (this.scheduled || this.threshold <= 0 || this.host.count() <= this.threshold) return;
    let terminated = 0;
    for (const p of this.host.pods()) if (isPodTerminated(this.host.view(p).phase)) terminated++;
    if (terminated <= this.threshold) return;
    this.scheduled = true;
    const at = Math.ceil(this.host.now() / GC_CHECK_PERIOD) * GC_CHECK_PERIOD;
    this.host.schedule(at, () => {
      this.scheduled = false;
      const pods = [...this.host.pods()].map((p) => ({ p, ...this.host.view(p) }));
      for (const v of terminatedPodsToDelete(pods, this.threshold)) this.host.forceDelete(v.p);
    });
  }
}
