/**
 * What the API server adds to a Pod when it stores it.
 *
 * Follows `pkg/apis/core/v1/defaults.go` (`SetDefaults_Pod`, `SetDefaults_PodSpec`, `SetDefaults_Container`,
 * `SetDefaults_EphemeralContainer`, `SetDefaults_ContainerPort`, `SetDefaults_Probe`, `SetDefaults_HTTPGetAction`,
 * `SetDefaults_Volume` and the volume-source defaults) plus the admission plugins that always run on a Pod create:
 * `DefaultTolerationSeconds` (`plugin/pkg/admission/defaulttolerationseconds/admission.go`) and
 * `ServiceAccount` (only `serviceAccountName: default`; the token volume is not modelled).
 */
import type { Container, Pod, PodSpec, Probe, LifecycleHandler, Toleration } from './types';
import { defaultPullPolicy } from './image';

/** `v1.DefaultTerminationGracePeriodSeconds`. */
export const DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS = 30;
/** `--default-not-ready-toleration-seconds` / `--default-unreachable-toleration-seconds` defaults. */
export const DEFAULT_TOLERATION_SECONDS = 300;

const NOT_READY_TAINT = 'node.kubernetes.io/not-ready';
const UNREACHABLE_TAINT = 'node.kubernetes.io/unreachable';

function clone<T>(v: T): T {
  return structuredClone(v);
}

function defaultHandler(h: LifecycleHandler | Probe | undefined): void {
  if (h?.httpGet) {
    if (h.httpGet.path === undefined || h.httpGet.path === '') h.httpGet.path = '/';
    if (h.httpGet.scheme === undefined) h.httpGet.scheme = 'HTTP';
  }
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  // SetDefaults_Probe: zero means unset for these, as in Go.
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
  // initialDelaySeconds is a plain int32 in v1: it serialises as 0 when unset.
  if (p.initialDelaySeconds === undefined) p.initialDelaySeconds = 0;
  defaultHandler(p);
}

/** SetDefaults_Container (also used for init and ephemeral containers). */
function defaultContainer(c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(c.image ?? '');
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  for (const p of c.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  defaultHandler(c.lifecycle?.postStart);
  defaultHandler(c.lifecycle?.preStop);
  // SetDefaults_Pod: limits without requests → requests = limits.
  const res = c.resources as { limits?: Record<string, unknown>; requests?: Record<string, unknown> } | undefined;
  if (res?.limits && typeof res.limits === 'object') {
    res.requests = { ...res.limits, ...(res.requests ?? {}) };
  }
}

/** A toleration that already covers `key`/NoExecute (`DefaultTolerationSeconds` admission's check). */
function tolerates(ts: Toleration[], key: string): boolean {
  return ts.some((t) => (t.effect === undefined || t.effect === '' || t.effect === 'NoExecute') && (t.key === undefined || t.key === '' || t.key === key));
}

const VOLUME_SOURCES_WITH_MODE = ['secret', 'configMap', 'downwardAPI', 'projected'] as const;
const KNOWN_VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile',
  'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume',
  'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

function defaultVolumes(spec: PodSpec): void {
  for (const v of spec.volumes ?? []) {
    // SetDefaults_Volume: a volume with no source is an emptyDir.
    if (!KNOWN_VOLUME_SOURCES.some((k) => v[k] !== undefined)) v.emptyDir = {};
    for (const k of VOLUME_SOURCES_WITH_MODE) {
      const src = v[k] as { defaultMode?: number } | undefined;
      // 0644 (420) for secret, configMap, downwardAPI and projected.
      if (src && typeof src === 'object' && src.defaultMode === undefined) src.defaultMode = 420;
    }
  }
}

/**
 * The Pod the API server stores: a new object (the input is never mutated) with the v1 defaults
 * (`pkg/apis/core/v1/defaults.go`) and what create-time admission adds: `metadata.namespace: default`,
 * `serviceAccountName: default`, and the two `DefaultTolerationSeconds` NoExecute tolerations
 * (`node.kubernetes.io/not-ready` and `node.kubernetes.io/unreachable`, 300 s) unless already tolerated.
 * Defaulting never overwrites a value that is set, so `imagePullPolicy` keeps its value when the image changes.
 */
export function applyDefaults(pod: Pod): Pod {
  const out = clone(pod);
  out.apiVersion ??= 'v1';
  out.kind ??= 'Pod';
  out.metadata = out.metadata ?? {};
  if (!out.metadata.namespace) out.metadata.namespace = 'default';
  const spec = out.spec;
  if (!spec) return out;
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (spec.securityContext === undefined) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined) spec.terminationGracePeriodSeconds = DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
  if (!spec.serviceAccountName) spec.serviceAccountName = 'default';
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.ephemeralContainers ?? []) defaultContainer(c);
  defaultVolumes(spec);
  const tolerations = spec.tolerations ?? [];
  const added: Toleration[] = [];
  if (!tolerates(tolerations, NOT_READY_TAINT)) added.push({ key: NOT_READY_TAINT, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
  if (!tolerates(tolerations, UNREACHABLE_TAINT)) added.push({ key: UNREACHABLE_TAINT, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: DEFAULT_TOLERATION_SECONDS });
  if (added.length > 0) spec.tolerations = [...tolerations, ...added];
  return out;
}
