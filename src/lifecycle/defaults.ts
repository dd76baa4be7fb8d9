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

/** `SetDefaults_ObjectFieldSelector`: `fieldRef.apiVersion: v1`. */
function defaultFieldRef(ref: unknown): void {
  if (ref && typeof ref === 'object' && (ref as { apiVersion?: string }).apiVersion === undefined)
    (ref as { apiVersion?: string }).apiVersion = 'v1';
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
  // SetDefaults_GRPCAction: service "".
  if (p.grpc && p.grpc.service === undefined) p.grpc.service = '';
  defaultHandler(p);
}

/** SetDefaults_Container (also used for init and ephemeral containers). */
function defaultContainer(c: Container, hostNetwork = false, copyLimits = true): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(c.image ?? '');
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  for (const p of c.ports ?? []) {
    if (!p.protocol) p.protocol = 'TCP';
    // SetDefaults_Pod with hostNetwork: hostPort = containerPort.
    const hp = p as { hostPort?: number };
    if (hostNetwork && !hp.hostPort) hp.hostPort = p.containerPort;
  }
  for (const e of c.env ?? []) defaultFieldRef((e as { valueFrom?: { fieldRef?: unknown } }).valueFrom?.fieldRef);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  defaultHandler(c.lifecycle?.postStart);
  defaultHandler(c.lifecycle?.preStop);
  // SetDefaults_Pod: limits without requests → requests = limits.
  const res = c.resources as { limits?: Record<string, unknown>; requests?: Record<string, unknown> } | undefined;
  if (copyLimits && res?.limits && typeof res.limits === 'object') {
    res.requests = { ...res.limits, ...(res.requests ?? {}) };
  }
}

/** A toleration that already covers `key`/NoExecute (`DefaultTolerationSeconds` admission's check). */
function tolerates(ts: Toleration[], key: string): boolean {
  return ts.some(
    (t) =>
      (t.effect === undefined || t.effect === '' || t.effect === 'NoExecute') &&
      (t.key === undefined || t.key === '' || t.key === key),
  );
}

const VOLUME_SOURCES_WITH_MODE = ['secret', 'configMap', 'downwardAPI', 'projected'] as const;
/** Every volume source of the core/v1 API (`VolumeSource` members), for defaulting and validation. */
export const KNOWN_VOLUME_SOURCES = [
  'hostPath',
  'emptyDir',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'persistentVolumeClaim',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'downwardAPI',
  'fc',
  'azureFile',
  'configMap',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'projected',
  'portworxVolume',
  'scaleIO',
  'storageos',
  'csi',
  'ephemeral',
  'image',
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
    const hostPath = v.hostPath as { type?: string } | undefined;
    if (hostPath && typeof hostPath === 'object' && hostPath.type === undefined) hostPath.type = '';
    for (const item of (v.downwardAPI as { items?: { fieldRef?: unknown }[] } | undefined)?.items ?? [])
      defaultFieldRef(item.fieldRef);
    const sources = (v.projected as { sources?: Record<string, unknown>[] } | undefined)?.sources ?? [];
    for (const src of sources) {
      const token = src.serviceAccountToken as { expirationSeconds?: number } | undefined;
      if (token && token.expirationSeconds === undefined) token.expirationSeconds = 3600;
      for (const item of (src.downwardAPI as { items?: { fieldRef?: unknown }[] } | undefined)?.items ?? [])
        defaultFieldRef(item.fieldRef);
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
  if (spec.terminationGracePeriodSeconds === undefined)
    spec.terminationGracePeriodSeconds = DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS;
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  if (spec.enableServiceLinks === undefined) spec.enableServiceLinks = true;
  if (!spec.serviceAccountName) spec.serviceAccountName = 'default';
  const hostNetwork = spec.hostNetwork === true;
  for (const c of spec.initContainers ?? []) defaultContainer(c, hostNetwork);
  for (const c of spec.containers ?? []) defaultContainer(c, hostNetwork);
  // Ephemeral containers get SetDefaults_EphemeralContainer (= SetDefaults_Container), not the limits→requests copy.
  for (const c of spec.ephemeralContainers ?? []) defaultContainer(c, false, false);
  defaultVolumes(spec);
  const tolerations = spec.tolerations ?? [];
  const added: Toleration[] = [];
  if (!tolerates(tolerations, NOT_READY_TAINT))
    added.push({
      key: NOT_READY_TAINT,
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: DEFAULT_TOLERATION_SECONDS,
    });
  if (!tolerates(tolerations, UNREACHABLE_TAINT))
    added.push({
      key: UNREACHABLE_TAINT,
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: DEFAULT_TOLERATION_SECONDS,
    });
  if (added.length > 0) spec.tolerations = [...tolerations, ...added];
  return out;
}
