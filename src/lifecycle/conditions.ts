/**
 * The Pod conditions the kubelet owns, rebuilt at every status update.
 *
 * Follows `pkg/kubelet/status/generate.go` (`GeneratePodReadyToStartContainersCondition`,
 * `GeneratePodInitializedCondition`, `GeneratePodReadyCondition`, `GenerateContainersReadyCondition`) and the
 * order in which `pkg/kubelet/kubelet_pods.go` `generateAPIPodStatus` appends them:
 * PodReadyToStartContainers, Initialized, Ready, ContainersReady, PodScheduled.
 */
import type { ConditionStatus, ContainerStatus, Pod, PodCondition, PodPhase } from './types';
import { isRestartableInitContainer, statusOf } from './phase';

/** Reasons from `status/generate.go`. */
export const UnknownContainerStatuses = 'UnknownContainerStatuses';
export const PodCompleted = 'PodCompleted';
export const PodFailed = 'PodFailed';
export const ContainersNotReady = 'ContainersNotReady';
export const ContainersNotInitialized = 'ContainersNotInitialized';
export const ReadinessGatesNotReady = 'ReadinessGatesNotReady';

export interface ConditionOptions {
  /** The sandbox (with its network) exists: PodReadyToStartContainers is True. Default true. */
  sandboxReady?: boolean;
  /**
   * The scheduler's condition. Default: `True` when `spec.nodeName` is set, else `False` / `Unschedulable`.
   * Pass an object to set reason and message (e.g. `SchedulingGated`).
   */
  scheduled?: boolean | { status: ConditionStatus; reason?: string; message?: string };
  /** Earlier conditions: a condition whose status is unchanged keeps its `lastTransitionTime`; others are kept too (e.g. DisruptionTarget). */
  previous?: PodCondition[];
  /** Virtual time of this update, written as `lastTransitionTime` on changed conditions. */
  now?: number;
}

/** Go's `fmt.Sprintf("%s", []string{...})`: `[a b]`. */
function goList(names: string[]): string {
  return `[${names.join(' ')}]`;
}

function cond(type: string, status: ConditionStatus, reason?: string, message?: string): PodCondition {
  const c: PodCondition = { type, status };
  if (reason) c.reason = reason;
  if (message) c.message = message;
  return c;
}

/** `kubecontainer.HasAnyRegularContainerStarted` on API statuses: a regular container is running or has terminated. */
function hasAnyRegularContainerStarted(pod: Pod): boolean {
  const names = new Set(pod.spec.containers.map((c) => c.name));
  return (pod.status?.containerStatuses ?? []).some(
    (s) => names.has(s.name) && (!!s.state?.running || !!s.state?.terminated),
  );
}

/** `GeneratePodInitializedCondition`. */
function initializedCondition(pod: Pod, all: ContainerStatus[] | undefined, phase: PodPhase): PodCondition {
  const inits = pod.spec.initContainers ?? [];
  if (all === undefined && inits.length > 0) return cond('Initialized', 'False', UnknownContainerStatuses);
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (const c of inits) {
    const s = statusOf(all, c.name);
    if (!s) {
      unknown.push(c.name);
      continue;
    }
    if (isRestartableInitContainer(c)) {
      if (s.started !== true) incomplete.push(c.name);
      continue;
    }
    if (!s.ready) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return cond('Initialized', 'True', PodCompleted);
  // A regular container already started: the Pod initialized before, even if a sidecar is restarting now.
  if (hasAnyRegularContainerStarted(pod)) return cond('Initialized', 'True');
  const msgs: string[] = [];
  if (unknown.length) msgs.push(`containers with unknown status: ${goList(unknown)}`);
  if (incomplete.length) msgs.push(`containers with incomplete status: ${goList(incomplete)}`);
  if (msgs.length) return cond('Initialized', 'False', ContainersNotInitialized, msgs.join(', '));
  return cond('Initialized', 'True');
}

/** `GenerateContainersReadyCondition`. */
function containersReadyCondition(pod: Pod, all: ContainerStatus[] | undefined, phase: PodPhase): PodCondition {
  if (all === undefined) return cond('ContainersReady', 'False', UnknownContainerStatuses);
  const unknown: string[] = [];
  const unready: string[] = [];
  for (const c of pod.spec.initContainers ?? []) {
    if (!isRestartableInitContainer(c)) continue;
    const s = statusOf(pod.status?.initContainerStatuses, c.name);
    if (!s) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  for (const c of pod.spec.containers) {
    const s = statusOf(all, c.name);
    if (!s) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return cond('ContainersReady', 'False', PodCompleted);
  if (phase === 'Failed') return cond('ContainersReady', 'False', PodFailed);
  const msgs: string[] = [];
  if (unknown.length) msgs.push(`containers with unknown status: ${goList(unknown)}`);
  if (unready.length) msgs.push(`containers with unready status: ${goList(unready)}`);
  if (msgs.length) return cond('ContainersReady', 'False', ContainersNotReady, msgs.join(', '));
  return cond('ContainersReady', 'True');
}

/** `GeneratePodReadyCondition`: ContainersReady, then every readiness gate's condition must be True. */
function readyCondition(pod: Pod, containersReady: PodCondition, conditions: PodCondition[]): PodCondition {
  if (containersReady.status !== 'True')
    return cond('Ready', containersReady.status, containersReady.reason, containersReady.message);
  const msgs: string[] = [];
  for (const g of pod.spec.readinessGates ?? []) {
    const c = conditions.find((x) => x.type === g.conditionType);
    if (!c)
      msgs.push(`corresponding condition of pod readiness gate ${JSON.stringify(g.conditionType)} does not exist.`);
    else if (c.status !== 'True')
      msgs.push(`the status of pod readiness gate ${JSON.stringify(g.conditionType)} is not "True", but ${c.status}`);
  }
  if (msgs.length) return cond('Ready', 'False', ReadinessGatesNotReady, msgs.join(', '));
  return cond('Ready', 'True');
}

/**
 * The conditions of `pod` for `phase`, in the order a real `kubectl get pod -o yaml` lists them:
 * PodReadyToStartContainers, Initialized, Ready, ContainersReady, PodScheduled, then conditions the kubelet
 * does not own (from `opts.previous`, e.g. DisruptionTarget, or readiness-gate conditions).
 *
 * Follows `pkg/kubelet/status/generate.go`; statuses are read from `pod.status`. Messages use Go's list format
 * (`containers with unready status: [app sidecar]`). `lastTransitionTime` is copied from `opts.previous` when a
 * condition's status did not change, else set to `opts.now` (the status manager's `updateLastTransitionTime`).
 */
export function generateConditions(pod: Pod, phase: PodPhase, opts: ConditionOptions = {}): PodCondition[] {
  const st = pod.status;
  const all =
    st && (st.initContainerStatuses || st.containerStatuses)
      ? [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]
      : undefined;
  const previous = opts.previous ?? st?.conditions ?? [];
  const out: PodCondition[] = [];
  out.push(cond('PodReadyToStartContainers', opts.sandboxReady === false ? 'False' : 'True'));
  out.push(initializedCondition(pod, all, phase));
  const containersReady = containersReadyCondition(pod, all, phase);
  out.push(readyCondition(pod, containersReady, [...previous, ...out]));
  out.push(containersReady);
  const sch = opts.scheduled ?? !!pod.spec.nodeName;
  if (typeof sch === 'boolean')
    out.push(sch ? cond('PodScheduled', 'True') : cond('PodScheduled', 'False', 'Unschedulable'));
  else out.push(cond('PodScheduled', sch.status, sch.reason, sch.message));
  const owned = new Set(out.map((c) => c.type));
  for (const c of previous) if (!owned.has(c.type)) out.push({ ...c });
  for (const c of out) {
    if (!owned.has(c.type)) continue;
    const before = previous.find((p) => p.type === c.type);
    if (before && before.status === c.status && before.lastTransitionTime !== undefined)
      c.lastTransitionTime = before.lastTransitionTime;
    else if (opts.now !== undefined) c.lastTransitionTime = opts.now;
  }
  return out;
}
