/**
 * A container's memory limit and when the kernel's OOM killer ends it.
 *
 * The kubelet writes `resources.limits.memory` into the container's cgroup (`memory.max` on cgroup v2). When the
 * processes of the cgroup need more, the kernel kills one (SIGKILL); the runtime then reports the container as
 * exited with code 137 (128 + 9) and reason `OOMKilled` (containerd's CRI plugin), which the kubelet copies to
 * `state.terminated` and restarts per `restartPolicy` with the usual crash-loop back-off. No memory limit, no
 * container OOM kill: only the node can run out (node OOM killer, or the kubelet's node-pressure eviction).
 * See https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/ (Kubernetes 1.35).
 */
import type { Container, ContainerBehavior } from './types';
import { parseQuantityValue } from './quantity';

/** `limits.memory` in bytes, or undefined when the container has none (or an unreadable one, refused earlier). */
export function memoryLimitBytes(c: Container | undefined): bigint | undefined {
  const lim = (c?.resources as { limits?: Record<string, unknown> } | undefined)?.limits;
  const raw = lim && typeof lim === 'object' ? lim.memory : undefined;
  if (raw === undefined || raw === null) return undefined;
  try {
    const q = parseQuantityValue(raw as string | number);
    // Quantity.Value(): whole bytes, rounded up. A zero limit is no limit for the cgroup.
    const bytes = (q.nanos + 999_999_999n) / 1_000_000_000n;
    return bytes > 0n ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds after the start when the OOM killer ends this attempt, or undefined if it never does. */
export function oomKillAfter(c: Container | undefined, behavior: ContainerBehavior): number | undefined {
  const mem = behavior.memory;
  if (!mem) return undefined;
  const limit = memoryLimitBytes(c);
  if (limit === undefined) return undefined;
  const used = BigInt(Math.ceil(mem.mebibytes * 1024 * 1024));
  return used > limit ? (mem.afterSeconds ?? 0) : undefined;
}
