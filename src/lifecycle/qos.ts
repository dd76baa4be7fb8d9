/**
 * A Pod's QoS class, as `pkg/apis/core/v1/helper/qos/qos.go` computes it (`ComputePodQOS`, `GetPodQOS`), Kubernetes 1.35:
 * https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/apis/core/v1/helper/qos/qos.go
 *
 * Only `cpu` and `memory` count; zero quantities count as unset. Regular and init containers (sidecars included)
 * are summed; ephemeral containers never count (they cannot set resources). With pod-level resources
 * (`spec.resources`, feature gate `PodLevelResources`, beta and on by default since 1.34), those decide alone.
 * The API server stores the class in `status.qosClass` when the Pod is created; it never changes afterwards.
 */
import type { Container, Pod } from './types';
import { PodLabError } from './errors';
import { addQuantity, cmpQuantity, parseResourceList, type Quantity } from './quantity';

export type PodQOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const QOS_RESOURCES = ['cpu', 'memory'];
/** `IsSupportedPodLevelResource`: cpu, memory and hugepages-*. */
const isPodLevelResource = (name: string) => name === 'cpu' || name === 'memory' || name.startsWith('hugepages-');

interface Requirements {
  requests?: unknown;
  limits?: unknown;
}

function requirementsOf(c: Container | undefined): Requirements {
  const r = c?.resources;
  return r && typeof r === 'object' ? (r as Requirements) : {};
}

/** `processResourceList`: adds the non-zero cpu and memory quantities of `add` into `into`. */
function processResourceList(into: Map<string, Quantity>, add: Record<string, Quantity>): void {
  for (const [name, q] of Object.entries(add)) {
    if (!QOS_RESOURCES.includes(name) || q.nanos <= 0n) continue;
    const prev = into.get(name);
    into.set(name, prev ? addQuantity(q, prev) : q);
  }
}

/** `getQOSResources`: the cpu/memory names with a quantity above zero. */
function qosResources(list: Record<string, Quantity>): Set<string> {
  return new Set(
    Object.entries(list)
      .filter(([n, q]) => QOS_RESOURCES.includes(n) && q.nanos > 0n)
      .map(([n]) => n),
  );
}

/** `IsPodLevelResourcesSet`: `spec.resources` names cpu, memory or hugepages in requests or limits. */
export function isPodLevelResourcesSet(pod: Pod): boolean {
  const r = (pod?.spec as { resources?: Requirements } | undefined)?.resources;
  if (!r || typeof r !== 'object') return false;
  for (const list of [r.requests, r.limits]) {
    if (list && typeof list === 'object' && Object.keys(list).some(isPodLevelResource)) return true;
  }
  return false;
}

/** `ComputePodQOS`: BestEffort, Burstable or Guaranteed, from the spec. Throws `PodLabError` for a bad quantity. */
export function computePodQOS(pod: Pod): PodQOSClass {
  if (!pod || typeof pod !== 'object' || !pod.spec || typeof pod.spec !== 'object') {
    throw new PodLabError('scenario', 'computePodQOS: expected a Pod with a spec', [
      { field: 'spec', message: 'Required value' },
    ]);
  }
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let isGuaranteed = true;
  if (isPodLevelResourcesSet(pod)) {
    const r = (pod.spec as { resources?: Requirements }).resources ?? {};
    if (r.requests) processResourceList(requests, parseResourceList(r.requests, 'spec.resources.requests'));
    if (r.limits) {
      const lim = parseResourceList(r.limits, 'spec.resources.limits');
      processResourceList(limits, lim);
      const found = qosResources(lim);
      if (!found.has('memory') || !found.has('cpu')) isGuaranteed = false;
    }
  } else {
    // Note: ephemeral containers are not considered: they cannot set resources.
    const regular = Array.isArray(pod.spec.containers) ? pod.spec.containers : [];
    const init = Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : [];
    const all = [
      ...regular.map((c, i) => ({ c, where: `spec.containers[${i}].resources` })),
      ...init.map((c, i) => ({ c, where: `spec.initContainers[${i}].resources` })),
    ];
    if (all.length > 10_000)
      throw new PodLabError('scenario', 'computePodQOS: too many containers', [
        { field: 'spec.containers', message: 'too many' },
      ]);
    all.forEach(({ c, where }) => {
      const r = requirementsOf(c);
      processResourceList(requests, parseResourceList(r.requests, `${where}.requests`));
      const lim = parseResourceList(r.limits, `${where}.limits`);
      processResourceList(limits, lim);
      const found = qosResources(lim);
      if (!found.has('memory') || !found.has('cpu')) isGuaranteed = false;
    });
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (isGuaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || cmpQuantity(lim, req) !== 0) {
        isGuaranteed = false;
        break;
      }
    }
  }
  return isGuaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** `GetPodQOS`: `status.qosClass` when the API server has set it, else `computePodQOS`. */
export function getPodQOS(pod: Pod): PodQOSClass {
  const stored = (pod?.status as { qosClass?: string } | undefined)?.qosClass;
  if (stored === 'Guaranteed' || stored === 'Burstable' || stored === 'BestEffort') return stored;
  return computePodQOS(pod);
}
