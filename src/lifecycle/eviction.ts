/**
 * The order in which the kubelet's eviction manager picks Pods to evict under memory pressure
 * (`pkg/kubelet/eviction/helpers.go` `rankMemoryPressure`, Kubernetes 1.35):
 * https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/kubelet/eviction/helpers.go
 *
 *   orderedBy(exceedMemoryRequests, priority, memory)
 *
 * 1. Pods whose memory usage exceeds their request come first (a Pod without usage figures comes first of all);
 * 2. then lower `spec.priority` first (unset = 0);
 * 3. then the larger usage above the request first (usage − request, which may be negative).
 * The QoS class is not a key: a BestEffort Pod (request 0) usually comes first only because any usage exceeds 0.
 * The request is the Pod's effective memory request (`podRequests`); for a Pod without sidecars this is the same as
 * the kubelet's older `podRequest` (max of the containers' sum and the largest init container), which PodLab did not
 * re-read at the 1.35 tag. Only the ranking is modelled: the kubelet then
 * evicts the first Pod (phase Failed, reason Evicted) and checks the signal again at its next pass.
 */
import type { Pod } from './types';
import { PodLabError } from './errors';
import { parseQuantityValue, type Quantity } from './quantity';
import { podRequests } from './resourcehelpers';

/** A Pod on the node with its measured memory (working set); `usage` undefined = no stats for it. */
export interface PodMemoryUsage {
  pod: Pod;
  /** Memory working set, a quantity (`'600Mi'`) or bytes. */
  usage?: string | number;
}

interface Ranked {
  entry: PodMemoryUsage;
  index: number;
  found: boolean;
  usage: bigint;
  request: bigint;
  priority: number;
}

/** `cmpBool`: true sorts first. */
const cmpBool = (a: boolean, b: boolean): number => (a === b ? 0 : a ? -1 : 1);

/** `rankMemoryPressure`: a new array, the first Pod being the first the kubelet would evict. Stable for ties. */
export function rankMemoryPressure(pods: readonly PodMemoryUsage[]): PodMemoryUsage[] {
  if (!Array.isArray(pods))
    throw new PodLabError('scenario', 'rankMemoryPressure: expected an array of { pod, usage }', [
      { field: 'pods', message: 'expected array' },
    ]);
  if (pods.length > 10_000)
    throw new PodLabError('scenario', 'rankMemoryPressure: too many Pods', [{ field: 'pods', message: 'too many' }]);
  const ranked: Ranked[] = pods.map((entry, index) => {
    const field = `pods[${index}]`;
    if (!entry || typeof entry !== 'object' || !entry.pod || typeof entry.pod !== 'object') {
      throw new PodLabError('scenario', `${field}: expected { pod, usage }`, [{ field, message: 'expected object' }]);
    }
    const spec = (entry.pod.spec ?? { containers: [] }) as { priority?: unknown };
    const priority = typeof spec.priority === 'number' && Number.isFinite(spec.priority) ? spec.priority : 0;
    const req: Quantity | undefined = podRequests({ ...entry.pod, spec: entry.pod.spec ?? { containers: [] } }).memory;
    const found = entry.usage !== undefined;
    const usage = found ? parseQuantityValue(entry.usage as string | number, `${field}.usage`).nanos : 0n;
    return { entry, index, found, usage, request: req?.nanos ?? 0n, priority };
  });
  const exceed = (a: Ranked, b: Ranked) =>
    !a.found || !b.found ? cmpBool(!a.found, !b.found) : cmpBool(a.usage > a.request, b.usage > b.request);
  const prio = (a: Ranked, b: Ranked) => (a.priority === b.priority ? 0 : a.priority > b.priority ? 1 : -1);
  const memory = (a: Ranked, b: Ranked) => {
    if (!a.found || !b.found) return cmpBool(!a.found, !b.found);
    const da = a.usage - a.request;
    const db = b.usage - b.request;
    return db > da ? 1 : db < da ? -1 : 0;
  };
  ranked.sort((a, b) => exceed(a, b) || prio(a, b) || memory(a, b) || a.index - b.index);
  return ranked.map((r) => r.entry);
}
