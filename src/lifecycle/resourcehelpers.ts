/**
 * A Pod's effective request, as `k8s.io/component-helpers/resource` `PodRequests` computes it (Kubernetes 1.35):
 * the number the scheduler fits on a node and the kubelet admits.
 * https://github.com/kubernetes/kubernetes/blob/v1.35.0/staging/src/k8s.io/component-helpers/resource/helpers.go
 *
 * For each resource: max( sum of the regular containers + sum of the sidecars,
 *                          for each init container, its request + the sidecars started before it ).
 * A sidecar (`restartPolicy: Always` init container) keeps running, so it adds; a plain init container runs alone
 * (after the sidecars declared before it), so it only raises the floor. Pod-level `spec.resources.requests`
 * (PodLevelResources, beta in 1.35) replaces the sum for the names it sets (cpu, memory, hugepages-*), and
 * `spec.overhead` (RuntimeClass) is added. Resizes in progress (status resources) are not modelled.
 */
import type { Container, Pod } from './types';
import { PodLabError } from './errors';
import { addQuantity, cmpQuantity, formatQuantity, parseResourceList, type Quantity } from './quantity';

export type ResourceList = Record<string, Quantity>;

function requestsOf(c: Container, field: string): ResourceList {
  const r = c?.resources as { requests?: unknown } | undefined;
  return r && typeof r === 'object' ? parseResourceList(r.requests, `${field}.resources.requests`) : {};
}

function addInto(into: ResourceList, add: ResourceList): void {
  for (const [k, q] of Object.entries(add)) into[k] = into[k] ? addQuantity(into[k], q) : q;
}

function maxInto(into: ResourceList, other: ResourceList): void {
  for (const [k, q] of Object.entries(other)) if (!into[k] || cmpQuantity(q, into[k]) > 0) into[k] = q;
}

/** `AggregateContainerRequests` (spec only): regular containers, sidecars and init containers as above. */
export function aggregateContainerRequests(pod: Pod): ResourceList {
  if (!pod || typeof pod !== 'object' || !pod.spec || typeof pod.spec !== 'object') {
    throw new PodLabError('scenario', 'podRequests: expected a Pod with a spec', [
      { field: 'spec', message: 'Required value' },
    ]);
  }
  const containers = Array.isArray(pod.spec.containers) ? pod.spec.containers : [];
  const inits = Array.isArray(pod.spec.initContainers) ? pod.spec.initContainers : [];
  if (containers.length + inits.length > 10_000)
    throw new PodLabError('scenario', 'podRequests: too many containers', [
      { field: 'spec.containers', message: 'too many' },
    ]);
  const result: ResourceList = {};
  containers.forEach((c, i) => addInto(result, requestsOf(c, `spec.containers[${i}]`)));
  const sidecars: ResourceList = {};
  const initMax: ResourceList = {};
  inits.forEach((c, i) => {
    const own = requestsOf(c, `spec.initContainers[${i}]`);
    let use: ResourceList;
    if (c?.restartPolicy === 'Always') {
      addInto(result, own);
      addInto(sidecars, own);
      use = { ...sidecars };
    } else {
      use = { ...own };
      addInto(use, sidecars);
    }
    maxInto(initMax, use);
  });
  maxInto(result, initMax);
  return result;
}

/** `PodRequests`: the effective request of each resource (see the module comment). Throws `PodLabError` for a bad quantity. */
export function podRequests(pod: Pod): ResourceList {
  const reqs = aggregateContainerRequests(pod);
  const spec = pod.spec as { resources?: { requests?: unknown }; overhead?: unknown };
  if (spec.resources && typeof spec.resources === 'object') {
    const podLevel = parseResourceList(spec.resources.requests, 'spec.resources.requests');
    for (const [k, q] of Object.entries(podLevel))
      if (k === 'cpu' || k === 'memory' || k.startsWith('hugepages-')) reqs[k] = q;
  }
  if (spec.overhead !== undefined) addInto(reqs, parseResourceList(spec.overhead, 'spec.overhead'));
  return reqs;
}

/** `podRequests` printed as the API server prints quantities: `{ cpu: '750m', memory: '320Mi' }`. */
export function podRequestsText(pod: Pod): Record<string, string> {
  return Object.fromEntries(Object.entries(podRequests(pod)).map(([k, q]) => [k, formatQuantity(q)]));
}
