/**
 * PodLab's cluster model: Deployments, ReplicaSets, StatefulSets, Jobs, PodDisruptionBudgets and bare Pods on
 * several nodes, with the controllers of Kubernetes 1.35; each Pod is run by the single-Pod model's kubelet
 * (../lifecycle/kubelet.ts) on its node.
 *
 * @example
 * const sim = simulateCluster({
 *   nodes: { count: 3 },
 *   objects: deploymentYaml,
 *   actions: [{ at: 30, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
 * });
 * sim.stateAt(40).replicaSets; // the old and the new ReplicaSet, with their pod-template-hash
 */
import { ClusterEngine } from './engine';
import { parseClusterObjects } from './parse';
import { atEntryPoint, checkMaxSteps } from '../lifecycle/limits';
import { checkClusterScenario, checkDemand, podDemand } from './checks';
import type { ClusterScenario, ClusterSimulation } from './types';

/**
 * Runs a cluster scenario in virtual time and returns what a real cluster would show.
 *
 * - `scenario.objects`: multi-document YAML or objects, validated like the API server does
 *   (a `PodLabError` names the field, e.g. `spec.strategy.rollingUpdate.maxUnavailable`).
 * - `scenario.actions`: timed `setImage`, `patch`, `scale`, `rollback`, `evict`, `drain`, `cordon`,
 *   `uncordon`, `delete`, `forceDelete`, `nodeLost`, `nodeReady`, `apply`, `setCondition`.
 * - Results: `events`, `watch` (`kubectl get rs,pods -w`), `evictions` (Eviction API answers),
 *   `drain` (kubectl drain's output), `stateAt(t)`, `rolloutHistory(name)`.
 *
 * Deterministic: the same scenario (and `seed`) gives the same names, UIDs and timings.
 *
 * Every object that enters (t = 0, `apply`, `patch`, `setImage`, the Pods controllers create) is defaulted and
 * validated as `simulate()` does, with the API server's field paths (`spec.template.spec.containers[1].name`).
 * Options and sizes are checked first (`LIMITS`: at most 1000 Pods, 100 nodes, 1000 actions, `until` ≤ 30
 * days); `options.maxSteps` (default 2 000 000) ends a run with `stopReason: 'eventCap'` and a notice. Every
 * error is a `PodLabError` whose `errors` name a field (`objects`, `nodes.count`, `actions[2].replicas`).
 */
export function simulateCluster(scenario: ClusterScenario, options: SimulateClusterOptions = {}): ClusterSimulation {
  // Every error leaving is a PodLabError with a field (../lifecycle/limits.ts); an unexpected one is wrapped, named.
  let engine: ClusterEngine | undefined;
  return atEntryPoint(
    'objects',
    () => {
      const checked = checkClusterScenario(scenario);
      const maxSteps = checkMaxSteps(options, DEFAULT_CLUSTER_MAX_STEPS);
      engine = new ClusterEngine(checked);
      const objects = parseClusterObjects(checked.objects);
      checkDemand(podDemand(objects), 'objects');
      engine.addObjects(objects);
      const run = engine.run(checked.actions ?? [], checked.until, maxSteps);
      return engine.toSimulation(run);
    },
    () => (engine ? ` at t=${engine.clock.now}s` : ''),
  );
}

/** Clock steps after which a cluster run stops with `stopReason: 'eventCap'` and a notice. */
export const DEFAULT_CLUSTER_MAX_STEPS = 2_000_000;

export interface SimulateClusterOptions {
  /** Clock steps before stopping with `eventCap` (default 2 000 000; a positive integer, at most 10 000 000). */
  maxSteps?: number;
}

export { LIMITS } from '../lifecycle/limits';
export {
  evictionDelay,
  getMatchingTolerations,
  getMinTolerationTime,
  toleratesTaint,
} from '../controller/tainteviction';

export { parseClusterObjects } from './parse';
export { getScaledValueFromIntOrPercent } from './intstr';
export {
  resolveFenceposts,
  maxSurge,
  maxUnavailable,
  newRSNewReplicas,
  reconcileOldReplicaSets,
} from './deploymentutil';
export { computeBudgetStatus, decideEviction, EVICTION_429_MESSAGE, EVICTION_500_MESSAGE } from './disruption';
export { nodeMachine } from './machines';
export {
  validateJob,
  matchPodFailurePolicy,
  podFailureBackoffRemaining,
  jobStatusColumn,
  jobCompletionsColumn,
  jobDurationColumn,
  JOB_MESSAGES,
} from './job';
export { terminatedPodsToDelete, DEFAULT_TERMINATED_POD_GC_THRESHOLD, GC_CHECK_PERIOD } from './podgc';
export type * from './types';
