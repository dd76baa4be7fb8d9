/**
 * Public types of the PodLab cluster model: several Pods on several nodes, driven by the
 * controllers of kube-controller-manager (Deployment, ReplicaSet, StatefulSet, disruption,
 * node lifecycle, taint eviction), the scheduler and the Eviction API of Kubernetes 1.35.
 *
 * Times are virtual seconds since the scenario started (t = 0: the objects are created).
 */
import type {
  BehaviorSpec,
  KubeEvent,
  ObjectMeta,
  Pod,
  PodPhase,
  PodStatus,
  PodSpec,
  ConditionStatus,
} from '../lifecycle/types';

/** `intstr.IntOrString`: `3` or `"25%"`. */
export type IntOrString = number | string;

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface PodTemplateSpec {
  metadata?: ObjectMeta;
  spec: PodSpec;
}

export interface Deployment {
  apiVersion?: 'apps/v1';
  kind: 'Deployment';
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplateSpec;
    strategy?: {
      type?: 'RollingUpdate' | 'Recreate';
      rollingUpdate?: { maxSurge?: IntOrString; maxUnavailable?: IntOrString };
    };
    minReadySeconds?: number;
    revisionHistoryLimit?: number;
    progressDeadlineSeconds?: number;
    paused?: boolean;
  };
}

export interface ReplicaSet {
  apiVersion?: 'apps/v1';
  kind: 'ReplicaSet';
  metadata: ObjectMeta;
  spec: { replicas?: number; selector: LabelSelector; template: PodTemplateSpec; minReadySeconds?: number };
}

export interface StatefulSet {
  apiVersion?: 'apps/v1';
  kind: 'StatefulSet';
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    selector: LabelSelector;
    serviceName?: string;
    template: PodTemplateSpec;
    podManagementPolicy?: 'OrderedReady' | 'Parallel';
    minReadySeconds?: number;
    /** `rollingUpdate.partition`: only ordinals ≥ partition are updated; lower ones stay at (or are recreated from) the current revision. */
    updateStrategy?: { type?: 'RollingUpdate' | 'OnDelete'; rollingUpdate?: { partition?: number } };
  };
}

export interface PodDisruptionBudget {
  apiVersion?: 'policy/v1';
  kind: 'PodDisruptionBudget';
  metadata: ObjectMeta;
  spec: {
    selector?: LabelSelector;
    minAvailable?: IntOrString;
    maxUnavailable?: IntOrString;
    unhealthyPodEvictionPolicy?: 'IfHealthyBudget' | 'AlwaysAllow';
  };
}

export interface PodFailurePolicyOnExitCodesRequirement {
  containerName?: string;
  operator: 'In' | 'NotIn';
  values: number[];
}
export interface PodFailurePolicyOnPodConditionsPattern {
  type: string;
  status?: ConditionStatus;
}
export interface PodFailurePolicyRule {
  action: 'FailJob' | 'FailIndex' | 'Ignore' | 'Count';
  onExitCodes?: PodFailurePolicyOnExitCodesRequirement;
  onPodConditions?: PodFailurePolicyOnPodConditionsPattern[];
}

export interface JobCondition {
  type: 'Complete' | 'Failed' | 'SuccessCriteriaMet' | 'FailureTarget' | 'Suspended';
  status: ConditionStatus;
  reason: string;
  message: string;
  lastProbeTime?: number;
  lastTransitionTime: number;
}

export interface JobStatus {
  active: number;
  succeeded: number;
  failed: number;
  ready: number;
  terminating: number;
  startTime?: number;
  completionTime?: number;
  conditions: JobCondition[];
}

/** batch/v1 Job (NonIndexed completion mode). */
export interface Job {
  apiVersion?: 'batch/v1';
  kind: 'Job';
  metadata: ObjectMeta;
  spec: {
    parallelism?: number;
    completions?: number;
    backoffLimit?: number;
    activeDeadlineSeconds?: number;
    podFailurePolicy?: { rules: PodFailurePolicyRule[] };
    podReplacementPolicy?: 'TerminatingOrFailed' | 'Failed';
    completionMode?: 'NonIndexed' | 'Indexed';
    suspend?: boolean;
    manualSelector?: boolean;
    selector?: LabelSelector;
    ttlSecondsAfterFinished?: number;
    template: PodTemplateSpec;
  };
  status?: JobStatus;
}

/**
 * v1 ConfigMap and Secret: the model keeps only that they exist, so that a Pod referring to them (env,
 * envFrom, volumes) can start; a missing one gives CreateContainerConfigError or FailedMount.
 */
export interface ConfigMap {
  apiVersion?: 'v1';
  kind: 'ConfigMap';
  metadata: ObjectMeta;
  data?: Record<string, string>;
}
export interface Secret {
  apiVersion?: 'v1';
  kind: 'Secret';
  metadata: ObjectMeta;
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export type ClusterObject =
  Deployment | ReplicaSet | StatefulSet | PodDisruptionBudget | Job | Pod | ConfigMap | Secret;

/** Overrides of the per-container behaviour; the first matching rule wins over `behavior`. */
export interface BehaviorRule {
  /** Name of the owning Deployment, StatefulSet, ReplicaSet or Job (or bare Pod name). */
  owner?: string;
  /** Only containers running this image (as written in the template, e.g. `nginx:1.28`). */
  image?: string;
  /** Only this container name. */
  container?: string;
  behavior: BehaviorSpec;
}

export type ClusterAction =
  /** `kubectl set image deployment/<name> <container>=<image>`. */
  | { at: number; action: 'setImage'; target: string; container?: string; image: string }
  /** A strategic-ish merge patch of a Deployment (`kubectl patch deployment <name> -p ...`); objects merge, arrays of containers merge by name. */
  | { at: number; action: 'patch'; target: string; patch: Record<string, unknown> | string }
  /** `kubectl scale <kind>/<name> --replicas=N` (Deployment, ReplicaSet or StatefulSet, looked up by name). */
  | { at: number; action: 'scale'; target: string; replicas: number }
  /** `kubectl rollout undo deployment/<name> [--to-revision=N]`. */
  | { at: number; action: 'rollback'; target: string; toRevision?: number }
  /** `POST /api/v1/namespaces/default/pods/<name>/eviction` (e.g. `kubectl drain` for one Pod). A name prefix (e.g. `web-`) picks the oldest live Pod that starts with it. */
  | { at: number; action: 'evict'; pod: string }
  /** `kubectl drain <node>` (cordon, then evict every Pod, retrying every 5 s on 429). */
  | { at: number; action: 'drain'; node: string; force?: boolean; ignoreDaemonsets?: boolean }
  /** `kubectl cordon` / `kubectl uncordon`. */
  | { at: number; action: 'cordon' | 'uncordon'; node: string }
  /** `kubectl delete pod <name>` (graceful; never checked against a PodDisruptionBudget). */
  | { at: number; action: 'delete'; pod: string; gracePeriodSeconds?: number } // pod: a name or a prefix, as for evict
  /** `kubectl delete pod <name> --force --grace-period=0`. */
  | { at: number; action: 'forceDelete'; pod: string }
  /** The node stops posting status (powered off, network cut). */
  | { at: number; action: 'nodeLost'; node: string }
  /** The node's kubelet reaches the API server again. */
  | { at: number; action: 'nodeReady'; node: string }
  /** `kubectl patch pod <name> --subresource=status`: a condition the kubelet does not own (a readiness gate's); pod: a name or a prefix. */
  | {
      at: number;
      action: 'setCondition';
      pod: string;
      type: string;
      status: ConditionStatus;
      reason?: string;
      message?: string;
    }
  /** Creates more objects (YAML or objects) at time `at`. */
  | { at: number; action: 'apply'; objects: string | ClusterObject | ClusterObject[] };

export interface ClusterNodesSpec {
  /** Node names; default `node-1` … `node-<count>`. */
  names?: string[];
  /** Number of nodes when `names` is not given. Default 3. */
  count?: number;
  /** Pods a node accepts (kubelet `maxPods`). Default 110. */
  maxPods?: number;
  /** Images already present on every node (as written in manifests). */
  imagesOnNode?: string[];
}

export interface ClusterScenario {
  nodes?: ClusterNodesSpec;
  /** Objects created at t = 0: multi-document YAML, or objects. */
  objects: string | ClusterObject | ClusterObject[];
  /** Per container name, as in the single-Pod model. */
  behavior?: Record<string, BehaviorSpec>;
  /** Finer overrides (per owner, image or container), first match wins. */
  behaviors?: BehaviorRule[];
  actions?: ClusterAction[];
  /** Virtual seconds; default: until nothing more changes, at most 3600. */
  until?: number;
  /** `--node-monitor-grace-period` of kube-controller-manager. Default 50 s (Kubernetes 1.35). */
  nodeMonitorGracePeriodSeconds?: number;
  /** `--terminated-pod-gc-threshold` of kube-controller-manager: PodGC deletes terminated Pods above it. Default 12500; 0 disables. */
  terminatedPodGCThreshold?: number;
  /** Seed of the random name suffixes and UIDs (deterministic for a given seed). Default 1. */
  seed?: number;
}

// ---------------------------------------------------------------- results

export interface NodeCondition {
  type: 'Ready';
  status: ConditionStatus;
  reason: string;
  message: string;
  lastTransitionTime: number;
}
export interface Taint {
  key: string;
  effect: 'NoSchedule' | 'NoExecute' | 'PreferNoSchedule';
  value?: string;
  timeAdded?: number;
}

export interface NodeState {
  name: string;
  unschedulable: boolean;
  conditions: NodeCondition[];
  taints: Taint[];
  /** `kubectl get nodes` STATUS: `Ready`, `NotReady`, `Ready,SchedulingDisabled`, ... */
  status: string;
}

export interface PodState {
  name: string;
  uid: string;
  namespace: string;
  /** `ReplicaSet/web-6b7f9c7c4d`, `StatefulSet/db`, or `` for a bare Pod. */
  owner: string;
  /** Deployment name for Pods of a Deployment's ReplicaSet. */
  deployment?: string;
  node?: string;
  phase: PodPhase;
  /** kubectl STATUS column. */
  status: string;
  /** kubectl READY column, e.g. `1/1`. */
  ready: string;
  isReady: boolean;
  restarts: number;
  labels: Record<string, string>;
  deletionTimestamp?: number;
  createdAt: number;
  podStatus: PodStatus;
}

export interface ReplicaSetState {
  name: string;
  uid: string;
  deployment?: string;
  hash?: string;
  revision?: number;
  /** spec.replicas */
  desired: number;
  /** status.replicas: active Pods (not terminating, not terminal). */
  current: number;
  ready: number;
  available: number;
  image: string;
  createdAt: number;
}

export interface StatefulSetState {
  name: string;
  replicas: number;
  current: number;
  ready: number;
}

export interface JobState {
  name: string;
  uid: string;
  /** `kubectl get jobs` STATUS: Complete, Failed, FailureTarget, SuccessCriteriaMet, Running, ... */
  phase: string;
  /** COMPLETIONS column, e.g. `1/3`. */
  completions: string;
  status: JobStatus;
  createdAt: number;
}

export interface PodDisruptionBudgetState {
  name: string;
  minAvailable?: IntOrString;
  maxUnavailable?: IntOrString;
  currentHealthy: number;
  desiredHealthy: number;
  expectedPods: number;
  disruptionsAllowed: number;
  disruptedPods: Record<string, number>;
}

export interface DeploymentState {
  name: string;
  replicas: number;
  updatedReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
  unavailableReplicas: number;
  /** Current revision (annotation `deployment.kubernetes.io/revision`). */
  revision: number;
  template: PodTemplateSpec;
}

export interface ClusterState {
  time: number;
  nodes: NodeState[];
  deployments: DeploymentState[];
  replicaSets: ReplicaSetState[];
  statefulSets: StatefulSetState[];
  pods: PodState[];
  podDisruptionBudgets: PodDisruptionBudgetState[];
  jobs: JobState[];
}

/** One line of `kubectl get rs,pods -w` (or of statefulset / pods). */
export interface ClusterWatchLine {
  time: number;
  kind: 'ReplicaSet' | 'Pod' | 'StatefulSet' | 'Deployment' | 'Job';
  /** e.g. `web-6b7f9c7c4d` (kubectl prefixes it with `replicaset.apps/` or `pod/`). */
  name: string;
  /** Columns in kubectl's order, e.g. Pod: READY STATUS RESTARTS AGE; ReplicaSet: DESIRED CURRENT READY AGE. */
  columns: string[];
  /** The object was removed from the API at this time (the DELETED watch event). */
  deleted?: boolean;
}

/** The answer of the Eviction API to one request. */
export interface EvictionAnswer {
  time: number;
  pod: string;
  /** 201 Created, 429 TooManyRequests, 500 InternalError, 404 NotFound, 403 Forbidden. */
  code: 201 | 403 | 404 | 429 | 500;
  reason: 'Created' | 'TooManyRequests' | 'InternalError' | 'NotFound' | 'Forbidden';
  message: string;
  /** `details.causes[].message`, e.g. `The disruption budget web-pdb needs 2 healthy pods and has 2 currently`. */
  causes: string[];
  /** Name of the PodDisruptionBudget that decided, if any. */
  pdb?: string;
  /** The Pod was deleted without using the budget (terminal, pending, already deleting, or unhealthy). */
  bypassedBudget?: boolean;
  /** Who asked: `drain node-1` or `evict`. */
  requester: string;
}

/** A line printed by `kubectl drain` (or cordon). */
export interface DrainLine {
  time: number;
  node: string;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RolloutRevision {
  revision: number;
  replicaSet: string;
  hash: string;
  image: string;
  /** `kubernetes.io/change-cause` annotation if set. */
  changeCause?: string;
}

export interface ClusterSimulation {
  events: KubeEvent[];
  watch: ClusterWatchLine[];
  evictions: EvictionAnswer[];
  drain: DrainLine[];
  /** Cluster state at virtual time t. */
  stateAt(t: number): ClusterState;
  /** `kubectl rollout history deployment/<name>` at the end (or at time t). */
  rolloutHistory(deployment: string, t?: number): RolloutRevision[];
  /** The objects as stored after defaulting (Deployments' templates show `imagePullPolicy`). */
  objects: {
    deployments: Deployment[];
    replicaSets: ReplicaSet[];
    statefulSets: StatefulSet[];
    podDisruptionBudgets: PodDisruptionBudget[];
    jobs: Job[];
    pods: Pod[];
  };
  /** Every time at which something changed (for a time cursor). */
  times: number[];
  endTime: number;
  stopReason: 'settled' | 'until' | 'eventCap';
  notice?: string;
  /** Node names, in order (columns of ClusterView). */
  nodeNames: string[];
}

export type { Pod, KubeEvent };
