/**
 * The cluster simulation: one virtual clock, the API objects, and the control loops of Kubernetes 1.35
 * that act on them (scheduler, ReplicaSet, Deployment, StatefulSet, disruption, node lifecycle and
 * taint-eviction controllers, the Eviction API, `kubectl drain`). Every Pod is run by the single-Pod
 * model's kubelet (../lifecycle/kubelet.ts: init containers, sidecars, probes, hooks, image pulls,
 * crash-loop back-off, graceful termination), bound to its node and on the cluster's clock.
 *
 * Controllers react within the same virtual second (no informer latency); the kubelet's steps take the
 * time the behaviours give them. Everything is deterministic for a given scenario and seed.
 */
import { VirtualClock } from '../lifecycle/clock';
import { applyDefaults } from '../lifecycle/defaults';
import { podTemplateHash } from '../lifecycle/hash';
import { PodLabError, isPodLabError, invalidMessage } from '../lifecycle/errors';
import { validatePod } from '../lifecycle/validation';
import { PodSimulation } from '../lifecycle/kubelet';
import { checkConditionAction } from '../lifecycle/simulate';
import { kubectlAge, podRow } from '../lifecycle/kubectl';
import { normalizeImage } from '../lifecycle/image';
import type { BehaviorSpec, Container, KubeEvent, Pod, PodCondition, PodPhase, Toleration } from '../lifecycle/types';
import { parseClusterObjects, defaultTemplate } from './parse';
import { selectorMatches } from './labels';
import { stepNode, type NodeStage } from './machines';
import {
  newRSNewReplicas,
  proportionalScale,
  reconcileOldReplicaSets,
  maxSurge as resolveMaxSurge,
  type RSView,
  type ScaleView,
  type StrategyView,
} from './deploymentutil';
import { computeBudgetStatus, decideEviction, type BudgetPod, type BudgetStatus } from './disruption';
import { JobController } from './job';
import { PodGC } from './podgc';
import { evictionDelay, tolerationsTolerateTaint } from '../controller/tainteviction';
import { checkDemand, podDemand } from './checks';
import type {
  ClusterAction,
  ClusterObject,
  ClusterScenario,
  ClusterSimulation,
  ClusterState,
  ClusterWatchLine,
  Deployment,
  DeploymentState,
  DrainLine,
  EvictionAnswer,
  NodeCondition,
  NodeState,
  PodDisruptionBudget,
  PodDisruptionBudgetState,
  PodState,
  PodTemplateSpec,
  ReplicaSet,
  ReplicaSetState,
  RolloutRevision,
  StatefulSet,
  StatefulSetState,
  Taint,
} from './types';

const HASH_LABEL = 'pod-template-hash';
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const DESIRED_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
const MAX_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
const UNREACHABLE = 'node.kubernetes.io/unreachable';
const UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const DEFAULT_UNTIL = 3600;
const EVENT_CAP = 2_000_000;
/** kube-controller-manager `--node-monitor-period`. */
const NODE_MONITOR_PERIOD = 5;
/** `kubectl drain`: retry after a 429. */
const DRAIN_RETRY_SECONDS = 5;

// ---------------------------------------------------------------- internal records

interface Snapshot<T> {
  t: number;
  v: T;
}

interface PodRec {
  seq: number;
  uid: string;
  name: string;
  /** The Pod's kubelet, which also holds the Pod object as the API server stores it. */
  kubelet: PodSimulation;
  ownerKind?: 'ReplicaSet' | 'StatefulSet' | 'Job';
  ownerUid?: string;
  ownerName?: string;
  node?: string;
  createdAt: number;
  removedAt?: number;
  /** Ready when the controllers last looked (to wake them after minReadySeconds). */
  wasReady: boolean;
  unschedulableMessage?: string;
  history: Snapshot<PodState>[];
  lastCols?: string;
  revisionHash?: string;
  group?: string;
  /** The labels as the snapshots show them, copied once per labels object of the Pod. */
  labels?: Record<string, string>;
  labelsSource?: Record<string, string>;
}

interface RSRec {
  rs: ReplicaSet;
  uid: string;
  name: string;
  createdAt: number;
  deployment?: DeployRec;
  templateKey: string;
  hash?: string;
  pods: Set<PodRec>;
  history: Snapshot<ReplicaSetState>[];
  lastCols?: string;
  removedAt?: number;
  podSpec?: Pod['spec'];
  /** The API server's answer to its Pods when they do not validate (null: they do). */
  createError?: string | null;
  failedCreate?: string;
  statusCache?: { epoch: number; time: number; value: { current: number; ready: number; available: number } };
}

interface DeployRec {
  d: Deployment;
  uid: string;
  name: string;
  createdAt: number;
  collisionCount: number;
  rss: RSRec[];
  history: Snapshot<DeploymentState>[];
  changeCause?: string;
}

interface StsRec {
  s: StatefulSet;
  uid: string;
  name: string;
  createdAt: number;
  pods: Set<PodRec>;
  currentRevision: string;
  updateRevision: string;
  /** The templates of the revisions seen so far (the ControllerRevisions), by name. */
  revisions: Map<string, PodTemplateSpec>;
  history: Snapshot<StatefulSetState>[];
  lastCols?: string;
  failedCreate?: string;
}

interface PdbRec {
  p: PodDisruptionBudget;
  name: string;
  status: BudgetStatus;
  history: Snapshot<PodDisruptionBudgetState>[];
}

interface NodeRec {
  name: string;
  index: number;
  stage: NodeStage;
  unschedulable: boolean;
  conditions: NodeCondition[];
  taints: Taint[];
  /** Normalised image names, shared by the kubelets of the node's Pods. */
  images: Set<string>;
  pods: Set<PodRec>;
  /** Pods per spreading group (see groupOf). */
  groups: Map<string, number>;
  lostAt?: number;
  history: Snapshot<NodeState>[];
  ipCounter: number;
}

interface DrainRec {
  node: string;
  requester: string;
  pending: Set<string>;
  waiting: Set<PodRec>;
  done: boolean;
  force: boolean;
}

// ---------------------------------------------------------------- helpers

/**
 * `names.SimpleNameGenerator.GenerateName` (apiserver storage/names/generate.go): the base is cut to 58
 * characters so that base + 5 random characters fit in 63.
 */
function generateNameBase(base: string): string {
  return base.length > 58 ? base.slice(0, 58) : base;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Canonical JSON (sorted keys) for template equality. */
function canon(v: unknown): string {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** `EqualIgnoreHash`: templates compared without the pod-template-hash label. */
function templateKey(t: PodTemplateSpec): string {
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels[HASH_LABEL];
  return canon({ ...t, metadata: { ...(t.metadata ?? {}), labels } });
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete out[k];
    else if ((k === 'containers' || k === 'initContainers') && Array.isArray(v) && Array.isArray(out[k])) {
      // Strategic merge: containers merge by name.
      const list = [...(out[k] as Container[])];
      for (const c of v as Container[]) {
        const i = list.findIndex((x) => x.name === c.name);
        if (i >= 0) list[i] = mergePatch(list[i], c) as Container;
        else list.push(c);
      }
      out[k] = list;
    } else out[k] = mergePatch(out[k], v);
  }
  return out;
}

// ---------------------------------------------------------------- the engine

export class ClusterEngine {
  readonly clock = new VirtualClock();
  readonly events: KubeEvent[] = [];
  readonly watch: ClusterWatchLine[] = [];
  readonly evictions: EvictionAnswer[] = [];
  readonly drainLines: DrainLine[] = [];
  readonly nodes: NodeRec[] = [];
  readonly nodeByName = new Map<string, NodeRec>();
  readonly deployments: DeployRec[] = [];
  readonly replicaSets: RSRec[] = [];
  readonly statefulSets: StsRec[] = [];
  readonly pdbs: PdbRec[] = [];
  readonly allPods: PodRec[] = [];
  /** Live Pods (in the API) by name. */
  readonly livePods = new Map<string, PodRec>();
  readonly unscheduled = new Set<PodRec>();
  readonly orphans = new Set<PodRec>();
  private readonly rsByUid = new Map<string, RSRec>();
  private readonly stsByUid = new Map<string, StsRec>();
  private readonly rng: () => number;
  /** ClusterSpec of the Pods' kubelets: nothing beyond the nodes (no missing or private images). */
  /** What every kubelet reads of the namespace: the ConfigMaps and Secrets that exist (filled in place as they are created). */
  private readonly kubeletCluster: { configMaps: string[]; secrets: string[] } = { configMaps: [], secrets: [] };
  private readonly dirtyPods = new Set<PodRec>();
  private readonly dirtyRS = new Set<RSRec>();
  private readonly dirtySts = new Set<StsRec>();
  private dirtyCluster = true;
  private changed = false;
  readonly times = new Set<number>();
  private podSeq = 0;
  /** Bumped on every Pod change: ReplicaSet counts are cached per epoch and second. */
  private epoch = 0;
  private readonly drains: DrainRec[] = [];
  private readonly nodeMonitorGrace: number;
  private readonly scenario: ClusterScenario;
  /** The Job controller (./job.ts), which reads and writes Pods through this engine. */
  readonly jobs: JobController<PodRec> = new JobController<PodRec>({
    now: () => this.clock.now,
    schedule: (at, fn) => void this.clock.schedule(at, fn),
    suffix: () => this.suffix(),
    uid: () => this.uid(),
    event: (type, reason, object, message, source) => this.event(type, reason, object, message, source),
    createPod: (pod, owner) => this.createPod(applyDefaults(pod), owner),
    deletePod: (p) => this.deletePod(p),
    view: (p) => ({
      name: p.name,
      phase: this.phaseOf(p),
      deleting: this.deleting(p),
      removed: p.removedAt !== undefined,
      ready: this.isReady(p),
      status: p.kubelet.apiStatus,
      deletionTimestamp: p.kubelet.meta.deletionTimestamp,
      deletionGracePeriodSeconds: p.kubelet.meta.deletionGracePeriodSeconds,
    }),
    changed: () => {
      this.changed = true;
    },
    watch: (name, columns) => this.watch.push({ time: this.clock.now, kind: 'Job', name, columns }),
  });
  /** PodGC (./podgc.ts): terminated Pods above --terminated-pod-gc-threshold. */
  private podGC!: PodGC<PodRec>;

  constructor(scenario: ClusterScenario) {
    this.scenario = scenario;
    this.rng = mulberry32(scenario.seed ?? 1);
    this.nodeMonitorGrace = scenario.nodeMonitorGracePeriodSeconds ?? 50;
    this.podGC = new PodGC<PodRec>(
      {
        now: () => this.clock.now,
        schedule: (at, fn) => void this.clock.schedule(at, fn),
        count: () => this.livePods.size,
        pods: () => this.livePods.values(),
        view: (p) => ({
          name: p.name,
          phase: this.phaseOf(p),
          createdAt: p.createdAt,
          evicted: this.phaseOf(p) === 'Failed' && p.kubelet.apiStatus.reason === 'Evicted',
        }),
        forceDelete: (p) => p.kubelet.actionDelete({ force: true, gracePeriodSeconds: 0 }),
      },
      scenario.terminatedPodGCThreshold,
    );
    const names =
      scenario.nodes?.names ?? Array.from({ length: scenario.nodes?.count ?? 3 }, (_, i) => `node-${i + 1}`);
    if (names.length === 0)
      throw new PodLabError('scenario', 'nodes: a cluster needs at least one node', [
        { field: 'nodes', message: 'Required value' },
      ]);
    names.forEach((name, index) => {
      const n: NodeRec = {
        name,
        index,
        stage: 'Ready',
        unschedulable: false,
        taints: [],
        images: new Set((scenario.nodes?.imagesOnNode ?? []).map(normalizeImage)),
        pods: new Set(),
        groups: new Map(),
        history: [],
        ipCounter: 1,
        conditions: [
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
            lastTransitionTime: 0,
          },
        ],
      };
      this.nodes.push(n);
      this.nodeByName.set(name, n);
    });
  }

  // ------------------------------------------------------------ ids and events

  private suffix(n = 5): string {
    let s = '';
    for (let i = 0; i < n; i++) s += NAME_ALPHABET[Math.floor(this.rng() * NAME_ALPHABET.length)];
    return s;
  }

  private uid(): string {
    const hex = (n: number) => Array.from({ length: n }, () => Math.floor(this.rng() * 16).toString(16)).join('');
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(this.rng() * 4)]}${hex(3)}-${hex(12)}`;
  }

  private event(type: 'Normal' | 'Warning', reason: string, object: string, message: string, source: string): void {
    this.events.push({ time: this.clock.now, type, reason, object, message, source });
  }

  private touch(p: PodRec): void {
    this.epoch++;
    this.dirtyPods.add(p);
    this.changed = true;
    if (p.ownerKind === 'ReplicaSet') {
      const rs = this.rsByUid.get(p.ownerUid!);
      if (rs) this.dirtyRS.add(rs);
    } else if (p.ownerKind === 'StatefulSet') {
      const s = this.stsByUid.get(p.ownerUid!);
      if (s) this.dirtySts.add(s);
    } else if (p.ownerKind === 'Job') this.jobs.touch(p.ownerUid);
  }

  // ------------------------------------------------------------ objects

  addObjects(objs: ClusterObject[]): void {
    for (const o of objs) {
      switch (o.kind) {
        case 'Deployment': {
          const d: DeployRec = {
            d: o,
            uid: this.uid(),
            name: o.metadata.name!,
            createdAt: this.clock.now,
            collisionCount: 0,
            rss: [],
            history: [],
          };
          d.d.metadata.uid = d.uid;
          d.d.metadata.creationTimestamp = this.clock.now;
          d.changeCause = o.metadata.annotations?.['kubernetes.io/change-cause'];
          this.deployments.push(d);
          break;
        }
        case 'ReplicaSet':
          this.createRS(o, undefined);
          break;
        case 'StatefulSet': {
          const key = podTemplateHash(o.spec.template);
          const s: StsRec = {
            s: o,
            uid: this.uid(),
            name: o.metadata.name!,
            createdAt: this.clock.now,
            pods: new Set(),
            currentRevision: `${o.metadata.name}-${key}`,
            updateRevision: `${o.metadata.name}-${key}`,
            history: [],
            revisions: new Map([[`${o.metadata.name}-${key}`, structuredClone(o.spec.template)]]),
          };
          s.s.metadata.uid = s.uid;
          this.statefulSets.push(s);
          this.stsByUid.set(s.uid, s);
          this.dirtySts.add(s);
          break;
        }
        case 'Job':
          this.jobs.add(o);
          break;
        case 'PodDisruptionBudget':
          this.pdbs.push({
            p: o,
            name: o.metadata.name!,
            status: {
              currentHealthy: 0,
              desiredHealthy: 0,
              expectedPods: 0,
              disruptionsAllowed: 0,
              disruptedPods: {},
              unmanagedPods: [],
            },
            history: [],
          });
          break;
        case 'ConfigMap':
          this.kubeletCluster.configMaps.push(o.metadata.name!);
          break;
        case 'Secret':
          this.kubeletCluster.secrets.push(o.metadata.name!);
          break;
        case 'Pod': {
          if (this.livePods.has(o.metadata.name!))
            throw new PodLabError('scenario', `pods ${JSON.stringify(o.metadata.name)} already exists`, [
              { field: 'metadata.name', message: 'Duplicate value' },
            ]);
          const p = this.createPod(applyDefaults(o), undefined);
          this.orphans.add(p);
          break;
        }
      }
    }
    this.dirtyCluster = true;
  }

  private createRS(rs: ReplicaSet, d: DeployRec | undefined): RSRec {
    const rec: RSRec = {
      rs,
      uid: this.uid(),
      name: rs.metadata.name!,
      createdAt: this.clock.now,
      deployment: d,
      templateKey: templateKey(rs.spec.template),
      hash: rs.metadata.labels?.[HASH_LABEL],
      pods: new Set(),
      history: [],
    };
    rs.metadata.uid = rec.uid;
    rs.metadata.creationTimestamp = this.clock.now;
    this.replicaSets.push(rec);
    this.rsByUid.set(rec.uid, rec);
    if (d) d.rss.push(rec);
    this.dirtyRS.add(rec);
    return rec;
  }

  private behaviorFor(ownerName: string | undefined, deployName: string | undefined, c: Container): BehaviorSpec {
    for (const r of this.scenario.behaviors ?? []) {
      if (r.owner !== undefined && r.owner !== ownerName && r.owner !== deployName) continue;
      if (r.image !== undefined && r.image !== c.image) continue;
      if (r.container !== undefined && r.container !== c.name) continue;
      return r.behavior;
    }
    return this.scenario.behavior?.[c.name] ?? {};
  }

  private createPod(
    pod: Pod,
    owner: { kind: 'ReplicaSet' | 'StatefulSet' | 'Job'; uid: string; name: string; deployment?: string } | undefined,
  ): PodRec {
    const uid = this.uid();
    pod.metadata.uid = uid;
    pod.metadata.creationTimestamp = this.clock.now;
    const behavior: Record<string, BehaviorSpec> = {};
    for (const c of [...(pod.spec.initContainers ?? []), ...pod.spec.containers])
      behavior[c.name] = this.behaviorFor(owner?.name ?? pod.metadata.name, owner?.deployment, c);
    // The kubelet reports to the API server and controllers (`rec` exists by the time it first reports).
    const kubelet = new PodSimulation(
      pod,
      this.kubeletCluster,
      behavior,
      {},
      {
        clock: this.clock,
        history: false,
        host: {
          podChanged: () => this.podChanged(rec),
          event: (e) => this.events.push(e),
          podRemoved: () => this.podRemoved(rec),
        },
      },
    );
    const rec: PodRec = {
      seq: this.podSeq++,
      uid,
      name: pod.metadata.name!,
      kubelet,
      ownerKind: owner?.kind,
      ownerUid: owner?.uid,
      ownerName: owner?.name,
      createdAt: this.clock.now,
      wasReady: false,
      history: [],
    };
    this.allPods.push(rec);
    this.livePods.set(rec.name, rec);
    this.unscheduled.add(rec);
    this.touch(rec);
    if (pod.spec.nodeName) {
      const n = this.nodeByName.get(pod.spec.nodeName);
      if (n) this.bind(rec, n);
    }
    return rec;
  }

  /** What the API server answers to a controller's Pod that does not validate (ValidatePodCreate), or undefined. */
  private createPodError(pod: Pod): string | undefined {
    const errors = validatePod(pod);
    return errors.length ? invalidMessage('Pod', pod.metadata.name, errors).replace(/^The /, '') : undefined;
  }

  /** A controller's create was refused: one FailedCreate event per message (the controller retries with back-off). */
  private failedCreate(owner: { failedCreate?: string }, object: string, error: string, source: string): void {
    if (owner.failedCreate === error) return;
    owner.failedCreate = error;
    this.event('Warning', 'FailedCreate', object, `Error creating: ${error}`, source);
  }

  /** The kubelet (or the API server) changed the Pod object. */
  private podChanged(p: PodRec): void {
    this.touch(p);
    const ready = this.isReady(p);
    if (ready && !p.wasReady) {
      // Availability comes minReadySeconds after Ready: wake the controllers then.
      const min = this.minReadySeconds(p);
      if (min > 0)
        this.clock.after(min, () => {
          if (p.removedAt === undefined) this.touch(p);
        });
    }
    p.wasReady = ready;
  }

  private minReadySeconds(p: PodRec): number {
    if (p.ownerKind === 'ReplicaSet') return this.rsByUid.get(p.ownerUid!)?.rs.spec.minReadySeconds ?? 0;
    if (p.ownerKind === 'StatefulSet') return this.stsByUid.get(p.ownerUid!)?.s.spec.minReadySeconds ?? 0;
    return 0;
  }

  // ------------------------------------------------------------ Pod status (read from the kubelet's API object)

  private podOf(p: PodRec): Pod {
    return p.kubelet.apiPod();
  }

  private labelsOf(p: PodRec): Record<string, string> | undefined {
    return p.kubelet.meta.labels;
  }

  private deleting(p: PodRec): boolean {
    return p.kubelet.meta.deletionTimestamp !== undefined;
  }

  private phaseOf(p: PodRec): PodPhase {
    return p.kubelet.apiStatus.phase;
  }

  private isTerminal(p: PodRec): boolean {
    const phase = this.phaseOf(p);
    return phase === 'Succeeded' || phase === 'Failed';
  }

  private readyCondition(p: PodRec): PodCondition | undefined {
    return p.kubelet.apiStatus.conditions?.find((c) => c.type === 'Ready');
  }

  /** `podutil.IsPodReady`: the Ready condition is True. */
  private isReady(p: PodRec): boolean {
    if (p.removedAt !== undefined || this.isTerminal(p)) return false;
    return this.readyCondition(p)?.status === 'True';
  }

  /** When the Ready condition last became True (`lastTransitionTime`). */
  private readySince(p: PodRec): number | undefined {
    const c = this.readyCondition(p);
    return c?.status === 'True' ? c.lastTransitionTime : undefined;
  }

  /** `controller.IsPodActive`. */
  private isActive(p: PodRec): boolean {
    return p.removedAt === undefined && !this.isTerminal(p) && !this.deleting(p);
  }

  /** `podutil.IsPodAvailable`. */
  private isAvailable(p: PodRec, minReadySeconds: number): boolean {
    const since = this.readySince(p);
    if (!this.isReady(p) || since === undefined) return false;
    return minReadySeconds === 0 || since + minReadySeconds <= this.clock.now;
  }

  /** `maxContainerRestarts`. */
  private restarts(p: PodRec): number {
    return (p.kubelet.apiStatus.containerStatuses ?? []).reduce((m, c) => Math.max(m, c.restartCount), 0);
  }

  private podState(p: PodRec, pod: Pod, row: ReturnType<typeof podRow>): PodState {
    const status = pod.status!;
    const rs = p.ownerKind === 'ReplicaSet' ? this.rsByUid.get(p.ownerUid!) : undefined;
    // One copy of the labels per labels object: the snapshots of a Pod share it.
    const labels = pod.metadata.labels ?? {};
    if (p.labelsSource !== labels) {
      p.labelsSource = labels;
      p.labels = { ...labels };
    }
    return {
      name: p.name,
      uid: p.uid,
      namespace: 'default',
      owner: p.ownerKind ? `${p.ownerKind}/${p.ownerName}` : '',
      deployment: rs?.deployment?.name,
      node: p.node,
      phase: status.phase,
      status: row.status,
      ready: row.ready,
      isReady: this.isReady(p),
      restarts: Number.parseInt(row.restarts, 10),
      labels: p.labels!,
      deletionTimestamp: pod.metadata.deletionTimestamp,
      createdAt: p.createdAt,
      podStatus: status,
    };
  }

  // ------------------------------------------------------------ scheduler

  /** The scheduler's TaintToleration filter (`v1helper.TolerationsTolerateTaint`). */
  private tolerates(tolerations: Toleration[] | undefined, t: Taint): boolean {
    return tolerationsTolerateTaint(tolerations, t);
  }

  private schedule(): void {
    if (this.unscheduled.size === 0) return;
    const pending = [...this.unscheduled].sort((a, b) => a.seq - b.seq);
    const maxPods = this.scenario.nodes?.maxPods ?? 110;
    for (const p of pending) {
      if (p.node !== undefined || p.removedAt !== undefined || this.deleting(p)) {
        this.unscheduled.delete(p);
        continue;
      }
      const reasons = new Map<string, number>();
      const group = this.groupOf(p);
      let best: NodeRec | undefined;
      let bestScore: [number, number, number] | undefined;
      for (const n of this.nodes) {
        let why: string | undefined;
        if (n.unschedulable) why = 'node(s) were unschedulable';
        else {
          const taint = n.taints.find(
            (t) =>
              (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !this.tolerates(p.kubelet.spec.tolerations, t),
          );
          if (taint) why = `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
          else if (n.pods.size >= maxPods) why = 'Too many pods';
        }
        if (why) {
          reasons.set(why, (reasons.get(why) ?? 0) + 1);
          continue;
        }
        // Spread: fewest Pods of the same owner, then fewest Pods, then node order.
        const same = group ? (n.groups.get(group) ?? 0) : 0;
        const score: [number, number, number] = [same, n.pods.size, n.index];
        if (
          !bestScore ||
          score[0] < bestScore[0] ||
          (score[0] === bestScore[0] &&
            (score[1] < bestScore[1] || (score[1] === bestScore[1] && score[2] < bestScore[2])))
        ) {
          best = n;
          bestScore = score;
        }
      }
      if (best) this.bind(p, best);
      else {
        const total = this.nodes.length;
        const parts = [...reasons.entries()].map(([why, n]) => `${n} ${why}`).sort();
        const msg = `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling.`;
        if (p.unschedulableMessage !== msg) {
          p.unschedulableMessage = msg;
          this.event('Warning', 'FailedScheduling', `pod/${p.name}`, msg, 'default-scheduler');
          p.kubelet.markUnschedulable(msg);
        }
      }
    }
  }

  /** Pods spread together: those of one Deployment (all its ReplicaSets), or of one owner. */
  private groupOf(p: PodRec): string | undefined {
    if (p.ownerKind === 'ReplicaSet') {
      const rs = this.rsByUid.get(p.ownerUid!);
      return rs?.deployment ? `d/${rs.deployment.uid}` : `o/${p.ownerUid}`;
    }
    return p.ownerUid ? `o/${p.ownerUid}` : undefined;
  }

  private bind(p: PodRec, n: NodeRec): void {
    if (p.node !== undefined || p.removedAt !== undefined) return;
    this.unscheduled.delete(p);
    p.node = n.name;
    p.unschedulableMessage = undefined;
    n.pods.add(p);
    p.group = this.groupOf(p);
    if (p.group) n.groups.set(p.group, (n.groups.get(p.group) ?? 0) + 1);
    // The binding (event Scheduled, PodScheduled=True); the node's kubelet starts the Pod if it reaches the API server.
    p.kubelet.bindTo(n.name, {
      hostIP: `192.168.0.${n.index + 10}`,
      podIP: `10.244.${n.index}.${n.ipCounter++}`,
      connected: this.reachable(n),
      images: n.images,
    });
    this.touch(p);
  }

  private reachable(n: NodeRec | undefined): boolean {
    return !!n && n.lostAt === undefined;
  }

  // ------------------------------------------------------------ API: delete / remove

  /** A graceful DELETE (`CheckGracefulDelete`, in the kubelet's API view): unscheduled or terminal Pods go at once. */
  deletePod(p: PodRec, gracePeriodSeconds?: number, disruption?: PodCondition): void {
    if (p.removedAt !== undefined) return;
    p.kubelet.actionDelete({ gracePeriodSeconds, disruption });
  }

  /** The Pod object left the API: the controllers forget it. */
  private podRemoved(p: PodRec): void {
    if (p.removedAt !== undefined) return;
    p.removedAt = this.clock.now;
    if (this.livePods.get(p.name) === p) this.livePods.delete(p.name);
    this.unscheduled.delete(p);
    this.orphans.delete(p);
    if (p.node) {
      const n = this.nodeByName.get(p.node);
      if (n?.pods.delete(p) && p.group) n.groups.set(p.group, (n.groups.get(p.group) ?? 1) - 1);
    }
    const rs = p.ownerKind === 'ReplicaSet' ? this.rsByUid.get(p.ownerUid!) : undefined;
    rs?.pods.delete(p);
    const sts = p.ownerKind === 'StatefulSet' ? this.stsByUid.get(p.ownerUid!) : undefined;
    sts?.pods.delete(p);
    this.touch(p);
    for (const d of this.drains) if (d.waiting.has(p)) this.drainPodGone(d, p);
  }

  // ------------------------------------------------------------ ReplicaSet controller

  private rsStatus(r: RSRec): { current: number; ready: number; available: number } {
    const c = r.statusCache;
    if (c && c.epoch === this.epoch && c.time === this.clock.now) return c.value;
    let current = 0;
    let ready = 0;
    let available = 0;
    const min = r.rs.spec.minReadySeconds ?? 0;
    for (const p of r.pods) {
      if (!this.isActive(p)) continue;
      current++;
      if (this.isReady(p)) ready++;
      if (this.isAvailable(p, min)) available++;
    }
    const value = { current, ready, available };
    r.statusCache = { epoch: this.epoch, time: this.clock.now, value };
    return value;
  }

  private adopt(): void {
    if (this.orphans.size === 0) return;
    for (const p of [...this.orphans]) {
      if (p.removedAt !== undefined || this.deleting(p)) continue;
      const rs = this.replicaSets.find(
        (r) => r.removedAt === undefined && selectorMatches(r.rs.spec.selector, this.labelsOf(p)),
      );
      if (rs) {
        p.ownerKind = 'ReplicaSet';
        p.ownerUid = rs.uid;
        p.ownerName = rs.name;
        rs.pods.add(p);
        this.orphans.delete(p);
        p.kubelet.meta = {
          ...p.kubelet.meta,
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.name, uid: rs.uid, controller: true },
          ],
        };
        p.kubelet.record();
        this.touch(p);
        continue;
      }
      const sts = this.statefulSets.find(
        (s) => selectorMatches(s.s.spec.selector, this.labelsOf(p)) && p.name.startsWith(`${s.name}-`),
      );
      if (sts) {
        p.ownerKind = 'StatefulSet';
        p.ownerUid = sts.uid;
        p.ownerName = sts.name;
        sts.pods.add(p);
        this.orphans.delete(p);
        this.touch(p);
      }
    }
  }

  /** `ActivePodsWithRanks` order (controller_utils.go): the first Pods are the ones to delete. */
  private deletionOrder(pods: PodRec[], related: PodRec[]): PodRec[] {
    const onNode = new Map<string, number>();
    for (const q of related) if (this.isActive(q) && q.node) onNode.set(q.node, (onNode.get(q.node) ?? 0) + 1);
    const phaseOrd = (p: PodRec) => {
      const ph = p.node ? this.phaseOf(p) : 'Pending';
      return ph === 'Pending' ? 0 : ph === 'Unknown' ? 1 : 2;
    };
    const now = this.clock.now;
    const logRank = (t: number) => {
      const d = (now - t) * 1e9;
      return d > 0 ? Math.floor(Math.log2(d)) : -1;
    };
    return [...pods].sort((a, b) => {
      const an = a.node ?? '';
      const bn = b.node ?? '';
      if (an !== bn && (an === '' || bn === '')) return an === '' ? -1 : 1;
      const pa = phaseOrd(a);
      const pb = phaseOrd(b);
      if (pa !== pb) return pa - pb;
      const ra = this.isReady(a);
      const rb = this.isReady(b);
      if (ra !== rb) return ra ? 1 : -1;
      const ca =
        Number.parseInt(a.kubelet.meta.annotations?.['controller.kubernetes.io/pod-deletion-cost'] ?? '0', 10) || 0;
      const cb =
        Number.parseInt(b.kubelet.meta.annotations?.['controller.kubernetes.io/pod-deletion-cost'] ?? '0', 10) || 0;
      if (ca !== cb) return ca - cb;
      const ka = onNode.get(an) ?? 0;
      const kb = onNode.get(bn) ?? 0;
      if (ka !== kb) return kb - ka;
      const sa = this.readySince(a);
      const sb = this.readySince(b);
      if (ra && rb && sa !== sb) {
        const d = logRank(sa!) - logRank(sb!);
        if (d !== 0) return d;
        return a.uid < b.uid ? -1 : 1;
      }
      const xa = this.restarts(a);
      const xb = this.restarts(b);
      if (xa !== xb) return xb - xa;
      if (a.createdAt !== b.createdAt) {
        const d = logRank(a.createdAt) - logRank(b.createdAt);
        if (d !== 0) return d;
        return a.uid < b.uid ? -1 : 1;
      }
      return 0;
    });
  }

  private syncReplicaSet(r: RSRec): void {
    if (r.removedAt !== undefined) return;
    const want = r.rs.spec.replicas ?? 1;
    if (this.rsStatus(r).current === want) return;
    const active = [...r.pods].filter((p) => this.isActive(p));
    const diff = active.length - want;
    if (diff < 0) {
      for (let i = 0; i < -diff; i++) {
        const t = r.rs.spec.template;
        const name = `${generateNameBase(`${r.name}-`)}${this.suffix()}`;
        // Defaults and admission give the same spec for every Pod of a template: computed once per ReplicaSet.
        r.podSpec ??= applyDefaults({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {},
          spec: structuredClone(t.spec),
        }).spec;
        const pod: Pod = {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name,
            namespace: 'default',
            labels: { ...(t.metadata?.labels ?? {}) },
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: r.name, uid: r.uid, controller: true },
            ],
          },
          spec: { ...r.podSpec },
        };
        if (t.metadata?.annotations) pod.metadata.annotations = { ...t.metadata.annotations };
        // The API server validates the Pod (every Pod of a ReplicaSet has the same spec: checked once).
        r.createError ??= this.createPodError(pod) ?? null;
        if (r.createError) {
          this.failedCreate(r, `replicaset/${r.name}`, r.createError, 'replicaset-controller');
          break;
        }
        const p = this.createPod(pod, { kind: 'ReplicaSet', uid: r.uid, name: r.name, deployment: r.deployment?.name });
        r.pods.add(p);
        this.event(
          'Normal',
          'SuccessfulCreate',
          `replicaset/${r.name}`,
          `Created pod: ${name}`,
          'replicaset-controller',
        );
      }
      this.dirtyRS.add(r);
    } else if (diff > 0) {
      const related = r.deployment ? r.deployment.rss.flatMap((x) => [...x.pods]) : [...r.pods];
      const victims = this.deletionOrder(active, related).slice(0, diff);
      for (const p of victims) {
        this.event(
          'Normal',
          'SuccessfulDelete',
          `replicaset/${r.name}`,
          `Deleted pod: ${p.name}`,
          'replicaset-controller',
        );
        this.deletePod(p);
      }
      this.dirtyRS.add(r);
    }
  }

  // ------------------------------------------------------------ Deployment controller

  private rsView(r: RSRec): RSView {
    return {
      name: r.name,
      createdAt: r.createdAt,
      replicas: r.rs.spec.replicas ?? 0,
      available: this.rsStatus(r).available,
    };
  }

  private revisionOf(r: RSRec): number {
    return Number(r.rs.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
  }

  /** `scaleReplicaSet`: writes the size and the desired/max-replicas annotations; an event when the size changes. */
  private scaleRS(d: DeployRec, r: RSRec, to: number, operation?: 'up' | 'down'): void {
    const from = r.rs.spec.replicas ?? 0;
    const desired = String(d.d.spec.replicas ?? 1);
    const max = String((d.d.spec.replicas ?? 1) + this.dMaxSurge(d));
    const annotations = r.rs.metadata.annotations ?? {};
    const annotate = annotations[DESIRED_ANNOTATION] !== desired || annotations[MAX_ANNOTATION] !== max;
    if (from === to && !annotate) return;
    r.rs.spec.replicas = to;
    if (annotate) r.rs.metadata.annotations = { ...annotations, [DESIRED_ANNOTATION]: desired, [MAX_ANNOTATION]: max };
    if (from !== to) {
      this.event(
        'Normal',
        'ScalingReplicaSet',
        `deployment/${d.name}`,
        `Scaled ${operation ?? (to > from ? 'up' : 'down')} replica set ${r.name} from ${from} to ${to}`,
        'deployment-controller',
      );
    }
    this.dirtyRS.add(r);
    this.changed = true;
  }

  /** `isScalingEvent`: an active ReplicaSet was sized for another spec.replicas (its desired-replicas annotation). */
  private isScalingEvent(d: DeployRec): boolean {
    const replicas = d.d.spec.replicas ?? 1;
    for (const r of d.rss) {
      if (r.removedAt !== undefined || (r.rs.spec.replicas ?? 0) === 0) continue;
      const desired = r.rs.metadata.annotations?.[DESIRED_ANNOTATION];
      if (desired !== undefined && Number(desired) !== replicas) return true;
    }
    return false;
  }

  private scaleView(r: RSRec): ScaleView {
    const a = r.rs.metadata.annotations ?? {};
    const num = (v: string | undefined) => (v === undefined || !/^\d+$/.test(v) ? undefined : Number(v));
    return { ...this.rsView(r), desiredReplicas: num(a[DESIRED_ANNOTATION]), maxReplicas: num(a[MAX_ANNOTATION]) };
  }

  /** `sync` (sync.go): on a scaling event or while paused, only sizes change, in proportion across active ReplicaSets. */
  private syncScale(d: DeployRec): void {
    const newRS = this.ensureNewRS(d, false);
    const olds = d.rss.filter((r) => r !== newRS && r.removedAt === undefined);
    // status.replicas: the Deployment's Pods as last counted (the fallback of a ReplicaSet without annotation).
    const statusReplicas = d.rss.reduce((n, r) => n + (r.removedAt === undefined ? this.rsStatus(r).current : 0), 0);
    const { sizes, operation } = proportionalScale(
      this.strategy(d),
      d.d.spec.replicas ?? 1,
      statusReplicas,
      newRS && this.scaleView(newRS),
      olds.map((r) => this.scaleView(r)),
    );
    for (const [name, size] of sizes) {
      const r = d.rss.find((x) => x.name === name && x.removedAt === undefined);
      if (r) this.scaleRS(d, r, size, operation);
    }
    if (d.d.spec.paused) this.cleanup(d, newRS);
  }

  private strategy(d: DeployRec): StrategyView {
    const s = d.d.spec.strategy ?? {};
    return {
      type: s.type ?? 'RollingUpdate',
      maxSurge: s.rollingUpdate?.maxSurge,
      maxUnavailable: s.rollingUpdate?.maxUnavailable,
    };
  }

  private dMaxSurge(d: DeployRec): number {
    return resolveMaxSurge(this.strategy(d), d.d.spec.replicas ?? 1);
  }

  private findNewRS(d: DeployRec): RSRec | undefined {
    const key = templateKey(d.d.spec.template);
    return d.rss
      .filter((r) => r.removedAt === undefined && r.templateKey === key)
      .sort((a, b) => a.createdAt - b.createdAt)[0];
  }

  private ensureNewRS(d: DeployRec, create: boolean): RSRec | undefined {
    let newRS = this.findNewRS(d);
    const olds = d.rss.filter((r) => r !== newRS && r.removedAt === undefined);
    const maxOld = olds.reduce((m, r) => Math.max(m, this.revisionOf(r)), 0);
    const newRevision = String(maxOld + 1);
    if (newRS) {
      // SetNewReplicaSetAnnotations: a ReplicaSet that becomes new again (rollback) takes the next revision.
      if (newRS.rs.metadata.annotations?.[REVISION_ANNOTATION] !== newRevision) {
        const old = newRS.rs.metadata.annotations?.[REVISION_ANNOTATION];
        const hist = newRS.rs.metadata.annotations?.['deployment.kubernetes.io/revision-history'];
        newRS.rs.metadata.annotations = {
          ...(newRS.rs.metadata.annotations ?? {}),
          [REVISION_ANNOTATION]: newRevision,
          ...(old ? { 'deployment.kubernetes.io/revision-history': hist ? `${hist},${old}` : old } : {}),
        };
        this.dirtyRS.add(newRS);
      }
    } else if (create) {
      const t: PodTemplateSpec = structuredClone(d.d.spec.template);
      let hash = podTemplateHash(t, d.collisionCount || undefined);
      let name = `${d.name}-${hash}`;
      // Hash collision with a ReplicaSet of another template: bump collisionCount and hash again.
      while (this.replicaSets.some((r) => r.name === name && r.removedAt === undefined)) {
        d.collisionCount++;
        hash = podTemplateHash(t, d.collisionCount);
        name = `${d.name}-${hash}`;
      }
      t.metadata = { ...(t.metadata ?? {}), labels: { ...(t.metadata?.labels ?? {}), [HASH_LABEL]: hash } };
      const sel = structuredClone(d.d.spec.selector);
      sel.matchLabels = { ...(sel.matchLabels ?? {}), [HASH_LABEL]: hash };
      const rs: ReplicaSet = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name,
          namespace: 'default',
          labels: { ...(t.metadata.labels ?? {}) },
          annotations: {
            [REVISION_ANNOTATION]: newRevision,
            'deployment.kubernetes.io/desired-replicas': String(d.d.spec.replicas ?? 1),
            'deployment.kubernetes.io/max-replicas': String((d.d.spec.replicas ?? 1) + this.dMaxSurge(d)),
            ...(d.changeCause ? { 'kubernetes.io/change-cause': d.changeCause } : {}),
          },
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.name, uid: d.uid, controller: true }],
        },
        spec: { replicas: 0, minReadySeconds: d.d.spec.minReadySeconds ?? 0, selector: sel, template: t },
      };
      newRS = this.createRS(rs, d);
      newRS.hash = hash;
      const all = [...olds.map((r) => this.rsView(r)), this.rsView(newRS)];
      const want = newRSNewReplicas(this.strategy(d), d.d.spec.replicas ?? 1, all, this.rsView(newRS));
      if (want > 0) this.scaleRS(d, newRS, want);
      this.changed = true;
    }
    if (newRS) {
      d.d.metadata.annotations = {
        ...(d.d.metadata.annotations ?? {}),
        [REVISION_ANNOTATION]: newRS.rs.metadata.annotations?.[REVISION_ANNOTATION] ?? newRevision,
      };
    }
    return newRS;
  }

  private syncDeployment(d: DeployRec): void {
    if (d.d.spec.paused || this.isScalingEvent(d)) {
      this.syncScale(d);
      return;
    }
    const replicas = d.d.spec.replicas ?? 1;
    const strat = this.strategy(d);
    const live = () => d.rss.filter((r) => r.removedAt === undefined);
    if (strat.type === 'Recreate') {
      let newRS = this.ensureNewRS(d, false);
      const olds = live().filter((r) => r !== newRS);
      let scaled = false;
      for (const r of olds)
        if ((r.rs.spec.replicas ?? 0) > 0) {
          this.scaleRS(d, r, 0);
          scaled = true;
        }
      if (scaled) return;
      // oldPodsRunning: any old Pod not Failed / Succeeded (terminating ones included) blocks the new ReplicaSet.
      if (olds.some((r) => [...r.pods].some((p) => p.removedAt === undefined && !this.isTerminal(p)))) return;
      newRS ??= this.ensureNewRS(d, true);
      if (newRS && (newRS.rs.spec.replicas ?? 0) !== replicas) this.scaleRS(d, newRS, replicas);
      this.cleanup(d, newRS);
      return;
    }
    const newRS = this.ensureNewRS(d, true)!;
    const olds = live().filter((r) => r !== newRS);
    // A scaling event with one active ReplicaSet: scale it directly (sync → scale in sync.go).
    const activeOlds = olds.filter((r) => (r.rs.spec.replicas ?? 0) > 0);
    if (activeOlds.length === 0) {
      if ((newRS.rs.spec.replicas ?? 0) !== replicas) this.scaleRS(d, newRS, replicas);
      this.cleanup(d, newRS);
      return;
    }
    // reconcileNewReplicaSet
    const cur = newRS.rs.spec.replicas ?? 0;
    if (cur > replicas) {
      this.scaleRS(d, newRS, replicas);
      return;
    }
    if (cur < replicas) {
      const want = newRSNewReplicas(
        strat,
        replicas,
        [...olds.map((r) => this.rsView(r)), this.rsView(newRS)],
        this.rsView(newRS),
      );
      if (want !== cur) {
        this.scaleRS(d, newRS, want);
        return;
      }
    }
    // reconcileOldReplicaSets
    const changes = reconcileOldReplicaSets(
      strat,
      replicas,
      activeOlds.map((r) => this.rsView(r)),
      this.rsView(newRS),
    );
    for (const [name, to] of changes) {
      const r = olds.find((x) => x.name === name);
      if (r) this.scaleRS(d, r, to);
    }
  }

  /**
   * `cleanupDeployment` (https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/controller/deployment/sync.go):
   * keep at most revisionHistoryLimit old ReplicaSets with no replicas and no Pods, deleting the lowest
   * revisions first (`ReplicaSetsByRevision`: revision, then creation time, then name), not the oldest objects:
   * after a rollback the ReplicaSet `rollout undo` would return to has a high revision and stays.
   */
  private cleanup(d: DeployRec, newRS: RSRec | undefined): void {
    const limit = d.d.spec.revisionHistoryLimit ?? 10;
    // The alive old ReplicaSets count; among the `diff` lowest revisions, those with replicas or Pods are skipped.
    const olds = d.rss
      .filter((r) => r !== newRS && r.removedAt === undefined)
      .sort(
        (a, b) =>
          this.revisionOf(a) - this.revisionOf(b) ||
          a.createdAt - b.createdAt ||
          (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      );
    const diff = olds.length - limit;
    for (let i = 0; i < diff; i++) {
      if ((olds[i].rs.spec.replicas ?? 0) !== 0 || olds[i].pods.size !== 0) continue;
      olds[i].removedAt = this.clock.now;
      this.dirtyRS.add(olds[i]);
    }
  }

  private deploymentState(d: DeployRec): DeploymentState {
    const live = d.rss.filter((r) => r.removedAt === undefined);
    const newRS = this.findNewRS(d);
    let rep = 0,
      ready = 0,
      avail = 0,
      updated = 0;
    for (const r of live) {
      const s = this.rsStatus(r);
      rep += s.current;
      ready += s.ready;
      avail += s.available;
      if (r === newRS) updated = s.current;
    }
    const replicas = d.d.spec.replicas ?? 1;
    return {
      name: d.name,
      replicas: rep,
      updatedReplicas: updated,
      readyReplicas: ready,
      availableReplicas: avail,
      unavailableReplicas: Math.max(0, replicas - avail),
      revision: Number(d.d.metadata.annotations?.[REVISION_ANNOTATION] ?? 0),
      template: structuredClone(d.d.spec.template),
    };
  }

  // ------------------------------------------------------------ StatefulSet controller (OrderedReady / Parallel)

  private syncStatefulSet(s: StsRec): void {
    const replicas = s.s.spec.replicas ?? 1;
    const ordered = (s.s.spec.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
    const byOrdinal = new Map<number, PodRec>();
    for (const p of s.pods) {
      if (p.removedAt !== undefined) continue;
      const ord = Number(p.name.slice(s.name.length + 1));
      byOrdinal.set(ord, p);
    }
    const updateRev = `${s.name}-${podTemplateHash(s.s.spec.template)}`;
    s.updateRevision = updateRev;
    if (!s.revisions.has(updateRev)) s.revisions.set(updateRev, structuredClone(s.s.spec.template));
    const strategy = s.s.spec.updateStrategy ?? { type: 'RollingUpdate' };
    const rolling = (strategy.type ?? 'RollingUpdate') === 'RollingUpdate';
    // `newVersionedStatefulSetPod`: below the partition (or, without rollingUpdate, below the number of Pods
    // still at the current revision), a missing Pod is recreated from the current revision.
    const currentReplicas = [...byOrdinal.values()].filter((p) => p.revisionHash === s.currentRevision).length;
    const keepCurrentBelow = !rolling
      ? 0
      : strategy.rollingUpdate
        ? (strategy.rollingUpdate.partition ?? 0)
        : currentReplicas;
    for (let i = 0; i < replicas; i++) {
      const p = byOrdinal.get(i);
      const name = `${s.name}-${i}`;
      if (!p) {
        // The name must be free in the API: a replacement waits for the old object to be gone.
        if (this.livePods.has(name)) {
          if (ordered) return;
          continue;
        }
        const rev = i < keepCurrentBelow && s.revisions.has(s.currentRevision) ? s.currentRevision : updateRev;
        const t = s.revisions.get(rev)!;
        const pod: Pod = applyDefaults({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name,
            namespace: 'default',
            labels: {
              ...(t.metadata?.labels ?? {}),
              'apps.kubernetes.io/pod-index': String(i),
              'controller-revision-hash': rev,
              'statefulset.kubernetes.io/pod-name': name,
            },
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'StatefulSet', name: s.name, uid: s.uid, controller: true },
            ],
          },
          spec: {
            ...structuredClone(t.spec),
            hostname: name,
            ...(s.s.spec.serviceName ? { subdomain: s.s.spec.serviceName } : {}),
          },
        });
        const error = this.createPodError(pod);
        if (error) {
          this.failedCreate(s, `statefulset/${s.name}`, error, 'statefulset-controller');
          return;
        }
        const rec = this.createPod(pod, { kind: 'StatefulSet', uid: s.uid, name: s.name });
        rec.revisionHash = rev;
        s.pods.add(rec);
        this.event(
          'Normal',
          'SuccessfulCreate',
          `statefulset/${s.name}`,
          `create Pod ${name} in StatefulSet ${s.name} successful`,
          'statefulset-controller',
        );
        this.dirtySts.add(s);
        if (ordered) return;
        continue;
      }
      if (this.isTerminal(p) && !this.deleting(p)) {
        this.event(
          'Normal',
          'SuccessfulDelete',
          `statefulset/${s.name}`,
          `delete Pod ${p.name} in StatefulSet ${s.name} successful`,
          'statefulset-controller',
        );
        this.deletePod(p);
        if (ordered) return;
        continue;
      }
      if (ordered && (this.deleting(p) || !this.isReady(p))) return;
    }
    // Condemned Pods (ordinal ≥ replicas): highest first, one at a time when OrderedReady.
    const condemned = [...byOrdinal.entries()].filter(([i]) => i >= replicas).sort((a, b) => b[0] - a[0]);
    for (const [, p] of condemned) {
      if (this.deleting(p)) {
        if (ordered) return;
        continue;
      }
      this.event(
        'Normal',
        'SuccessfulDelete',
        `statefulset/${s.name}`,
        `delete Pod ${p.name} in StatefulSet ${s.name} successful`,
        'statefulset-controller',
      );
      this.deletePod(p);
      if (ordered) return;
    }
    // RollingUpdate: from the highest ordinal down to the partition, replace Pods of an older revision one at a time.
    if (!rolling) return;
    const updateMin = strategy.rollingUpdate?.partition ?? 0;
    for (let i = replicas - 1; i >= updateMin; i--) {
      const p = byOrdinal.get(i);
      if (!p) return;
      if (p.revisionHash !== updateRev) {
        if (!this.deleting(p)) {
          this.event(
            'Normal',
            'SuccessfulDelete',
            `statefulset/${s.name}`,
            `delete Pod ${p.name} in StatefulSet ${s.name} successful`,
            'statefulset-controller',
          );
          this.deletePod(p);
        }
        return;
      }
      if (!this.isReady(p)) return;
    }
    // completeRollingUpdate: every Pod updated and ready (a partition above 0 keeps the current revision).
    let done = true;
    for (let i = 0; i < replicas && done; i++) {
      const p = byOrdinal.get(i);
      done = !!p && p.revisionHash === updateRev && this.isReady(p);
    }
    if (done) s.currentRevision = updateRev;
  }

  // ------------------------------------------------------------ disruption controller

  private controllerKey(p: PodRec): string | undefined {
    if (p.ownerKind === 'ReplicaSet') {
      const rs = this.rsByUid.get(p.ownerUid!);
      if (rs?.deployment) return `Deployment/${rs.deployment.uid}`;
      return rs ? `ReplicaSet/${rs.uid}` : undefined;
    }
    if (p.ownerKind === 'StatefulSet') return `StatefulSet/${p.ownerUid}`;
    return undefined;
  }

  private controllerScale(key: string): number {
    const [kind, uid] = key.split('/');
    if (kind === 'Deployment') return this.deployments.find((d) => d.uid === uid)?.d.spec.replicas ?? 0;
    if (kind === 'ReplicaSet') return this.replicaSets.find((r) => r.uid === uid)?.rs.spec.replicas ?? 0;
    if (kind === 'StatefulSet') return this.statefulSets.find((s) => s.uid === uid)?.s.spec.replicas ?? 0;
    return 0;
  }

  private pdbPods(b: PdbRec): PodRec[] {
    const out: PodRec[] = [];
    for (const p of this.livePods.values()) if (selectorMatches(b.p.spec.selector, this.labelsOf(p))) out.push(p);
    return out;
  }

  private budgetPod(p: PodRec): BudgetPod {
    return {
      name: p.name,
      phase: this.phaseOf(p),
      ready: this.isReady(p),
      deleting: this.deleting(p),
      controllerKey: this.controllerKey(p),
    };
  }

  private syncBudgets(): void {
    for (const b of this.pdbs) {
      const pods = this.pdbPods(b).map((p) => this.budgetPod(p));
      b.status = computeBudgetStatus(
        b.p.spec,
        pods,
        (k) => this.controllerScale(k),
        b.status.disruptedPods,
        this.clock.now,
      );
    }
  }

  // ------------------------------------------------------------ Eviction API and drain

  private findPod(name: string): PodRec | undefined {
    const exact = this.livePods.get(name);
    if (exact) return exact;
    // A prefix (e.g. `web-`) picks the oldest live Pod whose name starts with it, so examples need no random names.
    let best: PodRec | undefined;
    for (const p of this.livePods.values())
      if (p.name.startsWith(name) && !this.deleting(p) && (!best || p.seq < best.seq)) best = p;
    if (best) return best;
    for (const p of this.livePods.values()) if (p.name.startsWith(name) && (!best || p.seq < best.seq)) best = p;
    return best;
  }

  /** `POST pods/<name>/eviction`. */
  evict(p: PodRec | undefined, podName: string, requester: string): EvictionAnswer {
    const now = this.clock.now;
    if (!p || p.removedAt !== undefined) {
      const a: EvictionAnswer = {
        time: now,
        pod: podName,
        code: 404,
        reason: 'NotFound',
        message: `pods "${podName}" not found`,
        causes: [],
        requester,
      };
      this.evictions.push(a);
      return a;
    }
    this.syncBudgets();
    const labels = this.labelsOf(p);
    const budgets = this.pdbs
      .filter((b) => selectorMatches(b.p.spec.selector, labels))
      .map((b) => ({ name: b.name, spec: b.p.spec, status: b.status }));
    const d = decideEviction({ phase: this.phaseOf(p), ready: this.isReady(p), deleting: this.deleting(p) }, budgets);
    const answer: EvictionAnswer = {
      time: now,
      pod: p.name,
      code: d.code,
      reason: d.reason,
      message: d.message,
      causes: d.causes,
      requester,
      ...(d.pdb ? { pdb: d.pdb } : {}),
      ...(d.bypassedBudget ? { bypassedBudget: true } : {}),
    };
    this.evictions.push(answer);
    if (d.decrement) {
      const b = this.pdbs.find((x) => x.name === d.decrement)!;
      b.status.disruptionsAllowed--;
      b.status.disruptedPods = { ...b.status.disruptedPods, [p.name]: now };
    }
    if (d.deletePod) {
      this.event('Normal', 'Evicted', `pod/${p.name}`, 'Eviction API: evicting', 'eviction-api');
      this.deletePod(p, undefined, {
        type: 'DisruptionTarget',
        status: 'True',
        reason: 'EvictionByEvictionAPI',
        message: 'Eviction API: evicting',
        lastTransitionTime: now,
      });
    }
    this.changed = true;
    return answer;
  }

  private drainOut(node: string, stream: 'stdout' | 'stderr', text: string): void {
    this.drainLines.push({ time: this.clock.now, node, stream, text });
  }

  private startDrain(nodeName: string, force: boolean): void {
    const n = this.nodeByName.get(nodeName);
    if (!n)
      throw new PodLabError('scenario', `nodes "${nodeName}" not found`, [
        { field: 'actions[].node', message: `Not found: "${nodeName}"` },
      ]);
    this.cordon(n, true);
    const pods = [...n.pods].filter((p) => p.removedAt === undefined).sort((a, b) => (a.name < b.name ? -1 : 1));
    const bare = pods.filter((p) => !p.ownerKind);
    if (bare.length > 0 && !force) {
      const list = bare.map((p) => `default/${p.name}`).join(', ');
      this.drainOut(
        nodeName,
        'stderr',
        `error: unable to drain node "${nodeName}" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): ${list}, continuing command...`,
      );
      this.drainOut(nodeName, 'stderr', 'There are pending nodes to be drained:');
      this.drainOut(nodeName, 'stderr', ` ${nodeName}`);
      this.drainOut(
        nodeName,
        'stderr',
        `cannot delete Pods that declare no controller (use --force to override): ${list}`,
      );
      return;
    }
    if (bare.length > 0)
      this.drainOut(
        nodeName,
        'stderr',
        `Warning: deleting Pods that declare no controller: ${bare.map((p) => `default/${p.name}`).join(', ')}`,
      );
    const d: DrainRec = {
      node: nodeName,
      requester: `drain ${nodeName}`,
      pending: new Set(pods.map((p) => p.name)),
      waiting: new Set(),
      done: false,
      force,
    };
    this.drains.push(d);
    if (pods.length === 0) {
      this.drainOut(nodeName, 'stdout', `node/${nodeName} drained`);
      d.done = true;
      return;
    }
    // kubectl evicts every Pod in its own goroutine.
    for (const p of pods) this.drainEvict(d, p);
  }

  private drainEvict(d: DrainRec, p: PodRec): void {
    if (d.done || !d.pending.has(p.name)) return;
    this.drainOut(d.node, 'stdout', `evicting pod default/${p.name}`);
    const a = this.evict(p.removedAt !== undefined ? undefined : p, p.name, d.requester);
    if (a.code === 201) {
      d.waiting.add(p);
      if (p.removedAt !== undefined) this.drainPodGone(d, p);
    } else if (a.code === 404) {
      this.drainPodGone(d, p);
    } else if (a.code === 429) {
      this.drainOut(
        d.node,
        'stderr',
        `error when evicting pods/"${p.name}" -n "default" (will retry after ${DRAIN_RETRY_SECONDS}s): ${a.message}`,
      );
      this.clock.after(DRAIN_RETRY_SECONDS, () => this.drainEvict(d, p));
    } else {
      this.drainOut(d.node, 'stderr', `error when evicting pods/"${p.name}" -n "default": ${a.message}`);
      d.pending.delete(p.name);
      this.drainOut(
        d.node,
        'stderr',
        `error: unable to drain node "${d.node}" due to error: error when evicting pods/"${p.name}" -n "default": ${a.message}, continuing command...`,
      );
      d.done = true;
    }
  }

  private drainPodGone(d: DrainRec, p: PodRec): void {
    if (!d.pending.has(p.name)) return;
    d.pending.delete(p.name);
    d.waiting.delete(p);
    this.drainOut(d.node, 'stdout', `pod/${p.name} evicted`);
    if (d.pending.size === 0 && !d.done) {
      d.done = true;
      this.drainOut(d.node, 'stdout', `node/${d.node} drained`);
    }
  }

  private cordon(n: NodeRec, on: boolean): void {
    if (n.unschedulable === on) {
      this.drainOut(n.name, 'stdout', `node/${n.name} already ${on ? 'cordoned' : 'uncordoned'}`);
      return;
    }
    n.unschedulable = on;
    if (on) n.taints.push({ key: UNSCHEDULABLE, effect: 'NoSchedule', timeAdded: this.clock.now });
    else n.taints = n.taints.filter((t) => t.key !== UNSCHEDULABLE);
    this.drainOut(n.name, 'stdout', `node/${n.name} ${on ? 'cordoned' : 'uncordoned'}`);
    this.event(
      'Normal',
      on ? 'NodeNotSchedulable' : 'NodeSchedulable',
      `node/${n.name}`,
      `Node ${n.name} status is now: ${on ? 'NodeNotSchedulable' : 'NodeSchedulable'}`,
      'kubelet',
    );
    this.dirtyCluster = true;
    this.changed = true;
  }

  // ------------------------------------------------------------ node lifecycle + taint eviction

  private nodeLost(n: NodeRec): void {
    const next = stepNode(n.stage, 'HEARTBEAT_LOST');
    if (!next) return;
    n.stage = next;
    n.lostAt = this.clock.now;
    // The kubelet goes on running its Pods, but nothing it does reaches the API until the node comes back.
    for (const p of n.pods) p.kubelet.actionNodeLost();
    // node-monitor-period ticks every 5 s; the first tick after the grace period marks the node Unknown.
    const due = Math.ceil((this.clock.now + this.nodeMonitorGrace) / NODE_MONITOR_PERIOD) * NODE_MONITOR_PERIOD;
    const lostAt = n.lostAt;
    this.clock.schedule(due, () => {
      if (n.lostAt !== lostAt) return;
      const s = stepNode(n.stage, 'GRACE_EXPIRED');
      if (!s) return;
      n.stage = s;
      n.conditions = [
        {
          type: 'Ready',
          status: 'Unknown',
          reason: 'NodeStatusUnknown',
          message: 'Kubelet stopped posting node status.',
          lastTransitionTime: this.clock.now,
        },
      ];
      n.taints.push(
        { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: this.clock.now },
        { key: UNREACHABLE, effect: 'NoExecute', timeAdded: this.clock.now },
      );
      this.event(
        'Normal',
        'NodeNotReady',
        `node/${n.name}`,
        `Node ${n.name} status is now: NodeNotReady`,
        'node-controller',
      );
      const taintTime = this.clock.now;
      for (const p of [...n.pods]) {
        if (p.removedAt !== undefined) continue;
        p.kubelet.markNotReadyByNode();
        this.scheduleTaintEviction(p, n, taintTime);
      }
      this.dirtyCluster = true;
      this.changed = true;
    });
  }

  /** Taint-eviction controller (`processPodOnNode`, ../controller/tainteviction.ts): delete when the tolerations used run out. */
  private scheduleTaintEviction(p: PodRec, n: NodeRec, taintTime: number): void {
    const secs = evictionDelay(n.taints, p.kubelet.spec.tolerations);
    if (secs === undefined) return;
    this.clock.schedule(taintTime + secs, () => {
      if (!n.taints.some((t) => t.key === UNREACHABLE && t.effect === 'NoExecute')) return;
      if (p.removedAt !== undefined || this.deleting(p) || p.node !== n.name) return;
      this.event(
        'Normal',
        'TaintManagerEviction',
        `pod/${p.name}`,
        `Marking for deletion Pod default/${p.name}`,
        'taint-eviction-controller',
      );
      this.deletePod(p, undefined, {
        type: 'DisruptionTarget',
        status: 'True',
        reason: 'DeletionByTaintManager',
        message: 'Taint manager: deleting due to NoExecute taint',
        lastTransitionTime: this.clock.now,
      });
      this.dirtyCluster = true;
    });
  }

  private nodeReady(n: NodeRec): void {
    const next = stepNode(n.stage, 'HEARTBEAT');
    if (!next) return;
    const wasUnknown = n.stage === 'Unknown';
    n.stage = next;
    n.lostAt = undefined;
    n.taints = n.taints.filter((t) => t.key !== UNREACHABLE);
    if (wasUnknown) {
      n.conditions = [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastTransitionTime: this.clock.now,
        },
      ];
      this.event('Normal', 'NodeReady', `node/${n.name}`, `Node ${n.name} status is now: NodeReady`, 'kubelet');
    }
    // The kubelet reports again: deleted Pods are stopped, the others carry on (their status is written again).
    for (const p of [...n.pods]) p.kubelet.actionNodeReady();
    this.dirtyCluster = true;
    this.changed = true;
  }

  // ------------------------------------------------------------ actions

  private lookupDeployment(name: string): DeployRec {
    const d = this.deployments.find((x) => x.name === name);
    if (!d)
      throw new PodLabError('scenario', `deployments.apps "${name}" not found`, [
        { field: 'actions[].target', message: `Not found: "${name}"` },
      ]);
    return d;
  }

  private updateTemplate(d: DeployRec, next: PodTemplateSpec, cause?: string): void {
    // The API server defaults the new template; fields already set (imagePullPolicy) are kept.
    const checked = parseClusterObjects({
      ...d.d,
      spec: { ...d.d.spec, template: next },
    } as Deployment)[0] as Deployment;
    d.d.spec.template = defaultTemplate(checked.spec.template);
    d.changeCause = cause ?? d.changeCause;
    this.dirtyCluster = true;
  }

  /** Runs action number `i`: errors name it (`actions[3].target`), and what it asks for is checked against the limits. */
  private runActionAt(a: ClusterAction, i: number): void {
    try {
      this.runAction(a);
      if (a.action === 'scale' || a.action === 'patch' || a.action === 'apply') {
        checkDemand(
          this.demand(),
          `actions[${i}].${a.action === 'scale' ? 'replicas' : a.action === 'patch' ? 'patch' : 'objects'}`,
        );
      }
    } catch (e) {
      if (!isPodLabError(e)) throw e;
      const name = (f: string) => (f.startsWith('actions[]') ? `actions[${i}]${f.slice('actions[]'.length)}` : f);
      throw new PodLabError(
        e.kind,
        e.message,
        e.errors.map((x) => ({ ...x, field: name(x.field) || `actions[${i}]` })),
        { line: e.line, column: e.column },
      );
    }
  }

  /** The Pods and containers the live controllers and bare Pods ask for. */
  private demand(): { pods: number; containers: number } {
    const controllers: ClusterObject[] = [
      ...this.deployments.map((d) => d.d),
      ...this.replicaSets.filter((r) => !r.deployment && r.removedAt === undefined).map((r) => r.rs),
      ...this.statefulSets.map((s) => s.s),
      ...this.jobs.jobs
        .filter(
          (j) =>
            !j.status.completionTime && !j.status.conditions?.some((c) => c.type === 'Failed' && c.status === 'True'),
        )
        .map((j) => j.job),
    ];
    const d = podDemand(controllers);
    for (const p of this.livePods.values()) {
      if (p.ownerKind) continue;
      const spec = p.kubelet.spec;
      d.pods++;
      d.containers +=
        spec.containers.length + (spec.initContainers ?? []).length + (spec.ephemeralContainers ?? []).length;
    }
    return d;
  }

  runAction(a: ClusterAction): void {
    switch (a.action) {
      case 'setImage': {
        const d = this.deployments.find((x) => x.name === a.target);
        const s = this.statefulSets.find((x) => x.name === a.target);
        if (!d && !s) this.lookupDeployment(a.target);
        const template = structuredClone(d ? d.d.spec.template : s!.s.spec.template);
        const containers = template.spec.containers;
        const c = a.container ? containers.find((x) => x.name === a.container) : containers[0];
        if (!c)
          throw new PodLabError('scenario', `unable to find container named "${a.container}"`, [
            { field: 'actions[].container', message: `Not found: "${a.container}"` },
          ]);
        // Only the image changes: imagePullPolicy keeps the value stored at creation.
        c.image = a.image;
        if (d) this.updateTemplate(d, template);
        else {
          s!.s.spec.template = defaultTemplate(template);
          this.dirtySts.add(s!);
        }
        break;
      }
      case 'patch': {
        const d = this.lookupDeployment(a.target);
        let patch: unknown = a.patch;
        if (typeof patch === 'string') {
          try {
            patch = JSON.parse(patch);
          } catch (e) {
            throw new PodLabError('scenario', `error: unable to parse "${a.patch}": ${(e as Error).message}`, [
              { field: 'actions[].patch', message: 'invalid JSON' },
            ]);
          }
        }
        const merged = mergePatch(structuredClone(d.d), patch) as Deployment;
        const checked = parseClusterObjects(merged)[0] as Deployment;
        const templateChanged = templateKey(checked.spec.template) !== templateKey(d.d.spec.template);
        d.d.spec = {
          ...checked.spec,
          template: templateChanged ? defaultTemplate(checked.spec.template) : d.d.spec.template,
        };
        this.dirtyCluster = true;
        break;
      }
      case 'scale': {
        const d = this.deployments.find((x) => x.name === a.target);
        const r = this.replicaSets.find((x) => x.name === a.target && !x.deployment);
        const s = this.statefulSets.find((x) => x.name === a.target);
        if (!Number.isInteger(a.replicas) || a.replicas < 0)
          throw new PodLabError(
            'scenario',
            `The ${d ? 'Deployment' : 'object'} "${a.target}" is invalid: spec.replicas: Invalid value: ${a.replicas}: must be greater than or equal to 0`,
            [{ field: 'spec.replicas', message: 'Invalid value' }],
          );
        if (d) d.d.spec.replicas = a.replicas;
        else if (r) r.rs.spec.replicas = a.replicas;
        else if (s) s.s.spec.replicas = a.replicas;
        else
          throw new PodLabError('scenario', `"${a.target}" not found (Deployment, ReplicaSet or StatefulSet)`, [
            { field: 'actions[].target', message: `Not found: "${a.target}"` },
          ]);
        this.dirtyCluster = true;
        break;
      }
      case 'rollback': {
        const d = this.lookupDeployment(a.target);
        const current = this.findNewRS(d);
        const candidates = d.rss
          .filter((r) => r.removedAt === undefined && r !== current)
          .sort((x, y) => this.revisionOf(y) - this.revisionOf(x));
        // kubectl rollout undo --to-revision=0 (the default) means the previous revision.
        const target =
          a.toRevision !== undefined && a.toRevision !== 0
            ? d.rss.find((r) => r.removedAt === undefined && this.revisionOf(r) === a.toRevision)
            : candidates[0];
        if (!target) {
          throw new PodLabError(
            'scenario',
            a.toRevision
              ? `error: unable to find specified revision ${a.toRevision} in history`
              : 'error: no rollout history found for deployment "' + d.name + '"',
            [{ field: 'actions[].toRevision', message: 'Not found' }],
          );
        }
        if (target === current) break;
        // kubectl rollout undo copies the ReplicaSet's template without its pod-template-hash label.
        const t = structuredClone(target.rs.spec.template);
        if (t.metadata?.labels) delete t.metadata.labels[HASH_LABEL];
        d.d.spec.template = t;
        d.changeCause = target.rs.metadata.annotations?.['kubernetes.io/change-cause'];
        this.dirtyCluster = true;
        break;
      }
      case 'evict':
        this.evict(this.findPod(a.pod), a.pod, 'evict');
        break;
      case 'drain':
        this.startDrain(a.node, a.force ?? false);
        break;
      case 'cordon':
      case 'uncordon': {
        const n = this.nodeByName.get(a.node);
        if (!n)
          throw new PodLabError('scenario', `nodes "${a.node}" not found`, [
            { field: 'actions[].node', message: 'Not found' },
          ]);
        this.cordon(n, a.action === 'cordon');
        break;
      }
      case 'delete': {
        const p = this.findPod(a.pod);
        if (!p) {
          this.event('Warning', 'NotFound', `pod/${a.pod}`, `pods "${a.pod}" not found`, 'kubectl');
          break;
        }
        this.deletePod(p, a.gracePeriodSeconds);
        break;
      }
      case 'forceDelete': {
        const p = this.findPod(a.pod);
        // The object goes at once; a kubelet that still runs the Pod stops it on its own.
        if (p) p.kubelet.actionDelete({ force: true, gracePeriodSeconds: 0 });
        break;
      }
      case 'nodeLost':
      case 'nodeReady': {
        const n = this.nodeByName.get(a.node);
        if (!n)
          throw new PodLabError('scenario', `nodes "${a.node}" not found`, [
            { field: 'actions[].node', message: 'Not found' },
          ]);
        if (a.action === 'nodeLost') this.nodeLost(n);
        else this.nodeReady(n);
        break;
      }
      case 'apply':
        this.addObjects(parseClusterObjects(a.objects));
        break;
      case 'setCondition': {
        checkConditionAction(a, 'actions[]');
        const p = this.findPod(a.pod);
        if (p) p.kubelet.actionSetCondition(a);
        else this.event('Warning', 'NotFound', `pod/${a.pod}`, `pods "${a.pod}" not found`, 'kubectl');
        break;
      }
      default:
        throw new PodLabError('scenario', `unknown action ${JSON.stringify((a as { action: unknown }).action)}`, [
          { field: 'actions[].action', message: 'Unsupported value' },
        ]);
    }
    this.changed = true;
  }

  // ------------------------------------------------------------ the loop

  /** Runs every controller until nothing changes at the current time. */
  reconcile(): void {
    for (let i = 0; i < 50; i++) {
      this.changed = false;
      this.adopt();
      for (const d of this.deployments) this.syncDeployment(d);
      for (const r of this.replicaSets) this.syncReplicaSet(r);
      for (const s of this.statefulSets) this.syncStatefulSet(s);
      this.jobs.sync();
      this.schedule();
      if (!this.changed) break;
    }
    this.syncBudgets();
    this.podGC.check();
  }

  /** Records watch lines and history snapshots of what changed at the current time. */
  record(): void {
    const now = this.clock.now;
    let any = false;
    for (const r of this.replicaSets) {
      // ReplicaSet counts change with their Pods.
      if (!this.dirtyRS.has(r) && !this.dirtyCluster) continue;
      const s = this.rsStatus(r);
      const desired = r.rs.spec.replicas ?? 0;
      const state: ReplicaSetState = {
        name: r.name,
        uid: r.uid,
        deployment: r.deployment?.name,
        hash: r.hash,
        revision: this.revisionOf(r) || undefined,
        desired,
        current: s.current,
        ready: s.ready,
        available: s.available,
        image: r.rs.spec.template.spec.containers.map((c) => c.image).join(','),
        createdAt: r.createdAt,
      };
      const last = r.history[r.history.length - 1]?.v;
      const removed = r.removedAt !== undefined;
      if (!last || JSON.stringify(last) !== JSON.stringify(state) || (removed && r.lastCols !== 'deleted')) {
        if (!removed || r.lastCols !== 'deleted') r.history.push({ t: now, v: state });
        const colsKey = removed ? 'deleted' : `${desired}|${s.current}|${s.ready}`;
        if (colsKey !== r.lastCols) {
          this.watch.push({
            time: now,
            kind: 'ReplicaSet',
            name: r.name,
            columns: [String(desired), String(s.current), String(s.ready), kubectlAge(now - r.createdAt)],
            ...(removed ? { deleted: true } : {}),
          });
          r.lastCols = colsKey;
        }
        any = true;
      }
    }
    for (const s of this.statefulSets) {
      if (!this.dirtySts.has(s) && !this.dirtyCluster) continue;
      let current = 0,
        ready = 0;
      for (const p of s.pods)
        if (this.isActive(p)) {
          current++;
          if (this.isReady(p)) ready++;
        }
      const st: StatefulSetState = { name: s.name, replicas: s.s.spec.replicas ?? 1, current, ready };
      const last = s.history[s.history.length - 1]?.v;
      if (!last || last.replicas !== st.replicas || last.current !== st.current || last.ready !== st.ready) {
        s.history.push({ t: now, v: st });
        const cols = `${ready}/${st.replicas}`;
        if (cols !== s.lastCols) {
          this.watch.push({
            time: now,
            kind: 'StatefulSet',
            name: s.name,
            columns: [cols, kubectlAge(now - s.createdAt)],
          });
          s.lastCols = cols;
        }
        any = true;
      }
    }
    const pods = [...this.dirtyPods].sort((a, b) => a.seq - b.seq);
    for (const p of pods) {
      const pod = this.podOf(p);
      const row = podRow(pod, now);
      const st = this.podState(p, pod, row);
      const removed = p.removedAt !== undefined;
      const last = p.history[p.history.length - 1];
      p.history.push({ t: now, v: st });
      if (last && last.t === now) p.history.splice(p.history.length - 2, 1);
      const cols = `${st.ready}|${st.status}|${st.restarts}|${removed}`;
      if (cols !== p.lastCols) {
        this.watch.push({
          time: now,
          kind: 'Pod',
          name: p.name,
          columns: [row.ready, row.status, row.restarts, row.age],
          ...(removed ? { deleted: true } : {}),
        });
        p.lastCols = cols;
      }
      any = true;
    }
    for (const d of this.deployments) {
      if (!this.dirtyCluster && !d.rss.some((r) => this.dirtyRS.has(r)) && d.history.length > 0) continue;
      const st = this.deploymentState(d);
      const last = d.history[d.history.length - 1]?.v;
      if (
        !last ||
        JSON.stringify({ ...last, template: 0 }) !== JSON.stringify({ ...st, template: 0 }) ||
        canon(last.template) !== canon(st.template)
      ) {
        d.history.push({ t: now, v: st });
        any = true;
      }
    }
    for (const b of this.pdbs) {
      const st: PodDisruptionBudgetState = {
        name: b.name,
        minAvailable: b.p.spec.minAvailable,
        maxUnavailable: b.p.spec.maxUnavailable,
        currentHealthy: b.status.currentHealthy,
        desiredHealthy: b.status.desiredHealthy,
        expectedPods: b.status.expectedPods,
        disruptionsAllowed: b.status.disruptionsAllowed,
        disruptedPods: { ...b.status.disruptedPods },
      };
      const last = b.history[b.history.length - 1]?.v;
      if (!last || JSON.stringify(last) !== JSON.stringify(st)) {
        b.history.push({ t: now, v: st });
        any = true;
      }
    }
    for (const n of this.nodes) {
      const ready = n.conditions[0].status === 'True';
      const st: NodeState = {
        name: n.name,
        unschedulable: n.unschedulable,
        conditions: n.conditions.map((c) => ({ ...c })),
        taints: n.taints.map((t) => ({ ...t })),
        status: (ready ? 'Ready' : 'NotReady') + (n.unschedulable ? ',SchedulingDisabled' : ''),
      };
      const last = n.history[n.history.length - 1]?.v;
      if (!last || JSON.stringify(last) !== JSON.stringify(st)) {
        n.history.push({ t: now, v: st });
        any = true;
      }
    }
    if (this.jobs.record(now)) any = true;
    if (any) this.times.add(now);
    this.dirtyPods.clear();
    this.dirtyRS.clear();
    this.dirtySts.clear();
    this.dirtyCluster = false;
  }

  /**
   * Runs the scenario (actions checked by ./checks.ts). Stops when nothing is due (`settled`), at `until`, or
   * after `maxSteps` clock steps (`eventCap`, with a notice), also within one virtual second.
   */
  run(
    actions: ClusterAction[],
    until: number | undefined,
    maxSteps = EVENT_CAP,
  ): { endTime: number; stopReason: 'settled' | 'until' | 'eventCap'; notice?: string } {
    const limit = until ?? DEFAULT_UNTIL;
    const indexed = actions.map((a, i) => ({ a, i })).sort((x, y) => x.a.at - y.a.at);
    for (const { a, i } of indexed) this.clock.schedule(a.at, () => this.runActionAt(a, i));
    const capped = () => ({
      endTime: this.clock.now,
      stopReason: 'eventCap' as const,
      notice: `The simulation stopped at t=${this.clock.now}s after ${maxSteps.toLocaleString('en-US')} steps (the step cap, options.maxSteps): shorten \`until\` or make the scenario smaller.`,
    });
    this.reconcile();
    this.record();
    let steps = 0;
    while (true) {
      const next = this.clock.peekTime();
      if (next === undefined) return { endTime: this.clock.now, stopReason: 'settled' };
      if (next > limit) {
        this.clock.now = limit;
        return {
          endTime: limit,
          stopReason: 'until',
          notice:
            until === undefined
              ? `The simulation stopped at ${limit} s (the default limit); more was still due.`
              : undefined,
        };
      }
      // Every job due at this second runs before the controllers look.
      while (this.clock.peekTime() === next) {
        if (steps >= maxSteps) {
          // Jobs that keep scheduling jobs at the same second would never let the clock move on.
          this.record();
          return capped();
        }
        this.clock.step();
        steps++;
      }
      this.reconcile();
      this.record();
      if (this.onlyIdleProbes()) return { endTime: this.clock.now, stopReason: 'settled' };
      if (steps >= maxSteps) return capped();
    }
  }

  /** Nothing left but probe ticks that keep confirming Success: the cluster has settled (probes would run forever). */
  private onlyIdleProbes(): boolean {
    const pending = this.clock.pending;
    let idle = 0;
    for (const p of this.allPods) {
      const n = p.kubelet.idleJobs();
      if (n === undefined) return false;
      idle += n;
      if (idle > pending) return false;
    }
    return idle === pending;
  }

  // ------------------------------------------------------------ results

  private static at<T>(h: Snapshot<T>[], t: number): T | undefined {
    let lo = 0,
      hi = h.length - 1,
      ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (h[mid].t <= t) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans >= 0 ? h[ans].v : undefined;
  }

  stateAt(t: number): ClusterState {
    const pods: PodState[] = [];
    for (const p of this.allPods) {
      if (p.createdAt > t) continue;
      if (p.removedAt !== undefined && p.removedAt <= t) continue;
      const s = ClusterEngine.at(p.history, t);
      if (s) pods.push(s);
    }
    const replicaSets: ReplicaSetState[] = [];
    for (const r of this.replicaSets) {
      if (r.createdAt > t || (r.removedAt !== undefined && r.removedAt <= t)) continue;
      const s = ClusterEngine.at(r.history, t);
      if (s) replicaSets.push(s);
    }
    const pick = <T>(list: { history: Snapshot<T>[] }[]) =>
      list.map((x) => ClusterEngine.at(x.history, t)).filter((x): x is T => x !== undefined);
    return {
      time: t,
      nodes: pick(this.nodes),
      deployments: pick(this.deployments),
      replicaSets,
      statefulSets: pick(this.statefulSets),
      pods,
      podDisruptionBudgets: pick(this.pdbs),
      jobs: this.jobs.stateAt(t),
    };
  }

  rolloutHistory(name: string, t?: number): RolloutRevision[] {
    const d = this.deployments.find((x) => x.name === name);
    if (!d) return [];
    const when = t ?? this.clock.now;
    const out: RolloutRevision[] = [];
    for (const r of d.rss) {
      if (r.createdAt > when || (r.removedAt !== undefined && r.removedAt <= when)) continue;
      const s = ClusterEngine.at(r.history, when);
      if (!s?.revision) continue;
      out.push({
        revision: s.revision,
        replicaSet: r.name,
        hash: r.hash ?? '',
        image: s.image,
        ...(r.rs.metadata.annotations?.['kubernetes.io/change-cause']
          ? { changeCause: r.rs.metadata.annotations['kubernetes.io/change-cause'] }
          : {}),
      });
    }
    return out.sort((a, b) => a.revision - b.revision);
  }

  toSimulation(run: {
    endTime: number;
    stopReason: 'settled' | 'until' | 'eventCap';
    notice?: string;
  }): ClusterSimulation {
    const events = this.events;
    return {
      events,
      watch: this.watch,
      evictions: this.evictions,
      drain: this.drainLines,
      stateAt: (t: number) => this.stateAt(t),
      rolloutHistory: (name: string, t?: number) => this.rolloutHistory(name, t),
      objects: {
        deployments: this.deployments.map((d) => d.d),
        replicaSets: this.replicaSets.map((r) => r.rs),
        statefulSets: this.statefulSets.map((s) => s.s),
        podDisruptionBudgets: this.pdbs.map((b) => b.p),
        jobs: this.jobs.jobs.map((j) => j.job),
        pods: this.allPods.map((p) => this.podOf(p)),
      },
      times: [...this.times].sort((a, b) => a - b),
      endTime: run.endTime,
      stopReason: run.stopReason,
      ...(run.notice ? { notice: run.notice } : {}),
      nodeNames: this.nodes.map((n) => n.name),
    };
  }
}
