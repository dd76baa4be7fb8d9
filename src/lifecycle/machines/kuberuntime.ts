/**
 * Texts and rules of pkg/kubelet/kuberuntime (kuberuntime_container.go, kuberuntime_manager.go):
 * grace periods, hook failure messages, kill messages.
 */
import type { Container, LifecycleHandler, PodSpec } from '../types';

/** `minimumGracePeriodInSeconds` (kuberuntime_manager.go): always give a process 2 s after SIGTERM. */
export const MIN_GRACE_PERIOD = 2;

export type KillReason = 'liveness' | 'startup' | 'postStart' | 'other';

/**
 * `setTerminationGracePeriod`: the deletion's grace if the Pod is being deleted, else for a
 * liveness/startup kill the probe's `terminationGracePeriodSeconds` when set, else the Pod's
 * `terminationGracePeriodSeconds`, else 2.
 */
export function terminationGracePeriod(
  spec: PodSpec,
  c: Container,
  reason: KillReason,
  deletionGracePeriodSeconds: number | undefined,
): number {
  if (deletionGracePeriodSeconds !== undefined) return deletionGracePeriodSeconds;
  if (spec.terminationGracePeriodSeconds !== undefined) {
    if (reason === 'startup' && c.startupProbe?.terminationGracePeriodSeconds !== undefined)
      return c.startupProbe.terminationGracePeriodSeconds;
    if (reason === 'liveness' && c.livenessProbe?.terminationGracePeriodSeconds !== undefined)
      return c.livenessProbe.terminationGracePeriodSeconds;
    return spec.terminationGracePeriodSeconds;
  }
  return MIN_GRACE_PERIOD;
}

/** The hook's running time: the behaviour's, else a `sleep` handler's seconds, else instantaneous. */
export function hookSeconds(h: LifecycleHandler, fromBehavior: number | undefined): number {
  return fromBehavior ?? h.sleep?.seconds ?? 0;
}

/** `handlerRunner.Run` failure text (lifecycle/handlers.go), as stored in the waiting message. */
export function hookFailureMessage(h: LifecycleHandler, container: string, podRef: string, podIP: string): string {
  if (h.exec) {
    const cmd = h.exec.command ?? [];
    return `Exec lifecycle hook ([${cmd.join(' ')}]) for Container ${JSON.stringify(container)} in Pod ${JSON.stringify(podRef)} failed - error: command '${cmd.join(' ')}' exited with 1: , message: ""`;
  }
  if (h.httpGet) {
    const host = h.httpGet.host || podIP;
    const url = `${(h.httpGet.scheme ?? 'HTTP').toLowerCase()}://${host}:${h.httpGet.port}${h.httpGet.path ?? '/'}`;
    return `HTTP lifecycle hook (${h.httpGet.path ?? '/'}) for Container ${JSON.stringify(container)} in Pod ${JSON.stringify(podRef)} failed - error: Get ${JSON.stringify(url)}: dial tcp ${host}:${h.httpGet.port}: connect: connection refused, message: ""`;
  }
  return `Lifecycle hook for Container ${JSON.stringify(container)} in Pod ${JSON.stringify(podRef)} failed`;
}
