/**
 * The kubelet of the single-Pod model, with the API-server view of its Pod: `PodSimulation` runs one Pod
 * (pod worker, image manager, prober, crash-loop back-off, hooks, termination) on a virtual clock.
 * `simulate()` (./simulate.ts) drives one on its own clock; the cluster model (../cluster/engine.ts) runs
 * one per Pod on the cluster's shared clock, through `KubeletOptions.host`.
 *
 * The parts follow the kubelet's own:
 * - the pod worker (pod_workers.go): one sync at a time; a sync that hit an error (failed pull,
 *   sandbox error) is retried after `backOffPeriod` = 10 s, and a sync held by a crash-loop back-off is
 *   re-queued when that back-off expires (kubernetes PR 133066, in 1.35; both: the earlier time);
 *   container exits (PLEG) and probe results trigger a sync at once (the real PLEG relists every second: the model sees changes at once);
 * - SyncPod / computePodActions (kuberuntime_manager.go): sandbox, kills, ephemeral, init and regular
 *   container starts, in spec order, one after the other (image pulls are serialised, postStart hooks
 *   block the sync);
 * - startContainer / killContainer (kuberuntime_container.go), doBackOff with client-go's Backoff
 *   (../backoff.ts), the image manager (machines/imagePuller.ts), the prober workers (machines/prober.ts),
 *   status generation (generateAPIPodStatus, with ./phase.ts and ./conditions.ts), the status manager
 *   (readiness/startup patches), and, outside the node, the API server's view of the Pod (deletion);
 *   standalone (no host), also the scheduler, the node lifecycle controller and the taint eviction
 *   controller of a one-node cluster.
 *
 * Determinism: no randomness, no wall clock. Probe workers start without the jitter the kubelet only
 * applies in its first period after a restart; the pod worker's retry has no jitter (real: 10–15 s).
 */
import type {
  BehaviorSpec,
  ClusterSpec,
  Container,
  ContainerState,
  ContainerStatus,
  FeatureGates,
  KubeEvent,
  ObjectMeta,
  Pod,
  PodCondition,
  PodPhase,
  PodSpec,
  PodStatus,
  Probe,
  Simulation,
  Transition,
  WatchLine,
} from './types';
import { parsePod, parseYamlObject } from './parse';
import { applyDefaults } from './defaults';
import { validatePodUpdate, validatePodEphemeralContainersUpdate } from './validation';
import { derivePodPhase, containerShouldRestart, isRestartableInitContainer } from './phase';
import { generateConditions } from './conditions';
import { podRow } from './kubectl';
import { normalizeImage } from './image';
import { computePodQOS, type PodQOSClass } from './qos';
import { oomKillAfter } from './oom';
import { PodLabError, isPodLabError } from './errors';
import { VirtualClock, type ClockJob } from './clock';
import { Backoff, formatGoDuration } from './backoff';
import { MachineState } from './machines/step';
import { podMachine } from './machines/pod';
import { containerMachine } from './machines/container';
import { probeMachine, INITIAL_RESULT, runProbe, probeEventMessage, type ProbeType } from './machines/prober';
import { backoffMachine } from './machines/backoff';
import { nodeMachine } from './machines/node';
import { evictionDelay } from '../controller/tainteviction';
import {
  Signal,
  fieldPathOf,
  hexOf,
  resolveBehavior,
  uuidOf,
  type ContainerKind,
  type ContainerRecord,
  type Instance,
} from './machines/runtime';
import {
  CACHED_PULL_SECONDS,
  DEFAULT_PULL_SECONDS,
  FAILED_PULL_SECONDS,
  IMAGE_BACKOFF_INITIAL,
  IMAGE_BACKOFF_MAX,
  decidePull,
  imageIDOf,
  imageMessages,
  pullError,
} from './machines/imagePuller';
import {
  MIN_GRACE_PERIOD,
  hookFailureMessage,
  hookSeconds,
  terminationGracePeriod,
  type KillReason,
} from './machines/kuberuntime';
import {
  START_ERROR,
  VOLUME_TIMING,
  containerConfigError,
  missingVolumes,
  startErrorMessage,
} from './machines/containerConfig';

/** kubelet.go `backOffPeriod`: a sync that failed is retried after this (jitter not modelled). */
export const POD_WORKER_BACKOFF = 10;
/** `--node-monitor-grace-period` (current default). */
export const NODE_MONITOR_GRACE_PERIOD = 50;
/** Crash-loop back-off (kubelet.go): 10 s → 300 s, or 1 s → 60 s with ReduceDefaultCrashLoopBackOffDecay. */
export const CRASHLOOP_BACKOFF = { initial: 10, max: 300, reducedInitial: 1, reducedMax: 60 } as const;

const DEADLINE_MESSAGE = 'Pod was active on the node longer than the specified deadline';
const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';
const HOST_IP = '192.168.49.2';
const POD_IP = '10.244.0.5';
/** Conditions the kubelet writes itself at every status update (status/generate.go). */
const KUBELET_CONDITIONS = new Set([
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
]);

type Wait = { signal: Signal; timeout?: number };
type Yield = number | Wait;
type Co<T = void> = Generator<Yield, T, boolean>;

interface ProbeWorker {
  rec: ContainerRecord;
  type: ProbeType;
  probe: Probe;
  machine: MachineState;
  name: string;
  containerId?: string;
  /** The result held in the results manager for `containerId`. */
  result?: 'Success' | 'Failure' | 'Unknown';
  lastProbeAt: number;
  lastOk?: boolean;
  resultRun: number;
  onHold: boolean;
  stopped: boolean;
  job?: ClockJob;
  manualAt: number;
  /** The worker's tick, one function for all its periods. */
  tick?: () => void;
}

/**
 * What the kubelet reports to when it runs inside a cluster: the cluster's API server and controllers.
 * Without a host, the kubelet records its Pod's history itself (`simulate()`).
 */
export interface KubeletHost {
  /** The Pod object changed in the API (status, conditions, metadata or spec): read it with `apiPod()`. */
  podChanged(): void;
  /** An event reached the API server (kubelet, scheduler or node controller). */
  event(e: KubeEvent): void;
  /** The Pod object left the API (deletion finished, or forced). */
  podRemoved(): void;
}

export interface KubeletOptions {
  /** A shared clock (the cluster's); default: a clock of its own. */
  clock?: VirtualClock;
  host?: KubeletHost;
  /**
   * Keep transitions (stepping the xstate machines that produce them), snapshots and `kubectl get pod -w`
   * lines (default true). A cluster that keeps its own history turns this off: the kubelet's work is the
   * same, only the per-Pod records are skipped.
   */
  history?: boolean;
  /** Images already on the node, normalised; shared by every Pod of that node. Default: `cluster.imagesOnNode`. */
  imagesOnNode?: Set<string>;
}

interface Termination {
  kind: 'delete' | 'deadline' | 'force';
  /** `gracePeriodOverride` passed to killPod (the deletion's grace), if any. */
  grace?: number;
}

interface Snapshot {
  time: number;
  pod: Pod;
}

type StartResult = { ok: true } | { ok: false; reason: string; message: string };

const isTerminalPhase = (p: PodPhase | undefined) => p === 'Succeeded' || p === 'Failed';

/** An exited instance as `state.terminated` / `lastState.terminated`; anything else as `{}`. */
function terminatedOf(i: Instance | undefined): ContainerState {
  if (!i || i.state !== 'exited') return {};
  const terminated: ContainerState['terminated'] = {
    exitCode: i.exitCode ?? 0,
    reason: i.reason,
    startedAt: i.startedAt,
    finishedAt: i.finishedAt,
    containerID: i.id,
  };
  if (i.message !== undefined) terminated.message = i.message;
  return { terminated };
}

/** `metadata.finalizers` holds at least one entry (anything else, including a malformed value, holds none). */
function hasFinalizers(meta: ObjectMeta): boolean {
  return Array.isArray(meta.finalizers) && meta.finalizers.length > 0;
}

/** The normalised name and image ID of an image, computed once per image (both are pure functions of the name). */
const imageInfo = new Map<string, { image: string; imageID: string }>();
function imageInfoOf(image: string): { image: string; imageID: string } {
  let info = imageInfo.get(image);
  if (!info) {
    const image2 = normalizeImage(image);
    info = { image: image2, imageID: imageIDOf(image, hexOf(image2, 64)) };
    if (imageInfo.size < 1000) imageInfo.set(image, info);
  }
  return info;
}

function sameInputs(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Structural equality of plain JSON-like values (undefined properties count as absent). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let n = 0;
  for (const k in ao) {
    if (ao[k] === undefined) continue;
    n++;
    if (!deepEqual(ao[k], bo[k])) return false;
  }
  for (const k in bo) if (bo[k] !== undefined) n--;
  return n === 0;
}

// ---------------------------------------------------------------- strategic merge patch (subset)

/** List fields merged by a key (strategic merge patch `patchMergeKey`); other lists are replaced. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  readinessGates: 'conditionType',
};

function strategicMerge(target: unknown, patch: unknown, key?: string): unknown {
  if (patch === null) return undefined;
  if (Array.isArray(patch)) {
    const mk = key ? MERGE_KEYS[key] : undefined;
    if (!mk || !Array.isArray(target)) return clone(patch);
    const out = (target as Record<string, unknown>[]).map((x) => clone(x));
    for (const item of patch as Record<string, unknown>[]) {
      const i = out.findIndex((x) => x && item && x[mk] === item[mk]);
      if (i >= 0) out[i] = strategicMerge(out[i], item) as Record<string, unknown>;
      else out.push(clone(item));
    }
    return out;
  }
  if (typeof patch === 'object') {
    const base =
      target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
    for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
      const merged = strategicMerge(base[k], v, k);
      if (merged === undefined) delete base[k];
      else base[k] = merged;
    }
    return base;
  }
  return patch;
}

/** From this many containers on, the status of each container is kept between syncs (see `recCache`). */
const STATUS_CACHE_MIN_CONTAINERS = 8;

/** What PodSimulation keeps per container between syncs (see `recCache`). */
interface RecCache {
  status?: ContainerStatus;
  hasInit: boolean;
  knows: boolean;
  termination?: Termination;
  spec: PodSpec;
  podRef: string;
  backOffEvent?: string;
  crashLoop?: Map<number, string>;
}

/** `Container image "x" already present on machine…`, once per image (a crash loop says it at every restart). */
const presentTexts = new Map<string, string>();
function presentText(image: string): string {
  let t = presentTexts.get(image);
  if (t === undefined) {
    t = imageMessages.present(image);
    if (presentTexts.size < 1000) presentTexts.set(image, t);
  }
  return t;
}

/** The cause of a back-off transition (`back-off 40s`, `doubled to 40s`, `init to 10s`), once per delay. */
const backoffCauses = new Map<string, string>();
function backoffCause(what: 'hold' | 'init' | 'reset' | 'double', delay: number): string {
  const key = what + delay;
  let t = backoffCauses.get(key);
  if (t === undefined) {
    t =
      what === 'hold'
        ? `back-off ${formatGoDuration(delay)}`
        : `${what === 'double' ? 'doubled' : what} to ${formatGoDuration(delay)}`;
    if (backoffCauses.size < 1000) backoffCauses.set(key, t);
  }
  return t;
}

// ---------------------------------------------------------------- the simulation

export class PodSimulation {
  readonly clock: VirtualClock;
  private readonly host?: KubeletHost;
  private readonly history: boolean;
  readonly events: KubeEvent[] = [];
  readonly transitions: Transition[] = [];
  readonly watch: WatchLine[] = [];
  readonly snapshots: Snapshot[] = [];
  readonly notices: string[] = [];

  // API server
  meta: ObjectMeta;
  spec: PodSpec;
  apiStatus: PodStatus = { phase: 'Pending' };
  readonly qosClass: PodQOSClass;
  removedAt?: number;
  /** A delete with grace 0 reached an object that still has finalizers: it goes when they are removed. */
  awaitingFinalizers = false;
  private specVersion = 0;
  private recordedSpecVersion = -1;
  private recordedMeta?: ObjectMeta;
  private recordedStatus?: PodStatus;
  private lastWatchKey = '';

  // scheduler / node
  nodeName: string;
  hostIP = HOST_IP;
  /** The address the sandbox gets (the cluster gives one per node and Pod). */
  sandboxIP = POD_IP;
  readonly isStatic: boolean;
  bound = false;
  connected = true;
  readonly nodeMachine = new MachineState(nodeMachine);
  readonly podMachine = new MachineState(podMachine);

  // kubelet
  kubeletAdmitted = false;
  kubeletKnowsDeletion = false;
  sandboxReady = false;
  sandboxEverReady = false;
  podIP?: string;
  startTime?: number;
  records: ContainerRecord[] = [];
  readonly byName = new Map<string, ContainerRecord>();
  kubeletStatus?: PodStatus;
  workerState: 'sync' | 'terminating' | 'terminated' = 'sync';
  syncRunning = false;
  syncQueued = false;
  syncPending = false;
  syncError = false;
  /** Earliest crash-loop back-off expiry met by the current sync (the pod worker re-queues the Pod then). */
  syncBackoffUntil?: number;
  retryJob?: ClockJob;
  termination?: Termination;
  statusReason?: { reason: string; message: string };
  deadlineJob?: ClockJob;
  readonly crashBackoff: Backoff;
  readonly imageBackoff: Backoff;
  readonly lastPullError = new Map<string, string>();
  imagesOnNode: Set<string>;
  probes: ProbeWorker[] = [];
  stopped = false;
  /** Fired when a pod sync blocked in WaitForAttachAndMount must give up (termination: its context is cancelled). */
  private mountWait = new Signal();

  constructor(
    pod: Pod,
    readonly cluster: ClusterSpec,
    readonly behavior: Record<string, BehaviorSpec>,
    readonly gates: FeatureGates,
    options: KubeletOptions = {},
  ) {
    this.clock = options.clock ?? new VirtualClock();
    this.host = options.host;
    this.history = options.history ?? true;
    this.meta = pod.metadata;
    this.spec = pod.spec;
    // The API server sets status.qosClass on create (PrepareForCreate → ComputePodQOS); it never changes.
    this.qosClass = computePodQOS(pod);
    this.apiStatus = { phase: 'Pending', qosClass: this.qosClass };
    this.isStatic = cluster.staticPod === true;
    this.nodeName = pod.spec.nodeName || cluster.nodeName || 'node-1';
    this.imagesOnNode = options.imagesOnNode ?? new Set((cluster.imagesOnNode ?? []).map(normalizeImage));
    const now = () => this.clock.now;
    let initial: number = CRASHLOOP_BACKOFF.initial;
    let max: number = CRASHLOOP_BACKOFF.max;
    if (gates.ReduceDefaultCrashLoopBackOffDecay) {
      initial = CRASHLOOP_BACKOFF.reducedInitial;
      max = CRASHLOOP_BACKOFF.reducedMax;
    }
    if (gates.maxContainerRestartPeriod !== undefined) {
      max = gates.maxContainerRestartPeriod;
      if (max < initial) initial = max;
    }
    this.crashBackoff = new Backoff(initial, max, now);
    this.imageBackoff = new Backoff(IMAGE_BACKOFF_INITIAL, IMAGE_BACKOFF_MAX, now);
    if (this.isStatic) {
      this.meta.name = `${pod.metadata.name}-${this.nodeName}`;
      const hash = hexOf(JSON.stringify(pod.spec), 32);
      this.meta.annotations = {
        ...(this.meta.annotations ?? {}),
        'kubernetes.io/config.hash': hash,
        'kubernetes.io/config.mirror': hash,
        'kubernetes.io/config.seen': '1970-01-01T00:00:00.000000000Z',
        'kubernetes.io/config.source': 'file',
      };
      this.meta.ownerReferences = [
        { apiVersion: 'v1', kind: 'Node', name: this.nodeName, uid: uuidOf(`node/${this.nodeName}`), controller: true },
      ];
    }
    for (const [i, c] of (pod.spec.initContainers ?? []).entries())
      this.addRecord(c, isRestartableInitContainer(c) ? 'sidecar' : 'init', i);
    for (const [i, c] of pod.spec.containers.entries()) this.addRecord(c, 'regular', i);
    for (const [i, c] of (pod.spec.ephemeralContainers ?? []).entries()) this.addRecord(c, 'ephemeral', i);
  }

  get name(): string {
    return this.meta.name ?? '';
  }
  get namespace(): string {
    return this.meta.namespace ?? 'default';
  }
  get uid(): string {
    return this.meta.uid ?? '';
  }
  /** `format.Pod`: `web_default(uid)`. */
  get podRef(): string {
    // Built once per metadata object (name, namespace and uid never change once the Pod exists).
    if (this.podRefMeta !== this.meta) {
      this.podRefMeta = this.meta;
      this.podRefText = `${this.name}_${this.namespace}(${this.uid})`;
    }
    return this.podRefText;
  }
  private podRefMeta?: ObjectMeta;
  private podRefText = '';

  get now(): number {
    return this.clock.now;
  }

  private addRecord(c: Container, kind: ContainerKind, index: number): ContainerRecord {
    const rec: ContainerRecord = {
      name: c.name,
      kind,
      index,
      spec: c,
      fieldPath: fieldPathOf(kind, c.name),
      machine: new MachineState(containerMachine),
      backoffMachine: new MachineState(backoffMachine),
      definitionChanged: false,
      killing: false,
    };
    this.records.push(rec);
    this.containerChanged(rec);
    this.byName.set(c.name, rec);
    if (this.history) {
      this.transitions.push({
        time: this.now,
        machine: `container/${c.name}`,
        machineId: 'container',
        from: null,
        to: rec.machine.key,
      });
      this.transitions.push({
        time: this.now,
        machine: `backoff/${c.name}`,
        machineId: 'backoff',
        from: null,
        to: rec.backoffMachine.key,
      });
    }
    return rec;
  }

  private recs(kind: ContainerKind): ContainerRecord[] {
    return this.records.filter((r) => r.kind === kind);
  }
  private initRecs(): ContainerRecord[] {
    return this.records.filter((r) => r.kind === 'init' || r.kind === 'sidecar');
  }

  // ------------------------------------------------------------ recording

  emit(type: 'Normal' | 'Warning', reason: string, message: string, rec?: ContainerRecord, source = 'kubelet'): void {
    // The kubelet's events do not reach the API server while the node is cut off.
    if (source === 'kubelet' && !this.connected) return;
    const object = rec ? this.eventObject(rec) : `pod/${this.name}`;
    if (this.host) {
      // A host keeps the events of many Pods, each with its own texts: nothing to share within one Pod.
      this.host.event({ time: this.now, type, reason, object, message, source });
      return;
    }
    this.events.push({
      time: this.now,
      type,
      reason,
      object: rec ? object : this.intern(object),
      message: this.intern(message),
      source,
    });
  }

  /** Repeated event texts share one string: long runs keep thousands of identical messages. */
  private readonly strings = new Map<string, string>();
  private intern(s: string): string {
    const seen = this.strings.get(s);
    if (seen !== undefined) return seen;
    // Room for a few texts per container of a 2000-container Pod (a full table makes every later text a new string).
    if (this.strings.size < 50_000) this.strings.set(s, s);
    return s;
  }

  /** `pod/web spec.containers{app}`, built once per container (no string hashed per event). */
  private readonly eventObjects = new WeakMap<ContainerRecord, string>();
  private eventObject(rec: ContainerRecord): string {
    let o = this.eventObjects.get(rec);
    if (o === undefined) {
      o = `pod/${this.name} ${rec.fieldPath}`;
      this.eventObjects.set(rec, o);
    }
    return o;
  }

  private move(
    ms: MachineState,
    machine: string,
    machineId: string,
    type: string,
    cause?: string,
    always = false,
  ): boolean {
    // The machines only feed `transitions`: without history they are not stepped.
    if (!this.history) return false;
    const from = ms.key;
    if (!ms.send(type)) return false;
    if (this.history && (ms.key !== from || always))
      this.transitions.push({ time: this.now, machine, machineId, from, to: ms.key, cause: cause ?? type });
    return true;
  }

  moveContainer(rec: ContainerRecord, type: string, cause?: string, always = false): void {
    this.move(rec.machine, `container/${rec.name}`, 'container', type, cause, always);
  }

  private moveBackoff(rec: ContainerRecord, type: string, cause: string): void {
    this.move(rec.backoffMachine, `backoff/${rec.name}`, 'backoff', type, cause, type === 'NEXT');
  }

  /** Moves the pod machine and records one transition per region that changed. */
  movePod(type: string, cause?: string): void {
    if (!this.history) return;
    const before = [this.podMachine.region('phase'), this.podMachine.region('lifecycle')];
    if (!this.podMachine.send(type)) return;
    const after = [this.podMachine.region('phase'), this.podMachine.region('lifecycle')];
    for (let i = 0; i < 2; i++) {
      if (this.history && before[i] !== after[i])
        this.transitions.push({
          time: this.now,
          machine: 'pod',
          machineId: 'pod',
          from: before[i],
          to: after[i],
          cause: cause ?? type,
        });
    }
  }

  private moveNode(type: string, cause: string): void {
    this.move(this.nodeMachine, `node/${this.nodeName}`, 'node', type, cause);
  }

  apiPod(): Pod {
    return { apiVersion: 'v1', kind: 'Pod', metadata: this.meta, spec: this.spec, status: this.apiStatus };
  }

  /** Stores the API object as it is now, and a `kubectl get pod -w` line when its row changed. */
  record(): void {
    if (this.removedAt !== undefined) return;
    // `meta` and `apiStatus` are replaced, never mutated, once recorded: compare by identity, then by value.
    // A host is told of every new status object (an equal one costs it a no-op); history keeps only real changes.
    const sameStatus =
      this.apiStatus === this.recordedStatus || (this.history && deepEqual(this.apiStatus, this.recordedStatus));
    if (this.specVersion === this.recordedSpecVersion && this.meta === this.recordedMeta && sameStatus) return;
    this.recordedSpecVersion = this.specVersion;
    this.recordedMeta = this.meta;
    this.recordedStatus = this.apiStatus;
    if (this.host) this.host.podChanged();
    if (!this.history) return;
    const meta: ObjectMeta = { ...this.meta };
    const pod: Pod = { apiVersion: 'v1', kind: 'Pod', metadata: meta, spec: this.spec, status: this.apiStatus };
    this.snapshots.push({ time: this.now, pod });
    const row = podRow(pod, this.now);
    const watchKey = `${row.name}|${row.ready}|${row.status}|${row.restarts.split(' ')[0]}`;
    if (watchKey !== this.lastWatchKey) {
      this.lastWatchKey = watchKey;
      this.watch.push({ time: this.now, ...row });
    }
  }

  // ------------------------------------------------------------ coroutines

  private fire(s: Signal): void {
    if (s.fired) return;
    s.fired = true;
    const ws = s.waiters;
    s.waiters = [];
    for (const w of ws) this.clock.schedule(this.now, w);
  }

  /** Runs a coroutine: a yielded number sleeps that many virtual seconds, a Wait waits for a signal (or its timeout). */
  spawn(co: Co<unknown>, done?: () => void): void {
    const resume = (input: boolean) => {
      const r = co.next(input);
      if (r.done) {
        done?.();
        return;
      }
      const y = r.value;
      if (typeof y === 'number') {
        this.clock.after(y, () => resume(true));
        return;
      }
      if (y.signal.fired) {
        this.clock.schedule(this.now, () => resume(true));
        return;
      }
      let settled = false;
      let timer: ClockJob | undefined;
      y.signal.waiters.push(() => {
        if (settled) return;
        settled = true;
        this.clock.cancel(timer);
        resume(true);
      });
      if (y.timeout !== undefined) {
        timer = this.clock.after(y.timeout, () => {
          if (settled) return;
          settled = true;
          resume(false);
        });
      }
    };
    resume(true);
  }

  private *waitAll(cos: Co<unknown>[]): Co {
    if (cos.length === 0) return;
    const all = new Signal();
    let left = cos.length;
    for (const co of cos)
      this.spawn(co, () => {
        if (--left === 0) this.fire(all);
      });
    yield { signal: all };
  }

  // ------------------------------------------------------------ scheduler and API server

  start(): void {
    this.transitions.push({
      time: 0,
      machine: 'pod',
      machineId: 'pod',
      from: null,
      to: this.podMachine.region('phase'),
    });
    this.transitions.push({
      time: 0,
      machine: 'pod',
      machineId: 'pod',
      from: null,
      to: this.podMachine.region('lifecycle'),
    });
    this.transitions.push({
      time: 0,
      machine: `node/${this.nodeName}`,
      machineId: 'node',
      from: null,
      to: this.nodeMachine.key,
    });
    this.record();
    if (this.isStatic || this.spec.nodeName) {
      // Static Pods are run by the kubelet from its manifest folder; a Pod with nodeName skips the scheduler.
      this.bind(false);
      return;
    }
    const after = this.cluster.scheduleAfterSeconds ?? 0;
    if (after > 0) {
      const msg =
        '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.';
      this.emit('Warning', 'FailedScheduling', msg, undefined, this.spec.schedulerName ?? 'default-scheduler');
      this.apiStatus = {
        ...this.apiStatus,
        conditions: [
          { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: msg, lastTransitionTime: 0 },
        ],
      };
      this.record();
    }
    if (Number.isFinite(after)) this.clock.schedule(after, () => this.bind(true));
  }

  /**
   * The host's scheduler binds the Pod to `node` (event `Scheduled`); the node's kubelet admits it at once if it
   * reaches the API server (`connected`), else when it comes back (`actionNodeReady`).
   */
  bindTo(node: string, where: { hostIP: string; podIP: string; connected: boolean; images?: Set<string> }): void {
    if (this.bound) return;
    this.nodeName = node;
    if (where.images) this.imagesOnNode = where.images;
    this.hostIP = where.hostIP;
    this.sandboxIP = where.podIP;
    this.connected = where.connected;
    this.bind(!this.spec.nodeName);
  }

  /** The host's scheduler found no node: PodScheduled=False / Unschedulable (it records its own event). */
  markUnschedulable(message: string): void {
    if (this.bound || this.removedAt !== undefined) return;
    const old = (this.apiStatus.conditions ?? []).find((c) => c.type === 'PodScheduled');
    const since = old?.status === 'False' ? old.lastTransitionTime : this.now;
    const conditions = (this.apiStatus.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
    conditions.push({
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message,
      lastTransitionTime: since,
    });
    this.apiStatus = { ...this.apiStatus, conditions };
    this.record();
  }

  private bind(viaScheduler: boolean): void {
    if (this.removedAt !== undefined || this.bound) return;
    this.bound = true;
    this.spec = { ...this.spec, nodeName: this.nodeName };
    this.specVersion++;
    if (viaScheduler) {
      this.emit(
        'Normal',
        'Scheduled',
        `Successfully assigned ${this.namespace}/${this.name} to ${this.nodeName}`,
        undefined,
        this.spec.schedulerName ?? 'default-scheduler',
      );
    }
    const conditions = (this.apiStatus.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
    conditions.push({ type: 'PodScheduled', status: 'True', lastTransitionTime: this.now });
    this.apiStatus = { ...this.apiStatus, conditions };
    this.movePod('SCHEDULED', viaScheduler ? 'Scheduled' : this.isStatic ? 'static Pod' : 'spec.nodeName');
    this.record();
    if (this.connected) this.admit();
  }

  /** HandlePodAdditions: the kubelet learns about the Pod, adds its probe workers, syncs it. */
  private admit(): void {
    if (this.kubeletAdmitted) return;
    this.kubeletAdmitted = true;
    this.startTime = this.now;
    for (const rec of this.records) this.addProbeWorkers(rec);
    this.scheduleDeadline();
    this.startVolumeReconciler();
    this.requestSync();
  }

  /**
   * The volume manager's reconciler for `configMap`/`secret` volumes whose object is missing: each failed mount is a
   * `FailedMount` event, retried after 0.5 s, doubled up to 122 s (./machines/containerConfig.ts). The cluster facts
   * do not change during a run, so it fails until the Pod is terminated.
   */
  private startVolumeReconciler(): void {
    let delay: number = VOLUME_TIMING.retryInitial;
    const attempt = () => {
      if (this.stopped || this.termination || this.workerState !== 'sync' || this.removedAt !== undefined) return;
      const missing = missingVolumes(this.spec.volumes, this.cluster);
      if (missing.length === 0) return;
      for (const m of missing) this.emit('Warning', 'FailedMount', m.message);
      this.clock.after(delay, attempt);
      delay = Math.min(delay * 2, VOLUME_TIMING.retryMax);
    };
    attempt();
  }

  private scheduleDeadline(): void {
    this.clock.cancel(this.deadlineJob);
    this.deadlineJob = undefined;
    const ads = this.spec.activeDeadlineSeconds;
    if (ads === undefined || this.startTime === undefined) return;
    this.deadlineJob = this.clock.schedule(this.startTime + ads, () => this.deadlineExceeded());
  }

  /** active_deadline.go: the Pod ran longer than activeDeadlineSeconds; the kubelet fails it and stops it. */
  private deadlineExceeded(): void {
    if (this.termination || this.workerState !== 'sync' || isTerminalPhase(this.kubeletStatus?.phase)) return;
    this.emit('Normal', 'DeadlineExceeded', DEADLINE_MESSAGE);
    this.statusReason = { reason: 'DeadlineExceeded', message: DEADLINE_MESSAGE };
    this.termination = { kind: 'deadline' };
    this.fire(this.mountWait);
    this.requestSync();
  }

  /** `kubectl delete pod`: the API server's graceful deletion (strategy.go CheckGracefulDelete). */
  actionDelete(a: { gracePeriodSeconds?: number; force?: boolean; disruption?: PodCondition }): void {
    if (this.removedAt !== undefined) {
      this.notice(`Error from server (NotFound): pods "${this.name}" not found`);
      return;
    }
    // The eviction API and the taint manager add DisruptionTarget before they delete.
    if (a.disruption && !(this.apiStatus.conditions ?? []).some((c) => c.type === 'DisruptionTarget')) {
      this.apiStatus = { ...this.apiStatus, conditions: [...(this.apiStatus.conditions ?? []), a.disruption] };
    }
    if (this.isStatic) {
      // The kubelet recreates the mirror Pod at once; the static Pod itself keeps running.
      this.notice(
        `pod "${this.name}" deleted, but it is the mirror of a static Pod: the kubelet recreated it and the containers keep running`,
      );
      return;
    }
    let grace = a.force
      ? (a.gracePeriodSeconds ?? 0)
      : (a.gracePeriodSeconds ?? this.spec.terminationGracePeriodSeconds ?? 30);
    // kubectl turns --grace-period=0 into 1 unless --force is given.
    if (grace === 0 && !a.force) grace = 1;
    // CheckGracefulDelete (pkg/registry/core/pod/strategy.go, since 1.27): a negative period is treated as 1
    // (the API server warns "must be >= 0; negative values are invalid and will be treated as 1").
    if (grace < 0) grace = 1;
    if (!this.bound || isTerminalPhase(this.apiStatus.phase) || grace === 0) {
      this.meta = { ...this.meta, deletionTimestamp: this.now, deletionGracePeriodSeconds: 0 };
      this.movePod('DELETE', a.force ? 'force delete' : 'delete');
      this.removeObject(a.force ? 'force delete' : 'delete');
      // A force-deleted Pod may still run on the node: the kubelet stops it with a short grace period.
      if (this.bound && this.connected && this.workerState !== 'terminated')
        this.kubeletDeletion({ kind: 'force', grace: 1 });
      return;
    }
    if (this.meta.deletionTimestamp !== undefined) {
      // A second delete may only shorten the grace period.
      const end = this.now + grace;
      if (end < this.meta.deletionTimestamp)
        this.meta = { ...this.meta, deletionTimestamp: end, deletionGracePeriodSeconds: grace };
      this.record();
      return;
    }
    this.meta = { ...this.meta, deletionTimestamp: this.now + grace, deletionGracePeriodSeconds: grace };
    this.movePod('DELETE', 'delete');
    this.record();
    if (this.connected) this.kubeletDeletion({ kind: 'delete', grace });
  }

  private kubeletDeletion(t: Termination): void {
    this.kubeletKnowsDeletion = true;
    this.fire(this.mountWait);
    if (!this.termination || this.termination.kind === 'deadline') this.termination = t;
    if (!this.kubeletAdmitted) return;
    this.requestSync();
  }

  removeObject(cause: string): void {
    if (this.removedAt !== undefined) return;
    if (hasFinalizers(this.meta)) {
      // registry/rest/delete.go BeforeDelete + registry/generic/registry/store.go updateForGracefulDeletionAndFinalizers
      // (https://github.com/kubernetes/kubernetes/blob/v1.35.0/staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go):
      // a delete with grace 0 of an object that has finalizers only shortens its deletion (deletionTimestamp moves back
      // to the first delete request, deletionGracePeriodSeconds becomes 0); the object stays until the list is empty.
      const requested =
        this.meta.deletionTimestamp !== undefined
          ? this.meta.deletionTimestamp - (this.meta.deletionGracePeriodSeconds ?? 0)
          : this.now;
      if (this.meta.deletionGracePeriodSeconds !== 0 || this.meta.deletionTimestamp === undefined) {
        this.meta = { ...this.meta, deletionTimestamp: requested, deletionGracePeriodSeconds: 0 };
      }
      this.awaitingFinalizers = true;
      this.record();
      return;
    }
    this.movePod('REMOVE', cause);
    this.removedAt = this.now;
    if (this.workerState === 'terminated' || !this.kubeletAdmitted) this.shutdownKubeletPod();
    this.host?.podRemoved();
  }

  notice(text: string): void {
    this.notices.push(`t=${this.now}s: ${text}`);
  }

  // ------------------------------------------------------------ node failure

  /** The node stops reaching the API server; standalone, the node lifecycle controller notices it after its grace period. */
  actionNodeLost(): void {
    if (!this.connected) return;
    this.connected = false;
    this.moveNode('LOST', 'nodeLost');
    if (!this.host) this.clock.after(NODE_MONITOR_GRACE_PERIOD, () => this.nodeNotReady());
  }

  /**
   * node_lifecycle_controller MarkPodsNotReady (pkg/controller/util/node/controller_utils.go): Ready=False,
   * event NodeNotReady. Only a Ready condition that changes is written and gets the event.
   */
  markNotReadyByNode(): void {
    if (this.removedAt !== undefined || !this.bound) return;
    if (!(this.apiStatus.conditions ?? []).some((c) => c.type === 'Ready' && c.status !== 'False')) return;
    const conditions = (this.apiStatus.conditions ?? []).map((c) =>
      c.type === 'Ready' && c.status !== 'False' ? { ...c, status: 'False' as const, lastTransitionTime: this.now } : c,
    );
    this.apiStatus = { ...this.apiStatus, conditions };
    this.record();
    this.emit('Warning', 'NodeNotReady', 'Node is not ready', undefined, 'node-controller');
  }

  private nodeNotReady(): void {
    if (this.connected || this.nodeMachine.key !== 'Silent') return;
    this.moveNode('NOT_READY', 'NodeNotReady');
    if (this.removedAt !== undefined || !this.bound) return;
    this.markNotReadyByNode();
    // Taint eviction: the unreachable:NoExecute taint is tolerated for tolerationSeconds (300 by default).
    const wait = evictionDelay([{ key: UNREACHABLE_TAINT, effect: 'NoExecute' }], this.spec.tolerations);
    if (wait === undefined) return;
    this.clock.after(wait, () => this.taintEviction());
  }

  private taintEviction(): void {
    if (this.connected || this.removedAt !== undefined || this.meta.deletionTimestamp !== undefined) return;
    this.emit(
      'Normal',
      'TaintManagerEviction',
      `Marking for deletion Pod ${this.namespace}/${this.name}`,
      undefined,
      'taint-eviction-controller',
    );
    const conditions = [...(this.apiStatus.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget')];
    conditions.push({
      type: 'DisruptionTarget',
      status: 'True',
      reason: 'DeletionByTaintManager',
      message: 'Taint manager: deleting due to NoExecute taint',
      lastTransitionTime: this.now,
    });
    this.apiStatus = { ...this.apiStatus, conditions };
    this.actionDelete({});
  }

  actionNodeReady(): void {
    if (this.connected) return;
    this.connected = true;
    this.moveNode('READY', 'nodeReady');
    if (!this.bound) return;
    if (!this.kubeletAdmitted) {
      this.admit();
      return;
    }
    // The kubelet reports again and learns what happened meanwhile.
    if (this.removedAt !== undefined && this.workerState !== 'terminated')
      this.kubeletDeletion({ kind: 'force', grace: 1 });
    else if (this.meta.deletionTimestamp !== undefined && !this.kubeletKnowsDeletion)
      this.kubeletDeletion({ kind: 'delete', grace: this.meta.deletionGracePeriodSeconds });
    this.writeStatus(this.workerState === 'terminated');
    this.requestSync();
  }

  // ------------------------------------------------------------ updates

  actionUpdate(a: { patch?: unknown; pod?: Pod | string }): void {
    if (this.removedAt !== undefined) {
      this.notice(`Error from server (NotFound): pods "${this.name}" not found`);
      return;
    }
    const old = applyDefaults(clone({ ...this.apiPod(), status: undefined }));
    let next: Pod;
    try {
      if (a.pod !== undefined) {
        const parsed = parsePod(a.pod);
        next = applyDefaults(parsed);
        // A replace carries what the server keeps: uid, creation time, deletion, node binding.
        next.metadata = {
          ...next.metadata,
          uid: next.metadata.uid ?? this.meta.uid,
          creationTimestamp: this.meta.creationTimestamp,
          deletionTimestamp: this.meta.deletionTimestamp,
          deletionGracePeriodSeconds: this.meta.deletionGracePeriodSeconds,
        };
        if (!next.spec.nodeName && this.spec.nodeName) next.spec.nodeName = this.spec.nodeName;
      } else {
        const patch = typeof a.patch === 'string' ? parseYamlObject(a.patch) : a.patch;
        if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
          throw new PodLabError(
            'schema',
            `error: unable to parse the patch: expected an object, got ${Array.isArray(patch) ? 'array' : patch === null ? 'null' : typeof patch}`,
            [{ field: 'patch', message: 'expected object' }],
          );
        // The merged object is decoded like any other Pod (types, unknown fields) before validation.
        next = applyDefaults(parsePod(strategicMerge(old, patch) as Pod));
      }
    } catch (e) {
      this.notice(isPodLabError(e) ? e.message : String(e));
      return;
    }
    const errs = validatePodUpdate(next, old);
    const finalizers = next.metadata.finalizers;
    if (finalizers !== undefined && (!Array.isArray(finalizers) || finalizers.some((f) => typeof f !== 'string'))) {
      errs.push({ field: 'metadata.finalizers', message: 'Invalid value: must be a list of strings' });
    } else if (this.meta.deletionTimestamp !== undefined) {
      // apimachinery ValidateObjectMetaUpdate: a Pod being deleted may lose finalizers, never gain one.
      const before = new Set(Array.isArray(this.meta.finalizers) ? this.meta.finalizers : []);
      const added = (finalizers ?? []).filter((f) => !before.has(f));
      if (added.length > 0) {
        errs.push({
          field: 'metadata.finalizers',
          message: `Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(', ')}}`,
        });
      }
    }
    if (errs.length > 0) {
      this.notice(PodLabError.invalid(this.name, errs).message);
      return;
    }
    this.applySpec(next.spec);
    this.meta = {
      ...this.meta,
      labels: next.metadata.labels,
      annotations: next.metadata.annotations,
      finalizers: finalizers && finalizers.length > 0 ? [...finalizers] : undefined,
    };
    this.record();
    // The last finalizer is gone from an object whose deletion is due: the API server removes it now.
    if (this.awaitingFinalizers && !hasFinalizers(this.meta)) this.removeObject('finalizers removed');
  }

  /**
   * `kubectl patch pod <name> --subresource=status` with a condition the kubelet does not own (a readiness
   * gate's). The kubelet reads it back at its next sync: Ready = containers ready AND every gate True
   * (status/generate.go GeneratePodReadyCondition).
   */
  actionSetCondition(a: { type: string; status: PodCondition['status']; reason?: string; message?: string }): void {
    if (this.removedAt !== undefined) {
      this.notice(`Error from server (NotFound): pods "${this.name}" not found`);
      return;
    }
    if (KUBELET_CONDITIONS.has(a.type)) {
      this.notice(
        `condition ${JSON.stringify(a.type)} belongs to the kubelet, which writes it again at its next status update`,
      );
      return;
    }
    const conditions = [...(this.apiStatus.conditions ?? [])];
    const i = conditions.findIndex((c) => c.type === a.type);
    const before = i >= 0 ? conditions[i] : undefined;
    const c: PodCondition = {
      type: a.type,
      status: a.status,
      lastTransitionTime: before && before.status === a.status ? before.lastTransitionTime : this.now,
    };
    if (a.reason) c.reason = a.reason;
    if (a.message) c.message = a.message;
    if (i >= 0) conditions[i] = c;
    else conditions.push(c);
    this.apiStatus = { ...this.apiStatus, conditions };
    this.record();
    if (this.kubeletAdmitted) this.requestSync();
  }

  private applySpec(spec: PodSpec): void {
    const oldDeadline = this.spec.activeDeadlineSeconds;
    this.spec = spec;
    this.specVersion++;
    for (const c of [...(spec.initContainers ?? []), ...spec.containers, ...(spec.ephemeralContainers ?? [])]) {
      const rec = this.byName.get(c.name);
      if (rec) rec.spec = c;
    }
    this.containerChanged();
    if (oldDeadline !== spec.activeDeadlineSeconds) this.scheduleDeadline();
    if (this.kubeletAdmitted) this.requestSync();
  }

  /** `kubectl debug`: adds an ephemeral container through the ephemeralcontainers subresource. */
  actionDebug(a: { container?: Partial<Container> & { name?: string }; behavior?: BehaviorSpec }): void {
    if (this.removedAt !== undefined) {
      this.notice(`Error from server (NotFound): pods "${this.name}" not found`);
      return;
    }
    const old = applyDefaults(clone({ ...this.apiPod(), status: undefined }));
    const name =
      a.container?.name ??
      `debugger-${hexOf(`${this.uid}/${this.now}/${(this.spec.ephemeralContainers ?? []).length}`, 5).replace(/[0-9]/g, (d) => 'bcdfghjklm'[Number(d)])}`;
    const c = { image: 'busybox:1.36', ...clone(a.container ?? {}), name } as Container;
    const next = clone(old);
    next.spec.ephemeralContainers = [...(next.spec.ephemeralContainers ?? []), c];
    const defaulted = applyDefaults(next);
    const errs = validatePodEphemeralContainersUpdate(defaulted, old);
    if (errs.length > 0) {
      this.notice(PodLabError.invalid(this.name, errs).message);
      return;
    }
    if (a.behavior !== undefined) this.behavior[name] = a.behavior;
    const added = defaulted.spec.ephemeralContainers![defaulted.spec.ephemeralContainers!.length - 1];
    this.spec = { ...this.spec, ephemeralContainers: defaulted.spec.ephemeralContainers };
    this.specVersion++;
    this.addRecord(added, 'ephemeral', this.spec.ephemeralContainers!.length - 1);
    this.record();
    if (this.kubeletAdmitted) this.requestSync();
  }

  // ------------------------------------------------------------ pod worker

  requestSync(): void {
    if (this.stopped || !this.kubeletAdmitted || this.workerState === 'terminated') return;
    if (this.syncRunning) {
      this.syncPending = true;
      return;
    }
    if (this.syncQueued) return;
    this.syncQueued = true;
    this.clock.schedule(this.now, this.queuedSync);
  }

  private readonly queuedSync = (): void => {
    this.syncQueued = false;
    this.runSync();
  };

  private runSync(): void {
    if (this.stopped || this.workerState === 'terminated') return;
    this.syncRunning = true;
    this.syncError = false;
    this.syncBackoffUntil = undefined;
    this.spawn(this.syncPod(), () => {
      this.syncRunning = false;
      if (this.workerState === 'sync' && (this.syncError || this.syncBackoffUntil !== undefined)) {
        // pod_workers.go (1.35, PR 133066): a back-off error carries its duration and the Pod is
        // re-queued when it expires; any other error waits backOffPeriod. Both: the earlier one.
        let at = this.syncError ? this.now + POD_WORKER_BACKOFF : Infinity;
        if (this.syncBackoffUntil !== undefined) at = Math.min(at, Math.max(this.now, this.syncBackoffUntil));
        this.scheduleRetry(at);
      }
      if (this.syncPending) {
        this.syncPending = false;
        this.requestSync();
      }
    });
  }

  private scheduleRetry(at: number): void {
    if (this.retryJob && !this.retryJob.cancelled && this.retryJob.at <= at) return;
    this.clock.cancel(this.retryJob);
    this.retryJob = this.clock.schedule(at, () => {
      this.retryJob = undefined;
      this.requestSync();
    });
  }

  /** The end of the kubelet's work on this Pod: probes and retries stop. */
  private shutdownKubeletPod(): void {
    for (const w of this.probes) this.stopProbe(w);
    this.clock.cancel(this.retryJob);
    this.clock.cancel(this.deadlineJob);
    this.retryJob = undefined;
    this.deadlineJob = undefined;
  }

  private *syncPod(): Co {
    if (this.termination || isTerminalPhase(this.kubeletStatus?.phase)) {
      yield* this.syncTerminatingPod();
      return;
    }
    this.writeStatus();
    if (isTerminalPhase(this.kubeletStatus?.phase)) {
      yield* this.syncTerminatingPod();
      return;
    }
    if (!this.sandboxReady && missingVolumes(this.spec.volumes, this.cluster).length > 0) {
      // kubelet.go SyncPod → WaitForAttachAndMount: the sync waits 2 min 3 s for the volumes, then fails and is
      // retried. Whether 1.35 records the "Unable to attach or mount volumes" event on that timeout is not modelled
      // (SyncPod skips it for an interrupted wait); the reconciler's FailedMount events say what is wrong.
      if (this.mountWait.fired) this.mountWait = new Signal();
      yield { signal: this.mountWait, timeout: VOLUME_TIMING.waitForMount };
      this.syncError = true;
      this.writeStatus();
      if (this.termination) this.requestSync();
      return;
    }
    if (!this.sandboxReady && !this.createSandbox()) {
      this.syncError = true;
      this.writeStatus();
      return;
    }
    const plan = this.computePodActions();
    if (plan.killPod) {
      yield* this.killPod(undefined);
      this.sandboxReady = false;
      this.writeStatus();
      if (isTerminalPhase(this.kubeletStatus?.phase)) this.requestSync();
      return;
    }
    for (const k of plan.toKill) yield* this.killContainer(k.rec, k.message, k.reason, undefined, undefined);
    for (const rec of plan.ephemeral) {
      if (this.termination) break;
      yield* this.startContainer(rec, undefined);
    }
    for (const rec of plan.init) {
      if (this.termination) break;
      const ok = yield* this.startContainer(rec, plan.exitedAt.get(rec));
      if (!ok && rec.kind === 'init') break;
    }
    for (const rec of plan.regular) {
      if (this.termination) break;
      yield* this.startContainer(rec, plan.exitedAt.get(rec));
    }
    this.writeStatus();
    if (isTerminalPhase(this.kubeletStatus?.phase)) this.requestSync();
  }

  /** SyncTerminatingPod + SyncTerminatedPod: stop every container, write the terminal phase, let the API remove the object. */
  private *syncTerminatingPod(): Co {
    this.workerState = 'terminating';
    this.writeStatus();
    // StopLivenessAndStartup: only readiness keeps probing while the containers stop.
    for (const w of this.probes) if (w.type !== 'readiness') this.stopProbe(w);
    const grace = this.termination?.grace;
    yield* this.killPod(grace);
    for (const w of this.probes) this.stopProbe(w);
    this.sandboxReady = false;
    this.writeStatus(true);
    this.movePod('STOPPED', 'containers stopped');
    this.workerState = 'terminated';
    if (
      this.meta.deletionTimestamp !== undefined &&
      this.removedAt === undefined &&
      this.connected &&
      this.kubeletKnowsDeletion
    ) {
      // The status manager deletes the object (grace 0) once the terminal status is stored.
      this.removeObject('terminated');
    }
    this.shutdownKubeletPod();
  }

  /** Sandbox creation (RunPodSandbox): fails when the RuntimeClass handler is unknown to the runtime. */
  private createSandbox(): boolean {
    const rc = this.spec.runtimeClassName;
    if (rc) {
      const handler = (this.cluster.runtimeClasses ?? {})[rc] ?? rc;
      const handlers = this.cluster.runtimeHandlers ?? ['runc'];
      if (!handlers.includes(handler)) {
        this.emit(
          'Warning',
          'FailedCreatePodSandBox',
          `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for ${JSON.stringify(handler)} is configured`,
        );
        this.movePod('SANDBOX_FAILED', 'FailedCreatePodSandBox');
        return false;
      }
    }
    if (this.sandboxEverReady) {
      this.emit('Normal', 'SandboxChanged', 'Pod sandbox changed, it will be killed and re-created.');
    }
    this.sandboxReady = true;
    this.sandboxEverReady = true;
    this.podIP = this.sandboxIP;
    this.movePod('SANDBOX_READY', 'sandbox created');
    return true;
  }

  private latestExitedAt(rec: ContainerRecord): number | undefined {
    if (rec.current?.state === 'exited') return rec.current.finishedAt;
    if (rec.previous?.state === 'exited') return rec.previous.finishedAt;
    return undefined;
  }

  /** `ShouldContainerBeRestarted`. */
  private shouldRestart(rec: ContainerRecord): boolean {
    if (this.kubeletKnowsDeletion || this.termination) return false;
    const cur = rec.current;
    if (!cur) return true;
    if (cur.state === 'running') return false;
    if (cur.state === 'created') return true;
    if (rec.kind === 'sidecar') return true;
    if (rec.kind === 'ephemeral') return false;
    return containerShouldRestart(rec.spec, this.spec, cur.exitCode ?? 0);
  }

  private probeResult(rec: ContainerRecord, type: ProbeType): string | undefined {
    const w = this.probes.find((p) => p.rec === rec && p.type === type);
    if (!w || w.containerId !== rec.current?.id) return undefined;
    return w.result;
  }

  /** computePodActions (kuberuntime_manager.go), for the cases the model covers. */
  private computePodActions() {
    const exitedAt = new Map<ContainerRecord, number | undefined>();
    for (const rec of this.records) exitedAt.set(rec, this.latestExitedAt(rec));
    const plan = {
      killPod: false,
      toKill: [] as { rec: ContainerRecord; message: string; reason: KillReason }[],
      ephemeral: [] as ContainerRecord[],
      init: [] as ContainerRecord[],
      regular: [] as ContainerRecord[],
      exitedAt,
    };
    const regulars = this.recs('regular');
    const podHasInitialized = regulars.some((r) => r.current !== undefined);
    const restartOnFailure = (rec: ContainerRecord) => containerShouldRestart(rec.spec, this.spec, 1);
    const checkRunning = (rec: ContainerRecord, initPrefix: string): 'keep' | 'kill' | 'wait' => {
      const cur = rec.current!;
      if (cur.state === 'created' || rec.killing) return 'wait';
      let message: string;
      let reason: KillReason = 'other';
      let restart = rec.kind === 'sidecar' || restartOnFailure(rec);
      const startup = rec.spec.startupProbe ? this.probeResult(rec, 'startup') : 'Success';
      if (rec.definitionChanged || (rec.startedImage !== undefined && rec.startedImage !== rec.spec.image)) {
        message = `${initPrefix}${rec.name} definition changed`;
        restart = true;
      } else if (this.probeResult(rec, 'liveness') === 'Failure') {
        message = `${initPrefix}${rec.name} failed liveness probe`;
        reason = 'liveness';
      } else if (startup === 'Failure') {
        message = `${initPrefix}${rec.name} failed startup probe`;
        reason = 'startup';
      } else {
        return rec.kind === 'sidecar' && startup !== 'Success' ? 'wait' : 'keep';
      }
      if (restart) message += ', will be restarted';
      plan.toKill.push({ rec, message, reason });
      return 'kill';
    };

    for (const rec of this.recs('ephemeral')) if (!rec.current) plan.ephemeral.push(rec);

    let initDone = true;
    const inits = this.initRecs();
    if (!podHasInitialized) {
      for (const rec of inits) {
        const cur = rec.current;
        if (!cur) {
          plan.init.push(rec);
          initDone = false;
          break;
        }
        if (rec.kind === 'sidecar') {
          if (cur.state === 'exited') {
            plan.init.push(rec);
            initDone = false;
            break;
          }
          const r = checkRunning(rec, 'Init container ');
          if (r === 'kill') plan.init.push(rec);
          if (r !== 'keep') {
            initDone = false;
            break;
          }
          continue;
        }
        if (cur.state !== 'exited') {
          initDone = false;
          break;
        }
        if (cur.exitCode !== 0) {
          if (containerShouldRestart(rec.spec, this.spec, cur.exitCode ?? 1)) plan.init.push(rec);
          else plan.killPod = true;
          initDone = false;
          break;
        }
      }
    } else {
      for (const rec of inits) {
        if (rec.kind !== 'sidecar') continue;
        const cur = rec.current;
        if (!cur || cur.state === 'exited') {
          if (!this.termination) plan.init.push(rec);
        } else if (cur.state === 'running' && checkRunning(rec, 'Init container ') === 'kill') {
          plan.init.push(rec);
        }
      }
    }
    if (plan.killPod || !initDone) return plan;

    let keep = 0;
    for (const rec of regulars) {
      const cur = rec.current;
      if (!cur || cur.state === 'exited') {
        if (this.shouldRestart(rec)) plan.regular.push(rec);
        continue;
      }
      const r = checkRunning(rec, 'Container ');
      if (r === 'kill') {
        const k = plan.toKill[plan.toKill.length - 1];
        if (k.message.endsWith('will be restarted')) plan.regular.push(rec);
      } else keep++;
    }
    if (keep === 0 && plan.regular.length === 0 && plan.toKill.length === 0) plan.killPod = true;
    return plan;
  }

  // ------------------------------------------------------------ containers

  /** SyncPod's `start` + startContainer: back-off, image, create, start, postStart. */
  private *startContainer(rec: ContainerRecord, exitedAt: number | undefined): Co<boolean> {
    // doBackOff: the latest exited instance's finishedAt against the container's back-off entry.
    if (exitedAt !== undefined && rec.kind !== 'ephemeral') {
      const key = rec.name;
      if (this.crashBackoff.isInBackOffSince(key, exitedAt)) {
        this.emit('Warning', 'BackOff', this.backOffEventText(rec), rec);
        this.setStartFailure(rec, 'CrashLoopBackOff', this.crashLoopMessage(rec, this.crashBackoff.get(key)));
        this.moveContainer(rec, 'BACK_OFF', 'BackOff');
        if (this.history) this.moveBackoff(rec, 'HOLD', backoffCause('hold', this.crashBackoff.get(key)));
        const until = exitedAt + this.crashBackoff.get(key);
        this.syncBackoffUntil = Math.min(this.syncBackoffUntil ?? Infinity, until);
        return false;
      }
      const what = this.crashBackoff.next(key, exitedAt);
      if (this.history) {
        const d = this.crashBackoff.get(key);
        this.moveBackoff(rec, 'NEXT', backoffCause(what, d));
      }
    }
    const latest = rec.current ?? rec.previous;
    const attempt = latest ? latest.attempt + 1 : 0;
    const behavior = resolveBehavior(this.behavior[rec.name], rec.name, attempt);
    const img = yield* this.ensureImage(rec, behavior.pullSeconds);
    if (!img.ok) {
      this.emit('Warning', 'Failed', `Error: ${img.reason}`, rec);
      this.setStartFailure(rec, img.reason, img.message);
      this.syncError = true;
      return false;
    }
    // generateContainerConfig → makeEnvironmentVariables: a missing ConfigMap or Secret (./machines/containerConfig.ts).
    const configError = containerConfigError(rec.spec, this.cluster);
    if (configError !== undefined) {
      this.emit('Warning', 'Failed', `Error: ${configError}`, rec);
      this.setStartFailure(rec, 'CreateContainerConfigError', configError);
      this.moveContainer(rec, 'CREATE_FAILED', 'CreateContainerConfigError');
      this.syncError = true;
      return false;
    }
    const image = rec.spec.image ?? '';
    const id = `containerd://${hexOf(`${this.uid}/${rec.name}/${attempt}/${this.now}`, 64)}`;
    const inst: Instance = {
      id,
      attempt,
      behavior,
      state: 'created',
      startedAt: this.now,
      image: imageInfoOf(image).image,
      imageID: imageInfoOf(image).imageID,
      exited: new Signal(),
    };
    if (rec.current) rec.previous = rec.current;
    rec.current = inst;
    this.containerChanged(rec);
    rec.startedImage = image;
    rec.definitionChanged = false;
    this.emit('Normal', 'Created', 'Container created', rec);
    if (behavior.execError !== undefined) {
      // StartContainer failed (kuberuntime_container.go startContainer: event Failed, ErrRunContainer): containerd marks
      // the container exited, StartError, exit code 128, with its message; the next syncs apply the crash-loop back-off.
      const message = startErrorMessage(rec.spec, behavior.execError);
      this.emit('Warning', 'Failed', `Error: ${message}`, rec);
      this.moveContainer(rec, 'START', 'Created');
      inst.state = 'exited';
      inst.finishedAt = this.now;
      inst.exitCode = START_ERROR.exitCode;
      inst.reason = START_ERROR.reason;
      inst.message = message;
      this.containerChanged(rec);
      this.fire(inst.exited);
      this.moveContainer(rec, 'EXIT', START_ERROR.reason);
      this.setStartFailure(rec, 'RunContainerError', message);
      this.syncError = true;
      return false;
    }
    this.emit('Normal', 'Started', 'Container started', rec);
    this.moveContainer(rec, 'START', 'Started');
    // Memory above the limit: the kernel's OOM killer ends the process first (exit 137, OOMKilled; ./oom.ts).
    const oomAfter = rec.kind === 'ephemeral' ? undefined : oomKillAfter(rec.spec, behavior);
    if (oomAfter !== undefined && (behavior.exitAfterSeconds === undefined || oomAfter < behavior.exitAfterSeconds)) {
      inst.exitJob = this.clock.after(oomAfter, () => this.processExit(rec, inst, 137, 'OOMKilled', 'OOMKilled'));
    } else if (behavior.exitAfterSeconds !== undefined) {
      inst.exitJob = this.clock.after(behavior.exitAfterSeconds, () =>
        this.processExit(rec, inst, behavior.exitCode ?? 0),
      );
    }
    const postStart = rec.spec.lifecycle?.postStart;
    if (postStart && rec.kind !== 'ephemeral') {
      const secs = hookSeconds(postStart, behavior.postStartSeconds);
      if (secs > 0) yield secs;
      if (behavior.postStartFails && !postStart.sleep) {
        this.emit('Warning', 'FailedPostStartHook', 'PostStartHook failed', rec);
        if (inst.state === 'created') inst.state = 'running';
        this.containerChanged(rec);
        this.moveContainer(rec, 'POST_START_FAILED', 'FailedPostStartHook');
        yield* this.killContainer(rec, 'FailedPostStartHook', 'postStart', undefined, undefined);
        this.setStartFailure(
          rec,
          'PostStartHookError',
          hookFailureMessage(postStart, rec.name, this.podRef, this.podIP ?? POD_IP),
        );
        this.syncError = true;
        return false;
      }
    }
    if (inst.state === 'created') inst.state = 'running';
    this.moveContainer(rec, 'POST_START_DONE', postStart ? 'postStart done' : 'Started');
    rec.reason = undefined;
    this.containerChanged(rec);
    // PLEG ContainerStarted: another sync follows this one.
    this.requestSync();
    return true;
  }

  /** EnsureImageExists (images/image_manager.go). */
  private *ensureImage(rec: ContainerRecord, pullSeconds: number | undefined): Co<StartResult> {
    const image = rec.spec.image ?? '';
    const d = decidePull(rec.spec, this.imagesOnNode);
    if (d.kind === 'invalid') {
      this.emit('Warning', 'InspectFailed', d.message, rec);
      this.moveContainer(rec, 'IMAGE_ERROR', 'InvalidImageName');
      return { ok: false, reason: 'InvalidImageName', message: d.message };
    }
    if (d.kind === 'present') {
      this.emit('Normal', 'Pulled', presentText(image), rec);
      return { ok: true };
    }
    if (d.kind === 'neverPull') {
      this.emit('Warning', 'ErrImageNeverPull', d.message, rec);
      this.moveContainer(rec, 'IMAGE_ERROR', 'ErrImageNeverPull');
      return { ok: false, reason: 'ErrImageNeverPull', message: d.message };
    }
    const key = `${this.uid}_${image}`;
    if (this.imageBackoff.isInBackOffSinceUpdate(key, this.now)) {
      this.emit('Normal', 'BackOff', imageMessages.backOff(image), rec);
      this.moveContainer(rec, 'IMAGE_BACK_OFF', 'BackOff');
      const last = this.lastPullError.get(key);
      return {
        ok: false,
        reason: 'ImagePullBackOff',
        message: imageMessages.backOff(image) + (last ? `: ErrImagePull: ${last}` : ''),
      };
    }
    const secretNames = (this.spec.imagePullSecrets ?? []).map((s) => s.name);
    const existing = new Set(this.cluster.secrets ?? []);
    const missing = secretNames.filter((s) => !existing.has(s));
    if (missing.length > 0)
      this.emit('Warning', 'FailedToRetrieveImagePullSecret', imageMessages.missingSecrets(missing), rec);
    const present = this.imagesOnNode.has(imageInfoOf(image).image);
    this.emit('Normal', 'Pulling', imageMessages.pulling(image), rec);
    this.moveContainer(rec, 'PULL', 'Pulling');
    const err = pullError(image, this.cluster, secretNames);
    if (err) {
      yield FAILED_PULL_SECONDS;
      this.emit('Warning', 'Failed', imageMessages.failed(image, err), rec);
      this.imageBackoff.next(key, this.now);
      this.lastPullError.set(key, err);
      this.moveContainer(rec, 'PULL_FAILED', 'Failed');
      return { ok: false, reason: 'ErrImagePull', message: err };
    }
    const secs = present ? CACHED_PULL_SECONDS : (pullSeconds ?? DEFAULT_PULL_SECONDS);
    if (secs > 0) yield secs;
    this.emit('Normal', 'Pulled', imageMessages.pulled(image, formatGoDuration(secs)), rec);
    this.imagesOnNode.add(imageInfoOf(image).image);
    this.imageBackoff.gc();
    this.moveContainer(rec, 'PULLED', 'Pulled');
    return { ok: true };
  }

  /** The process ends: by itself, after SIGTERM, or by SIGKILL. The PLEG reports it and the pod worker syncs. */
  private processExit(rec: ContainerRecord, inst: Instance, exitCode: number, cause?: string, reason?: string): void {
    if (inst.state === 'exited') return;
    this.clock.cancel(inst.exitJob);
    inst.exitJob = undefined;
    inst.state = 'exited';
    inst.finishedAt = this.now;
    inst.exitCode = exitCode;
    inst.reason = reason ?? (exitCode === 0 ? 'Completed' : 'Error');
    this.containerChanged(rec);
    this.fire(inst.exited);
    if (rec.current === inst) this.moveContainer(rec, 'EXIT', cause ?? `exit ${exitCode}`);
    this.requestSync();
  }

  /** killContainer (kuberuntime_container.go): Killing event, preStop, termination order, SIGTERM, SIGKILL. */
  private *killContainer(
    rec: ContainerRecord,
    message: string,
    reason: KillReason,
    override: number | undefined,
    turn: ((limit: number) => Co<unknown>) | undefined,
  ): Co {
    const inst = rec.current;
    if (!inst || inst.state === 'exited') return;
    if (rec.killing) {
      yield { signal: inst.exited };
      return;
    }
    rec.killing = true;
    let grace = terminationGracePeriod(
      this.spec,
      rec.spec,
      reason,
      this.kubeletKnowsDeletion ? this.meta.deletionGracePeriodSeconds : undefined,
    );
    this.emit('Normal', 'Killing', message || `Stopping container ${rec.name}`, rec);
    if (override !== undefined) grace = override;
    this.moveContainer(rec, 'KILL', 'Killing');
    const preStop = rec.spec.lifecycle?.preStop;
    if (preStop && grace > 0 && rec.kind !== 'ephemeral') {
      const start = this.now;
      const secs = hookSeconds(preStop, inst.behavior.preStopSeconds);
      // The kubelet waits for the hook at most the grace period, then goes on.
      const wait = Math.min(secs, grace);
      if (wait > 0) yield wait;
      if (secs <= grace && inst.behavior.preStopFails && !preStop.sleep) {
        this.emit('Warning', 'FailedPreStopHook', 'PreStopHook failed', rec);
      }
      this.moveContainer(
        rec,
        'PRE_STOP_DONE',
        secs > grace ? 'preStop still running at grace end' : 'preStop done',
        true,
      );
      grace -= Math.floor(this.now - start);
    }
    if (turn && grace > 0) {
      const start = this.now;
      yield* turn(grace);
      grace -= Math.floor(this.now - start);
    }
    if (grace < MIN_GRACE_PERIOD) grace = MIN_GRACE_PERIOD;
    if (!inst.exited.fired) {
      this.sigterm(rec, inst);
      const exited = yield { signal: inst.exited, timeout: grace };
      if (!exited && !inst.exited.fired) {
        this.moveContainer(rec, 'SIGKILL', 'SIGKILL', true);
        this.processExit(rec, inst, 137, 'SIGKILL');
      }
    }
    rec.killing = false;
  }

  private sigterm(rec: ContainerRecord, inst: Instance): void {
    inst.sigtermAt = this.now;
    this.moveContainer(rec, 'SIGTERM', 'SIGTERM', true);
    const shutdown = inst.behavior.shutdownSeconds ?? 1;
    if (!Number.isFinite(shutdown)) return;
    const at = this.now + shutdown;
    if (inst.exitJob && inst.exitJob.at <= at) return;
    this.clock.cancel(inst.exitJob);
    inst.exitJob = this.clock.schedule(at, () =>
      this.processExit(rec, inst, inst.behavior.shutdownExitCode ?? 143, 'exit after SIGTERM'),
    );
  }

  /** killPodWithSyncResult: every running container at once; sidecars after the main containers, in reverse order. */
  private *killPod(override: number | undefined): Co {
    const running = this.records.filter((r) => r.current && r.current.state !== 'exited');
    if (running.length === 0) return;
    const mains = running.filter((r) => r.kind !== 'sidecar');
    const sidecars = running.filter((r) => r.kind === 'sidecar');
    const cos: Co<unknown>[] = mains.map((r) => this.killContainer(r, '', 'other', override, undefined));
    for (const s of sidecars) {
      // terminationOrdering: a sidecar waits for every main container and for the sidecars defined after it.
      const before = [...mains, ...sidecars.filter((o) => o.index > s.index)];
      const turn = (limit: number) => this.waitExits(before, limit);
      cos.push(this.killContainer(s, '', 'other', override, turn));
    }
    yield* this.waitAll(cos);
  }

  /** terminationOrdering.waitForTurn: until those containers exited, at most `limit` seconds. */
  private *waitExits(recs: ContainerRecord[], limit: number): Co {
    const end = this.now + limit;
    for (const r of recs) {
      const inst = r.current;
      if (!inst || inst.exited.fired) continue;
      if (this.now >= end) return;
      yield { signal: inst.exited, timeout: end - this.now };
    }
  }

  // ------------------------------------------------------------ status

  /** convertToAPIContainerStatuses for one container, with the prober manager's `started` / `ready`. */
  private containerStatus(rec: ContainerRecord, hasInit: boolean): ContainerStatus {
    // While postStart runs the sync is blocked in the hook: the status still shows the previous instance.
    const frozen = rec.current?.state === 'created';
    const inst = frozen ? rec.previous : rec.current;
    const older = frozen ? undefined : rec.previous;
    const st: ContainerStatus = {
      name: rec.name,
      state: {},
      lastState: {},
      ready: false,
      restartCount: inst?.attempt ?? 0,
      image: inst ? inst.image : (rec.spec.image ?? ''),
      imageID: inst?.imageID ?? '',
      started: false,
    };
    if (inst) st.containerID = inst.id;
    if (!inst) {
      // Never created: the default waiting reason, or why the last start failed (reasonCache).
      st.state = rec.reason
        ? { waiting: { reason: rec.reason.reason, message: rec.reason.message } }
        : { waiting: { reason: hasInit ? 'PodInitializing' : 'ContainerCreating' } };
      return st;
    }
    if (inst.state === 'running') {
      st.state = { running: { startedAt: inst.startedAt } };
      st.lastState = terminatedOf(older);
      if (rec.kind === 'init' || rec.kind === 'ephemeral') {
        st.started = true;
      } else {
        const started = !rec.spec.startupProbe || this.probeResult(rec, 'startup') === 'Success';
        st.started = started;
        st.ready = started && (!rec.spec.readinessProbe || this.probeResult(rec, 'readiness') === 'Success');
      }
      return st;
    }
    // Exited: waiting with the reason of the failed restart (CrashLoopBackOff, ErrImagePull...) if it will restart.
    if (rec.reason && (frozen || this.shouldRestart(rec))) {
      st.state = { waiting: { reason: rec.reason.reason, message: rec.reason.message } };
      st.lastState = terminatedOf(inst);
    } else {
      st.state = terminatedOf(inst);
      st.lastState = terminatedOf(older);
      if (rec.kind === 'init' && inst.exitCode === 0) st.ready = true;
    }
    return st;
  }

  /** generateAPIPodStatus: container statuses, phase (getPhase), conditions (status/generate.go). */
  private generateStatus(podIsTerminal: boolean): PodStatus {
    const hasInit = (this.spec.initContainers ?? []).length > 0;
    const init = this.initRecs().map((r) => this.cachedContainerStatus(r, hasInit));
    const regular = this.recs('regular').map((r) => this.cachedContainerStatus(r, hasInit));
    const ephemeral = this.recs('ephemeral').map((r) => this.cachedContainerStatus(r, false));
    if (podIsTerminal) {
      // status manager TerminatePod: a container that is not terminated is reported as lost (a copy: the cached
      // status stays as generated).
      for (const list of [regular, init]) {
        for (let i = 0; i < list.length; i++) {
          const s = list[i];
          if (s.state.terminated) continue;
          if (s.state.waiting && !s.lastState.terminated && s.restartCount === 0 && !s.containerID) continue;
          list[i] = {
            ...s,
            state: {
              terminated: {
                exitCode: 137,
                reason: 'ContainerStatusUnknown',
                message: 'The container could not be located when the pod was terminated',
              },
            },
          };
        }
      }
    }
    const podHasInitialized = this.recs('regular').some((r) => r.current !== undefined);
    const draft: Pod = {
      metadata: this.meta,
      spec: this.spec,
      status: { phase: 'Pending', initContainerStatuses: init, containerStatuses: regular },
    };
    let phase = derivePodPhase(draft, { podIsTerminal, podHasInitialized, isStaticPod: this.isStatic });
    // A Pod being torn down ends in a terminal phase (static Pods excepted, upstream TODO #116484).
    if (podIsTerminal && !this.isStatic && !isTerminalPhase(phase)) phase = 'Failed';
    // "Pods are not allowed to transition out of terminal phases."
    const previous = this.kubeletStatus ?? this.apiStatus;
    if (isTerminalPhase(previous.phase)) phase = previous.phase;
    else if (isTerminalPhase(this.apiStatus.phase)) phase = this.apiStatus.phase;
    let reason: string | undefined;
    let message: string | undefined;
    if (this.statusReason) {
      phase = 'Failed';
      reason = this.statusReason.reason;
      message = this.statusReason.message;
    }
    const conditions = generateConditions(draft, phase, {
      sandboxReady: this.sandboxReady,
      scheduled: true,
      previous: this.apiStatus.conditions,
      now: this.now,
    });
    const status: PodStatus = { phase };
    if (reason) status.reason = reason;
    if (message) status.message = message;
    status.conditions = conditions;
    status.hostIP = this.hostIP;
    if (this.podIP) status.podIP = this.podIP;
    if (this.startTime !== undefined) status.startTime = this.startTime;
    status.qosClass = this.qosClass;
    if (hasInit) status.initContainerStatuses = init;
    status.containerStatuses = regular;
    if (ephemeral.length > 0) status.ephemeralContainerStatuses = ephemeral;
    return status;
  }

  /** Generates the status, keeps it in the status manager's cache and sends it to the API server. */
  writeStatus(podIsTerminal = false): void {
    // Most syncs change nothing: when every input of generateStatus is as it was after the last write, the
    // status it would generate equals the cached one, so that one is sent again.
    const inputs = this.statusInputs(podIsTerminal);
    const unchanged = this.kubeletStatus !== undefined && sameInputs(inputs, this.lastStatusInputs);
    const status = unchanged ? this.kubeletStatus! : this.generateStatus(podIsTerminal);
    this.kubeletStatus = status;
    this.triggerReadiness(status);
    this.publish(status);
    // Publishing changes only the two cached statuses among the inputs (triggerReadiness schedules probes for later).
    inputs[3] = this.apiStatus;
    inputs[4] = this.kubeletStatus;
    this.lastStatusInputs = inputs;
  }

  private lastStatusInputs: unknown[] = [];

  /**
   * Everything generateStatus reads (objects are replaced, never mutated, once published). What it reads of the
   * containers (records, instances, start failures, probe results) is summed up by `containerVersion`, which every
   * change to them bumps: comparing the inputs costs the same with 2 000 containers as with one (issue 15).
   */
  private statusInputs(podIsTerminal: boolean): unknown[] {
    return [
      podIsTerminal,
      this.spec,
      this.meta,
      this.apiStatus,
      this.kubeletStatus,
      this.statusReason,
      this.sandboxReady,
      this.podIP,
      this.hostIP,
      this.startTime,
      this.kubeletKnowsDeletion,
      this.termination,
      this.records.length,
      this.probes.length,
      this.containerVersion,
    ];
  }

  /** Bumped by every change to what a container status is made of (see statusInputs). */
  private containerVersion = 0;
  /**
   * Something a container's status is made of changed (its instances, its start failure, its probe results, its
   * spec): the version moves on and that container's status is generated again (all of them without `rec`).
   */
  private containerChanged(rec?: ContainerRecord): void {
    this.containerVersion++;
    if (!this.recCache) return;
    if (rec) {
      const c = this.recCache.get(rec);
      if (c) c.status = undefined;
    } else {
      for (const c of this.recCache.values()) c.status = undefined;
    }
  }

  /**
   * What is kept per container between syncs (issue 15), made on first use (a cluster runs thousands of small Pods):
   * - the last status generated, and what it read of the Pod besides the container (shouldRestart reads the
   *   deletion, the termination and the spec): a sync of a Pod of 2 000 containers in which one container exited
   *   generates one container status, not 2 000. Cached statuses are shared by the Pod statuses that hold them, so
   *   they are never mutated (TerminatePod in generateStatus replaces them);
   * - the texts repeated at every restart (`BackOff` event, CrashLoopBackOff message), built once per Pod
   *   reference and delay: interning a text that is already the same string object costs no hashing.
   */
  private recCache?: Map<ContainerRecord, RecCache>;
  private cacheOf(rec: ContainerRecord): RecCache {
    if (!this.recCache) this.recCache = new Map();
    let c = this.recCache.get(rec);
    if (c === undefined) {
      c = { hasInit: false, knows: false, spec: this.spec, podRef: '' };
      this.recCache.set(rec, c);
    }
    return c;
  }
  private cachedContainerStatus(rec: ContainerRecord, hasInit: boolean): ContainerStatus {
    // A small Pod regenerates its few statuses: keeping them would cost more than it saves (a cluster's Pods).
    if (this.records.length < STATUS_CACHE_MIN_CONTAINERS) return this.containerStatus(rec, hasInit);
    const c = this.cacheOf(rec);
    if (
      c.status !== undefined &&
      c.hasInit === hasInit &&
      c.knows === this.kubeletKnowsDeletion &&
      c.termination === this.termination &&
      c.spec === this.spec
    )
      return c.status;
    c.status = this.containerStatus(rec, hasInit);
    c.hasInit = hasInit;
    c.knows = this.kubeletKnowsDeletion;
    c.termination = this.termination;
    c.spec = this.spec;
    return c.status;
  }

  /** The texts of `rec` for the current Pod reference (`web_default(uid)`). */
  private textsOf(rec: ContainerRecord): RecCache {
    const c = this.cacheOf(rec);
    const ref = this.podRef;
    if (c.podRef !== ref) {
      c.podRef = ref;
      c.backOffEvent = undefined;
      c.crashLoop = undefined;
    }
    return c;
  }

  /** `Back-off restarting failed container app in pod web_default(uid)` (the BackOff event). */
  private backOffEventText(rec: ContainerRecord): string {
    const c = this.textsOf(rec);
    if (c.backOffEvent === undefined)
      c.backOffEvent = `Back-off restarting failed container ${rec.name} in pod ${c.podRef}`;
    return c.backOffEvent;
  }

  /** `back-off 40s restarting failed container=app pod=web_default(uid)` (kuberuntime_manager.go doBackOff). */
  private crashLoopMessage(rec: ContainerRecord, delay: number): string {
    const c = this.textsOf(rec);
    if (c.crashLoop === undefined) c.crashLoop = new Map();
    let t = c.crashLoop.get(delay);
    if (t === undefined) {
      t = `back-off ${formatGoDuration(delay)} restarting failed container=${rec.name} pod=${c.podRef}`;
      if (c.crashLoop.size < 64) c.crashLoop.set(delay, t);
    }
    return t;
  }

  /** The reasonCache entry of a failed start; an equal entry is kept as it is (the status does not change). */
  private setStartFailure(rec: ContainerRecord, reason: string, message: string): void {
    if (rec.reason && rec.reason.reason === reason && rec.reason.message === message) return;
    rec.reason = { reason, message };
    this.containerChanged(rec);
  }

  /** The status manager's PATCH of the Pod status (kept conditions it does not own, e.g. DisruptionTarget). */
  private publish(status: PodStatus): void {
    if (this.history) {
      const phaseBefore = this.podMachine.region('phase');
      if (phaseBefore !== status.phase) {
        const ev =
          status.phase === 'Running'
            ? 'RUNNING'
            : status.phase === 'Succeeded'
              ? 'SUCCEEDED'
              : status.phase === 'Failed'
                ? 'FAILED'
                : 'PENDING';
        this.movePod(ev, status.reason ?? 'getPhase');
      }
      if (this.lifecycleShouldInitialize(status)) this.movePod('INITIALIZED', 'Initialized');
    }
    if (!this.connected || this.removedAt !== undefined) return;
    this.apiStatus = status;
    this.record();
  }

  private lifecycleShouldInitialize(status: PodStatus): boolean {
    return (
      this.podMachine.region('lifecycle') === 'Initializing' &&
      (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True')
    );
  }

  /** status manager SetContainerReadiness / SetContainerStartup: patch one flag and the readiness conditions. */
  private patchContainerFlag(rec: ContainerRecord): void {
    const cached = this.kubeletStatus;
    if (!cached || !rec.current) return;
    const list =
      rec.kind === 'regular'
        ? cached.containerStatuses
        : rec.kind === 'ephemeral'
          ? undefined
          : cached.initContainerStatuses;
    const i = (list ?? []).findIndex((s) => s.name === rec.name && s.containerID === rec.current!.id);
    if (!list || i < 0 || !list[i].state.running) return;
    const fresh = this.containerStatus(rec, (this.spec.initContainers ?? []).length > 0);
    if (fresh.ready === list[i].ready && fresh.started === list[i].started) return;
    const nextList = list.map((s, j) => (j === i ? { ...s, ready: fresh.ready, started: fresh.started } : s));
    const next: PodStatus = { ...cached };
    if (rec.kind === 'regular') next.containerStatuses = nextList;
    else next.initContainerStatuses = nextList;
    const draft: Pod = { metadata: this.meta, spec: this.spec, status: next };
    next.conditions = generateConditions(draft, next.phase, {
      sandboxReady: this.sandboxReady,
      scheduled: true,
      previous: this.apiStatus.conditions,
      now: this.now,
    });
    this.kubeletStatus = next;
    this.publish(next);
  }

  // ------------------------------------------------------------ prober

  private addProbeWorkers(rec: ContainerRecord): void {
    if (rec.kind === 'init' || rec.kind === 'ephemeral') return;
    const types: [ProbeType, Probe | undefined][] = [
      ['startup', rec.spec.startupProbe],
      ['liveness', rec.spec.livenessProbe],
      ['readiness', rec.spec.readinessProbe],
    ];
    for (const [type, probe] of types) {
      if (!probe) continue;
      const w: ProbeWorker = {
        rec,
        type,
        probe,
        machine: new MachineState(probeMachine),
        name: `probe/${rec.name}/${type}`,
        resultRun: 0,
        onHold: false,
        stopped: false,
        manualAt: -1,
        lastProbeAt: -1,
      };
      this.probes.push(w);
      this.containerChanged(rec);
      if (this.history)
        this.transitions.push({ time: this.now, machine: w.name, machineId: 'probe', from: null, to: w.machine.key });
      // No start-up jitter: the kubelet only sleeps a random part of the period right after its own restart.
      w.tick = () => this.probeTick(w);
      w.job = this.clock.schedule(this.now, w.tick);
    }
  }

  private probeTick(w: ProbeWorker): void {
    w.job = undefined;
    if (w.stopped) return;
    const keepGoing = this.doProbe(w);
    if (!keepGoing) {
      this.stopProbe(w);
      return;
    }
    w.job = this.clock.after(w.probe.periodSeconds ?? 10, w.tick!);
  }

  private stopProbe(w: ProbeWorker): void {
    if (w.stopped) return;
    w.stopped = true;
    this.clock.cancel(w.job);
    w.job = undefined;
    this.move(w.machine, w.name, 'probe', 'STOP', 'worker stopped');
  }

  private setResult(w: ProbeWorker, result: 'SUCCESS' | 'FAILURE' | 'UNKNOWN', cause: string): void {
    const value = result === 'SUCCESS' ? 'Success' : result === 'FAILURE' ? 'Failure' : 'Unknown';
    this.move(w.machine, w.name, 'probe', result, cause);
    if (w.result === value) return;
    w.result = value;
    this.containerChanged(w.rec);
    if (w.type === 'readiness' || (w.type === 'startup' && result === 'SUCCESS')) this.patchContainerFlag(w.rec);
    this.requestSync();
  }

  /** prober/worker.go `doProbe`; returns false when the worker should stop. */
  private doProbe(w: ProbeWorker): boolean {
    const status = this.kubeletStatus;
    if (!status) return true;
    if (isTerminalPhase(status.phase)) return false;
    const list = w.rec.kind === 'regular' ? status.containerStatuses : status.initContainerStatuses;
    const c = (list ?? []).find((s) => s.name === w.rec.name);
    if (!c || !c.containerID) return true;
    if (w.containerId !== c.containerID) {
      w.containerId = c.containerID;
      this.containerChanged(w.rec);
      w.onHold = false;
      this.setResult(w, INITIAL_RESULT[w.type], 'new container');
    }
    if (w.onHold) return true;
    if (!c.state.running) {
      this.setResult(w, 'FAILURE', 'container not running');
      return !c.state.terminated || this.spec.restartPolicy !== 'Never' || w.rec.kind === 'sidecar';
    }
    if (this.kubeletKnowsDeletion && w.type !== 'readiness') {
      this.setResult(w, 'SUCCESS', 'Pod terminating');
      return false;
    }
    const inst = w.rec.current;
    if (!inst || inst.id !== c.containerID) return true;
    if (Math.trunc(this.now - c.state.running.startedAt) < (w.probe.initialDelaySeconds ?? 0)) return true;
    if (c.started) {
      if (w.type === 'startup') return true;
    } else if (w.type !== 'startup') {
      return true;
    }
    w.lastProbeAt = this.now;
    const { ok, output } = runProbe(
      w.type,
      w.probe,
      w.rec.spec,
      inst.behavior,
      this.now - inst.startedAt,
      this.podIP ?? POD_IP,
    );
    if (!ok) this.emit('Warning', 'Unhealthy', probeEventMessage(w.type, output), w.rec);
    if (w.lastOk === ok) w.resultRun++;
    else {
      w.lastOk = ok;
      w.resultRun = 1;
    }
    if ((!ok && w.resultRun < (w.probe.failureThreshold ?? 3)) || (ok && w.resultRun < (w.probe.successThreshold ?? 1)))
      return true;
    this.setResult(w, ok ? 'SUCCESS' : 'FAILURE', ok ? 'probe succeeded' : 'Unhealthy');
    if ((w.type === 'liveness' || w.type === 'startup') && !ok) {
      w.onHold = true;
      w.resultRun = 0;
      this.move(w.machine, w.name, 'probe', 'HOLD', 'waiting for a new container');
    }
    return true;
  }

  /**
   * Whether the kubelet's pending work can still change anything: `undefined` while it can (a sync, a retry, a
   * deadline, a process exit, a probe whose result may change), else the number of probe ticks it keeps
   * scheduled that will only confirm a steady Success. A cluster is settled when only such ticks are left.
   */
  idleJobs(): number | undefined {
    if (this.syncRunning || this.syncQueued || this.syncPending) return undefined;
    if ((this.retryJob && !this.retryJob.cancelled) || (this.deadlineJob && !this.deadlineJob.cancelled))
      return undefined;
    for (const rec of this.records) {
      if (rec.killing) return undefined;
      const job = rec.current?.exitJob;
      if (job && !job.cancelled) return undefined;
    }
    let n = 0;
    for (const w of this.probes) {
      if (w.stopped || !w.job || w.job.cancelled) continue;
      const inst = w.rec.current;
      if (!inst || inst.state !== 'running' || w.containerId !== inst.id || w.onHold) return undefined;
      // A started container's startup probe is no longer run; the others must keep succeeding for good.
      const startupDone = w.type === 'startup' && w.result === 'Success';
      const b = inst.behavior;
      const steady =
        w.lastOk === true &&
        w.result === 'Success' &&
        b.unhealthyAfterSeconds === undefined &&
        (w.type !== 'readiness' || b.notReadyAfterSeconds === undefined);
      if (!startupDone && !steady) return undefined;
      n++;
    }
    return n;
  }

  /** UpdatePodStatus: a running, started container whose readiness is not Success gets an immediate probe. */
  private triggerReadiness(status: PodStatus): void {
    for (const w of this.probes) {
      if (w.type !== 'readiness' || w.stopped || w.manualAt === this.now || w.lastProbeAt === this.now) continue;
      const list = w.rec.kind === 'regular' ? status.containerStatuses : status.initContainerStatuses;
      const c = (list ?? []).find((s) => s.name === w.rec.name);
      if (!c?.state.running || !c.started || c.ready) continue;
      w.manualAt = this.now;
      this.clock.schedule(this.now, () => {
        if (!w.stopped && w.lastProbeAt !== this.now) this.doProbe(w);
      });
    }
  }

  // ------------------------------------------------------------ run

  run(until: number, explicitUntil: boolean, maxSteps: number): Simulation {
    let stopReason: Simulation['stopReason'] = 'settled';
    for (;;) {
      const next = this.clock.peekTime();
      if (next === undefined) break;
      if (next > until) {
        stopReason = 'until';
        break;
      }
      if (this.clock.steps >= maxSteps) {
        stopReason = 'eventCap';
        break;
      }
      this.clock.step();
    }
    this.stopped = true;
    const endTime =
      stopReason === 'eventCap'
        ? this.clock.now
        : stopReason === 'until' || explicitUntil
          ? Math.max(until, this.clock.now)
          : this.clock.now;
    if (stopReason === 'until' && !explicitUntil) {
      this.notices.push(
        `Stopped at t=${until}s (the default limit): the Pod never settles (a probe keeps running, a container keeps restarting, or the Pod keeps running). Pass \`until\` to choose the horizon.`,
      );
    } else if (stopReason === 'eventCap') {
      this.notices.push(
        `Stopped at t=${this.clock.now}s after ${maxSteps.toLocaleString('en-US')} steps (the event cap). Shorten \`until\`.`,
      );
    }
    return this.result(endTime, stopReason);
  }

  private result(endTime: number, stopReason: Simulation['stopReason']): Simulation {
    const snaps = this.snapshots;
    const times = snaps.map((s) => s.time);
    const removedAt = this.removedAt;
    // Index of the last snapshot at or before t (binary search).
    const at = (t: number): number => {
      let lo = 0;
      let hi = times.length - 1;
      if (t < times[0]) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (times[mid] <= t) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const finalPod: Pod = clone(snaps[snaps.length - 1].pod);
    const sim: Simulation = {
      pod: finalPod,
      events: this.events,
      watch: this.watch,
      transitions: this.transitions,
      statusAt: (t: number) => snaps[at(t)].pod.status as PodStatus,
      podAt: (t: number) => (removedAt !== undefined && t >= removedAt ? null : snaps[at(t)].pod),
      endTime,
      stopReason,
    };
    if (removedAt !== undefined) sim.removedAt = removedAt;
    if (this.notices.length > 0) sim.notice = this.notices.join('\n');
    return sim;
  }
}
