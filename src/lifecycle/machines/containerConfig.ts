/**
 * What can stop a container between its image and its process, in Kubernetes 1.35:
 *
 * - `CreateContainerConfigError`: the kubelet cannot build the container's configuration because an
 *   environment variable refers to a ConfigMap or Secret that does not exist.
 *   kubelet_pods.go `makeEnvironmentVariables`
 *   (https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/kubelet/kubelet_pods.go): `envFrom` first, in
 *   order, then `env[].valueFrom.configMapKeyRef` / `secretKeyRef`; a reference with `optional: true` that is
 *   not found is skipped; the first other failure is returned as is. The kubelet's ConfigMap and Secret managers
 *   answer `NotFound` for the group resources `configmap` and `secret`, hence `configmap "x" not found` and
 *   `secret "x" not found` (pkg/kubelet/configmap/configmap_manager.go `NewWatchingConfigMapManager`,
 *   pkg/kubelet/secret/secret_manager.go). kuberuntime_container.go `startContainer` records the event
 *   `Failed` "Error: <message>" and returns `ErrCreateContainerConfig`, the waiting reason.
 *   Keys inside a ConfigMap or Secret are not modelled: one that exists has every key.
 * - `RunContainerError`: the runtime created the container but could not start its process (a command that
 *   is not in the image, a file that is not executable). startContainer records `Failed` "Error: <message>"
 *   and returns `ErrRunContainer`; containerd's CRI plugin reports that container as exited, reason
 *   `StartError`, exit code 128, with the runtime's message. The message below is containerd 2 with runc;
 *   its exact words depend on the runtime and its version.
 */
import type { ClusterSpec, Container } from '../types';

/** A reference to a ConfigMap or Secret from a container's environment. */
interface ConfigRef {
  kind: 'configmap' | 'secret';
  name: string;
  optional: boolean;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function refOf(kind: ConfigRef['kind'], v: unknown): ConfigRef | undefined {
  if (!isObject(v) || typeof v.name !== 'string') return undefined;
  return { kind, name: v.name, optional: v.optional === true };
}

/** Bound on the references read from one container (the API server allows far fewer env entries in practice). */
const MAX_REFS = 10_000;

/** The ConfigMap and Secret references of a container's environment, in the order the kubelet resolves them. */
export function configRefsOf(c: Container): ConfigRef[] {
  const out: ConfigRef[] = [];
  const envFrom = (c as { envFrom?: unknown }).envFrom;
  if (Array.isArray(envFrom)) {
    for (const e of envFrom.slice(0, MAX_REFS)) {
      if (!isObject(e)) continue;
      const ref = refOf('configmap', e.configMapRef) ?? refOf('secret', e.secretRef);
      if (ref) out.push(ref);
    }
  }
  const env = (c as { env?: unknown }).env;
  if (Array.isArray(env)) {
    for (const e of env.slice(0, MAX_REFS)) {
      if (!isObject(e) || !isObject(e.valueFrom)) continue;
      const ref = refOf('configmap', e.valueFrom.configMapKeyRef) ?? refOf('secret', e.valueFrom.secretKeyRef);
      if (ref) out.push(ref);
    }
  }
  return out;
}

/**
 * The message of `makeEnvironmentVariables` for this container, or `undefined` when every non-optional
 * reference exists (`cluster.configMaps`, `cluster.secrets`).
 */
export function containerConfigError(c: Container, cluster: ClusterSpec): string | undefined {
  const configMaps = new Set(Array.isArray(cluster.configMaps) ? cluster.configMaps : []);
  const secrets = new Set(Array.isArray(cluster.secrets) ? cluster.secrets : []);
  for (const ref of configRefsOf(c)) {
    const exists = ref.kind === 'configmap' ? configMaps.has(ref.name) : secrets.has(ref.name);
    if (exists || ref.optional) continue;
    return `${ref.kind} ${JSON.stringify(ref.name)} not found`;
  }
  return undefined;
}

export type ExecError = 'notFound' | 'notExecutable';
export const EXEC_ERRORS: readonly ExecError[] = ['notFound', 'notExecutable'];

/** containerd CRI `errorStartExitCode` / `errorStartReason` (internal/cri/server/container_start.go). */
export const START_ERROR = { exitCode: 128, reason: 'StartError' } as const;

/** The program the runtime executes: `command[0]`, else `args[0]`, else the image's entrypoint (unknown to the model). */
export function programOf(c: Container): string {
  const cmd = Array.isArray(c.command) && typeof c.command[0] === 'string' ? c.command[0] : undefined;
  const arg = Array.isArray(c.args) && typeof c.args[0] === 'string' ? c.args[0] : undefined;
  return cmd ?? arg ?? '/docker-entrypoint.sh';
}

/** The start failure's message as containerd 2 with runc reports it (the kubelet shows it after `Error: `). */
export function startErrorMessage(c: Container, kind: ExecError): string {
  const prog = programOf(c);
  const why =
    kind === 'notExecutable'
      ? `exec: ${JSON.stringify(prog)}: permission denied`
      : prog.includes('/')
        ? `exec: ${JSON.stringify(prog)}: stat ${prog}: no such file or directory`
        : `exec: ${JSON.stringify(prog)}: executable file not found in $PATH`;
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${why}: unknown`;
}

/**
 * `configMap` and `secret` volumes whose object is missing (and not `optional`): the volume manager cannot set
 * them up. volume/configmap/configmap.go and volume/secret/secret.go `SetUpAt` return the manager's NotFound
 * error; the operation executor wraps it as `MountVolume.SetUp failed for volume "<volume>" : <error>`
 * (volume/util/operationexecutor/operation_generator.go `GenerateMountVolumeFunc`), the text of each
 * `FailedMount` event. Projected volumes are not modelled.
 */
export function missingVolumes(volumes: unknown, cluster: ClusterSpec): { volume: string; message: string }[] {
  if (!Array.isArray(volumes)) return [];
  const configMaps = new Set(Array.isArray(cluster.configMaps) ? cluster.configMaps : []);
  const secrets = new Set(Array.isArray(cluster.secrets) ? cluster.secrets : []);
  const out: { volume: string; message: string }[] = [];
  for (const v of volumes.slice(0, MAX_REFS)) {
    if (!isObject(v) || typeof v.name !== 'string') continue;
    let missing: string | undefined;
    if (
      isObject(v.configMap) &&
      typeof v.configMap.name === 'string' &&
      v.configMap.optional !== true &&
      !configMaps.has(v.configMap.name)
    ) {
      missing = `configmap ${JSON.stringify(v.configMap.name)} not found`;
    } else if (
      isObject(v.secret) &&
      typeof v.secret.secretName === 'string' &&
      v.secret.optional !== true &&
      !secrets.has(v.secret.secretName)
    ) {
      missing = `secret ${JSON.stringify(v.secret.secretName)} not found`;
    }
    if (missing)
      out.push({
        volume: v.name,
        message: `MountVolume.SetUp failed for volume ${JSON.stringify(v.name)} : ${missing}`,
      });
  }
  return out;
}

/**
 * volumemanager/volume_manager.go: `podAttachAndMountTimeout` (2 min 3 s), how long a pod sync waits in
 * `WaitForAttachAndMount`; nestedpendingoperations.go exponential back-off of a failed mount: 500 ms, doubled,
 * at most 2 min 2 s.
 */
export const VOLUME_TIMING = { waitForMount: 123, retryInitial: 0.5, retryMax: 122 } as const;
