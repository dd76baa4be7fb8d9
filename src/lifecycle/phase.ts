/**
 * The Pod phase, as the kubelet computes it.
 *
 * Follows `pkg/kubelet/kubelet_pods.go` `getPhase` (1.35, with the `ContainerRestartRules` gate on, as it is
 * by default in 1.35), `pkg/api/v1/pod/util.go` `IsRestartableInitContainer` and `ContainerShouldRestart`.
 */
import type { Container, ContainerStatus, ObjectMeta, PodPhase, PodSpec, PodStatus } from './types';

/** `ContainerRestartRule` (KEP-5307, beta in 1.35); not in `types.ts`'s `Container`, read when present. */
export interface ContainerRestartRule {
  action: 'Restart' | string;
  exitCodes?: { operator: 'In' | 'NotIn' | string; values?: number[] };
}
type WithRules = Container & { restartPolicyRules?: ContainerRestartRule[] };

/**
 * `pkg/api/v1/pod/util.go` `IsRestartableInitContainer`: an init container with `restartPolicy: Always`
 * (a sidecar). Call it only for init containers.
 */
export function isRestartableInitContainer(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function ruleMatches(rule: ContainerRestartRule, exitCode: number): boolean {
  const ec = rule.exitCodes;
  if (!ec) return false;
  const inValues = (ec.values ?? []).includes(exitCode);
  if (ec.operator === 'In') return inValues;
  if (ec.operator === 'NotIn') return !inValues;
  return false;
}

/**
 * `pkg/api/v1/pod/util.go` `ContainerShouldRestart`: will this container be restarted after exiting with
 * `exitCode`? Container-level rules first (`restartPolicyRules`, first match wins; action `Restart`),
 * then the container's own `restartPolicy`, then the Pod's (empty counts as `Always`).
 * A sidecar (init container with `restartPolicy: Always`) always restarts.
 */
export function containerShouldRestart(container: Container, spec: PodSpec, exitCode: number): boolean {
  const c = container as WithRules;
  if (c.restartPolicy) {
    for (const rule of c.restartPolicyRules ?? []) {
      if (ruleMatches(rule, exitCode)) {
        // 'RestartAllContainers' (alpha in 1.35, gate off by default) is not modelled; it stops here too.
        return rule.action === 'Restart';
      }
    }
    return policyRestarts(c.restartPolicy, exitCode);
  }
  return policyRestarts(spec.restartPolicy ?? 'Always', exitCode);
}

function policyRestarts(policy: string, exitCode: number): boolean {
  switch (policy) {
    case 'Never':
      return false;
    case 'OnFailure':
      return exitCode !== 0;
    default:
      return true;
  }
}

/** Name → index of the first status with that name, per statuses list (lists of thousands of containers are searched once per container). */
const statusIndexes = new WeakMap<ContainerStatus[], { length: number; index: Map<string, number> }>();

/**
 * `podutil.GetContainerStatus`: the first status with that name. Upstream searches the list; an index per
 * list (rebuilt when the list no longer matches it) gives the same answer without a quadratic cost.
 */
export function statusOf(statuses: ContainerStatus[] | undefined, name: string): ContainerStatus | undefined {
  if (!statuses) return undefined;
  if (statuses.length < 8) return statuses.find((s) => s.name === name);
  let cached = statusIndexes.get(statuses);
  let i = cached?.length === statuses.length ? cached.index.get(name) : undefined;
  // Lists are built once and not changed afterwards; a list whose length changed is indexed again.
  if (cached?.length === statuses.length && i === undefined) return undefined;
  if (i === undefined || statuses[i]?.name !== name) {
    const index = new Map<string, number>();
    statuses.forEach((s, j) => {
      if (!index.has(s.name)) index.set(s.name, j);
    });
    cached = { length: statuses.length, index };
    statusIndexes.set(statuses, cached);
    i = index.get(name);
  }
  return i === undefined ? undefined : statuses[i];
}

function stateIsEmpty(s: ContainerStatus): boolean {
  const st = s.state ?? {};
  return !st.running && !st.terminated && !st.waiting;
}

/**
 * `kubecontainer.HasAnyActiveRegularContainerStarted` (a regular container exists in the current sandbox),
 * approximated from API statuses: a regular container is running, has terminated, or waits after a termination
 * (crash-loop back-off). Used when `opts.podHasInitialized` is not given; a recreated sandbox must pass `false`.
 */
function anyRegularContainerStarted(spec: PodSpec, statuses: ContainerStatus[]): boolean {
  return spec.containers.some((c) => {
    const s = statusOf(statuses, c.name);
    return !!s && (!!s.state?.running || !!s.state?.terminated || !!s.lastState?.terminated);
  });
}

/**
 * `pkg/kubelet/kubelet_pods.go` `getPhase`, with the `ContainerRestartRules` gate on (1.35 default).
 *
 * Statuses are looked up by name in `containerStatuses ++ initContainerStatuses`, first match wins, as upstream.
 * - `opts.podIsTerminal`: the kubelet is tearing the Pod down (deleted, evicted, deadline); all stopped →
 *   Succeeded or Failed, whatever the restart policy (not for static Pods: upstream TODO #116484).
 * - `opts.podHasInitialized`: a regular container has started in the current sandbox
 *   (`HasAnyActiveRegularContainerStarted`); derived from the statuses when omitted.
 * - `opts.isStaticPod`: defaults to the `kubernetes.io/config.mirror` / `kubernetes.io/config.source` annotations.
 * Never returns `Unknown` (deprecated, not set since 2015).
 */
export function derivePodPhase(
  pod: { spec: PodSpec; status?: Partial<PodStatus>; metadata?: ObjectMeta },
  opts: { podIsTerminal?: boolean; podHasInitialized?: boolean; isStaticPod?: boolean } = {},
): PodPhase {
  const spec = pod.spec;
  const info = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  const podIsTerminal = opts.podIsTerminal ?? false;
  const podHasInitialized = opts.podHasInitialized ?? anyRegularContainerStarted(spec, info);
  const ann = pod.metadata?.annotations ?? {};
  const isStaticPod =
    opts.isStaticPod ??
    (ann['kubernetes.io/config.mirror'] !== undefined || (ann['kubernetes.io/config.source'] ?? 'api') !== 'api');

  let pendingRestartableInit = 0;
  let pendingRegularInit = 0;
  let failedInitNotRestartable = 0;

  // Regular init containers (no restart policy of their own, or not Always).
  for (const c of spec.initContainers ?? []) {
    if (isRestartableInitContainer(c)) continue;
    const s = statusOf(info, c.name);
    if (!s) {
      pendingRegularInit++;
      continue;
    }
    const st = s.state ?? {};
    if (st.running) {
      pendingRegularInit++;
    } else if (st.terminated) {
      if (st.terminated.exitCode !== 0) {
        if (!containerShouldRestart(c, spec, st.terminated.exitCode)) failedInitNotRestartable++;
      }
    } else if (st.waiting) {
      const last = s.lastState?.terminated;
      if (last) {
        if (last.exitCode !== 0) {
          if (!containerShouldRestart(c, spec, last.exitCode)) failedInitNotRestartable++;
        }
      } else {
        pendingRegularInit++;
      }
    } else {
      pendingRegularInit++;
    }
  }

  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  let stoppedNotRestartable = 0;

  // Sidecars: restartable init containers.
  for (const c of spec.initContainers ?? []) {
    if (!isRestartableInitContainer(c)) continue;
    const s = statusOf(info, c.name);
    if (!s) {
      unknown++;
      continue;
    }
    const st = s.state ?? {};
    if (st.running) {
      if (s.started !== true) pendingRestartableInit++;
      running++;
    } else if (st.terminated) {
      // A terminated sidecar is restarting (or the Pod is terminating); it does not count.
    } else if (st.waiting) {
      if (!s.lastState?.terminated) {
        pendingRestartableInit++;
        waiting++;
      }
    } else {
      pendingRestartableInit++;
      unknown++;
    }
  }

  for (const c of spec.containers) {
    const s = statusOf(info, c.name);
    if (!s) {
      unknown++;
      continue;
    }
    const st = s.state ?? {};
    if (st.running) {
      running++;
    } else if (st.terminated) {
      stopped++;
      if (st.terminated.exitCode === 0) succeeded++;
      if (!containerShouldRestart(c, spec, st.terminated.exitCode)) stoppedNotRestartable++;
    } else if (st.waiting) {
      const last = s.lastState?.terminated;
      if (last) {
        // Crash-loop back-off: it ran and stopped, and is waiting to restart.
        stopped++;
        if (!containerShouldRestart(c, spec, last.exitCode)) stoppedNotRestartable++;
      } else {
        waiting++;
      }
    } else if (stateIsEmpty(s)) {
      unknown++;
    }
  }

  if (failedInitNotRestartable > 0) return 'Failed';

  if (pendingRegularInit > 0 || (pendingRestartableInit > 0 && !podHasInitialized) || waiting > 0) return 'Pending';
  if (running > 0 && unknown === 0) return 'Running';
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal && !isStaticPod) return stopped === succeeded ? 'Succeeded' : 'Failed';
    if (stopped !== stoppedNotRestartable) return 'Running';
    return stopped === succeeded ? 'Succeeded' : 'Failed';
  }
  return 'Pending';
}
