/**
 * Public types of the PodLab lifecycle model.
 *
 * Shapes follow Kubernetes `core/v1` (only the fields the model uses), so that what a page shows
 * can be compared with `kubectl get pod -o yaml` on a real cluster. Times are virtual seconds
 * since the scenario started (t = 0 is the Pod's creation).
 */

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';
export type ConditionStatus = 'True' | 'False' | 'Unknown';

// ---------------------------------------------------------------- spec (v1 shape, subset)

export interface ExecAction {
  command?: string[];
}
export interface HTTPGetAction {
  path?: string;
  port: number | string;
  host?: string;
  scheme?: 'HTTP' | 'HTTPS';
  httpHeaders?: { name: string; value: string }[];
}
export interface TCPSocketAction {
  port: number | string;
  host?: string;
}
export interface GRPCAction {
  port: number;
  service?: string;
}
export interface SleepAction {
  seconds: number;
}

export interface Probe {
  exec?: ExecAction;
  httpGet?: HTTPGetAction;
  tcpSocket?: TCPSocketAction;
  grpc?: GRPCAction;
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
  terminationGracePeriodSeconds?: number;
}

export interface LifecycleHandler {
  exec?: ExecAction;
  httpGet?: HTTPGetAction;
  tcpSocket?: TCPSocketAction;
  sleep?: SleepAction;
}
export interface Lifecycle {
  postStart?: LifecycleHandler;
  preStop?: LifecycleHandler;
  stopSignal?: string;
}

export interface ContainerPort {
  containerPort: number;
  name?: string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export interface Container {
  name: string;
  image?: string;
  imagePullPolicy?: PullPolicy;
  command?: string[];
  args?: string[];
  ports?: ContainerPort[];
  env?: { name: string; value?: string; valueFrom?: Record<string, unknown> }[];
  envFrom?: {
    prefix?: string;
    configMapRef?: { name: string; optional?: boolean };
    secretRef?: { name: string; optional?: boolean };
  }[];
  resources?: Record<string, unknown>;
  /** Only `Always` on an init container (a sidecar); container-level rules are beta in 1.35. */
  restartPolicy?: RestartPolicy;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: Lifecycle;
  terminationMessagePath?: string;
  terminationMessagePolicy?: 'File' | 'FallbackToLogsOnError';
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
  /** Ephemeral containers only. */
  targetContainerName?: string;
}

export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal';
  value?: string;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute' | '';
  tolerationSeconds?: number;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  ephemeralContainers?: Container[];
  restartPolicy?: RestartPolicy;
  terminationGracePeriodSeconds?: number;
  activeDeadlineSeconds?: number;
  dnsPolicy?: string;
  schedulerName?: string;
  nodeName?: string;
  runtimeClassName?: string;
  imagePullSecrets?: { name: string }[];
  tolerations?: Toleration[];
  volumes?: { name: string; [source: string]: unknown }[];
  readinessGates?: { conditionType: string }[];
  securityContext?: Record<string, unknown>;
  serviceAccountName?: string;
  enableServiceLinks?: boolean;
  [field: string]: unknown;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  creationTimestamp?: number;
  /** Virtual time (seconds) after which the Pod is considered dead; set by a graceful delete. */
  deletionTimestamp?: number;
  deletionGracePeriodSeconds?: number;
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }[];
  /** While not empty, a deleted Pod stays in the API (Terminating) until a controller or a patch empties it. */
  finalizers?: string[];
}

// ---------------------------------------------------------------- status (v1 shape)

export interface ContainerStateWaiting {
  reason?: string;
  message?: string;
}
export interface ContainerStateRunning {
  startedAt: number;
}
export interface ContainerStateTerminated {
  exitCode: number;
  signal?: number;
  reason?: string;
  message?: string;
  startedAt?: number;
  finishedAt?: number;
  containerID?: string;
}
export interface ContainerState {
  waiting?: ContainerStateWaiting;
  running?: ContainerStateRunning;
  terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  name: string;
  state: ContainerState;
  lastState: ContainerState;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  image: string;
  imageID?: string;
  containerID?: string;
}

export interface PodCondition {
  type:
    | 'PodScheduled'
    | 'PodReadyToStartContainers'
    | 'Initialized'
    | 'ContainersReady'
    | 'Ready'
    | 'DisruptionTarget'
    | string;
  status: ConditionStatus;
  reason?: string;
  message?: string;
  lastTransitionTime?: number;
}

export interface PodStatus {
  phase: PodPhase;
  reason?: string;
  message?: string;
  conditions?: PodCondition[];
  initContainerStatuses?: ContainerStatus[];
  containerStatuses?: ContainerStatus[];
  ephemeralContainerStatuses?: ContainerStatus[];
  hostIP?: string;
  podIP?: string;
  startTime?: number;
  /** Set by the API server on create from the containers' resources (`ComputePodQOS`); never changes. */
  qosClass?: 'Guaranteed' | 'Burstable' | 'BestEffort';
}

export interface Pod {
  apiVersion?: 'v1';
  kind?: 'Pod';
  metadata: ObjectMeta;
  spec: PodSpec;
  status?: PodStatus;
}

// ---------------------------------------------------------------- scenario

/** What the process inside one container does, for one attempt (restartCount = attempt). */
export interface ContainerBehavior {
  /** Seconds from start until the process serves; probes fail before. Default 0. */
  startupSeconds?: number;
  /** The process exits by itself this many seconds after it started. Default: never. */
  exitAfterSeconds?: number;
  /** Exit code of that exit. Default 0. */
  exitCode?: number;
  /** From this many seconds after start, liveness and readiness checks fail. */
  unhealthyAfterSeconds?: number;
  /** From this many seconds after start, only readiness checks fail. */
  notReadyAfterSeconds?: number;
  /** Seconds to exit after SIGTERM; `Infinity` ignores SIGTERM. Default 1. */
  shutdownSeconds?: number;
  /** Exit code after SIGTERM. Default 143 (128 + 15); SIGKILL gives 137. */
  shutdownExitCode?: number;
  postStartSeconds?: number;
  postStartFails?: boolean;
  preStopSeconds?: number;
  preStopFails?: boolean;
  /** Seconds an image pull takes. Default 2. */
  pullSeconds?: number;
  /**
   * The runtime cannot start the process: `notFound` (the command is not in the image) or `notExecutable`
   * (permission denied). The container is reported exited, reason StartError, exit code 128 (containerd);
   * the kubelet shows RunContainerError while waiting to retry.
   */
  execError?: 'notFound' | 'notExecutable';
  /**
   * Memory the process uses: from `afterSeconds` after start (default 0) its usage is `mebibytes` MiB. Above the
   * container's memory limit the kernel's OOM killer ends it (`OOMKilled`, exit code 137). No limit, no OOM kill.
   */
  memory?: { mebibytes: number; afterSeconds?: number };
}

/** A behaviour: one for every attempt, a list indexed by attempt (the last entry repeats), or a function of it. */
export type BehaviorSpec = ContainerBehavior | ContainerBehavior[] | ((attempt: number) => ContainerBehavior);

export interface ClusterSpec {
  /** Images already on the node (normalised names, e.g. `nginx:1.27`). */
  imagesOnNode?: string[];
  /** Images that do not exist in the registry. */
  missingImages?: string[];
  /** Images that need a pull secret, mapped to the names of secrets that grant access. */
  privateImages?: Record<string, string[]>;
  /** Secrets that exist in the namespace. */
  secrets?: string[];
  /** ConfigMaps that exist in the namespace (every key of one that exists is there). */
  configMaps?: string[];
  /** RuntimeClasses that exist, name → handler. */
  runtimeClasses?: Record<string, string>;
  /** Handlers the node's container runtime knows. Default ['runc']. */
  runtimeHandlers?: string[];
  /** The node's name. Default `node-1`. */
  nodeName?: string;
  /** The Pod is a static Pod read by the kubelet from its manifest folder. */
  staticPod?: boolean;
  /** Seconds between the Pod's creation and its binding by the scheduler. Default 0; `Infinity` = never scheduled. */
  scheduleAfterSeconds?: number;
}

export type ScenarioAction =
  | { at: number; action: 'delete'; gracePeriodSeconds?: number; force?: boolean }
  | { at: number; action: 'nodeLost' }
  | { at: number; action: 'nodeReady' }
  | { at: number; action: 'debug'; container?: Partial<Container> & { name?: string }; behavior?: BehaviorSpec }
  | { at: number; action: 'patch'; patch: DeepPartial<Pod> | string }
  | { at: number; action: 'replace'; pod: Pod | string }
  /** `kubectl patch pod --subresource=status`: sets a condition the kubelet does not own (e.g. a readiness gate's). */
  | { at: number; action: 'setCondition'; type: string; status: ConditionStatus; reason?: string; message?: string };

/** A patch: any subset of the object; `null` deletes a field (strategic merge patch). */
export type DeepPartial<T> = { [K in keyof T]?: (T[K] extends object ? DeepPartial<T[K]> : T[K]) | null };

export interface FeatureGates {
  /** Alpha in 1.33, off by default: crash-loop back-off 1 s → 60 s instead of 10 s → 300 s. */
  ReduceDefaultCrashLoopBackOffDecay?: boolean;
  /** Kubelet `crashLoopBackOff.maxContainerRestartPeriod` in seconds (KubeletCrashLoopBackOffMax, beta 1.35). */
  maxContainerRestartPeriod?: number;
}

export interface Scenario {
  pod: Pod | string;
  behavior?: Record<string, BehaviorSpec>;
  cluster?: ClusterSpec;
  actions?: ScenarioAction[];
  /** Virtual seconds; default: until nothing more can change, at most 3600. */
  until?: number;
  featureGates?: FeatureGates;
}

// ---------------------------------------------------------------- results

export interface FieldError {
  /** The field as the API server writes it, e.g. `spec.containers[0].livenessProbe.successThreshold`. */
  field: string;
  message: string;
}

export interface KubeEvent {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  /** `pod/web` or `pod/web` + container: `spec.containers{app}` as kubectl describe shows it. */
  object: string;
  message: string;
  /** Emitting component: `kubelet`, `default-scheduler`, `taint-eviction-controller`, ... */
  source?: string;
}

/** One line of `kubectl get pod -w`. */
export interface WatchLine {
  time: number;
  name: string;
  /** e.g. `1/2` */
  ready: string;
  status: string;
  /** e.g. `3 (12s ago)` */
  restarts: string;
  /** e.g. `2m5s` */
  age: string;
}

/** A state change of one machine (Pod, a container, a probe worker, a back-off), for timelines and diagrams. */
export interface Transition {
  time: number;
  /** `pod`, `container/<name>`, `probe/<container>/<liveness|readiness|startup>`, `backoff/<container>` */
  machine: string;
  /** Machine id in `machines` (for diagrams), e.g. `container`. */
  machineId: string;
  from: string | null;
  to: string;
  /** What caused it: an event reason or a signal (`SIGTERM`, `SIGKILL`). */
  cause?: string;
}

export interface Simulation {
  /** The Pod as the API server stored it (defaults applied). */
  pod: Pod;
  events: KubeEvent[];
  watch: WatchLine[];
  transitions: Transition[];
  /** Pod status at virtual time t. */
  statusAt(t: number): PodStatus;
  /** The whole Pod (metadata, spec, status) at time t; `null` once the object is removed from the API. */
  podAt(t: number): Pod | null;
  /** Virtual time at which the simulation stopped. */
  endTime: number;
  /** Why it stopped: nothing left to happen, `until` reached, or the event cap. */
  stopReason: 'settled' | 'until' | 'eventCap';
  /** Time at which the Pod object left the API, if it did. */
  removedAt?: number;
  /** A human sentence when it stopped at `until` or at the cap. */
  notice?: string;
}

/** Thrown by `simulate` and `parsePod` for bad input; carries every problem at once. */
export interface PodLabErrorShape {
  kind: 'yaml' | 'schema' | 'invalid' | 'forbidden' | 'scenario';
  message: string;
  errors: FieldError[];
  line?: number;
  column?: number;
}
