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
import { PodLabError } from '../lifecycle/errors';
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
 */
export function simulateCluster(scenario: ClusterScenario): ClusterSimulation {
  if (!scenario || typeof scenario !== 'object') {
    throw new PodLabError('scenario', 'simulateCluster expects a scenario object', [{ field: '', message: 'Required value' }]);
  }
  if (scenario.objects === undefined) {
    throw new PodLabError('scenario', 'objects: Required value: the Deployments, StatefulSets, PodDisruptionBudgets or Pods to create', [{ field: 'objects', message: 'Required value' }]);
  }
  if (scenario.until !== undefined && !(scenario.until >= 0)) {
    throw new PodLabError('scenario', `until: Invalid value: ${JSON.stringify(scenario.until)}: must be a number of seconds ≥ 0`, [{ field: 'until', message: 'Invalid value' }]);
  }
  const engine = new ClusterEngine(scenario);
  engine.addObjects(parseClusterObjects(scenario.objects));
  const run = engine.run(scenario.actions ?? [], scenario.until);
  return engine.toSimulation(run);
}

export { parseClusterObjects } from './parse';
export { getScaledValueFromIntOrPercent } from './intstr';
export { resolveFenceposts, maxSurge, maxUnavailable, newRSNewReplicas, reconcileOldReplicaSets } from './deploymentutil';
export { computeBudgetStatus, decideEviction, EVICTION_429_MESSAGE, EVICTION_500_MESSAGE } from './disruption';
export { nodeMachine } from './machines';
export { validateJob, matchPodFailurePolicy, podFailureBackoffRemaining, jobStatusColumn, jobCompletionsColumn, jobDurationColumn, JOB_MESSAGES } from './job';
export { terminatedPodsToDelete, DEFAULT_TERMINATED_POD_GC_THRESHOLD, GC_CHECK_PERIOD } from './podgc';
export type * from './types';
