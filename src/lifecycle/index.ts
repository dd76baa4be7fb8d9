/**
 * PodLab's model of the Pod and container lifecycle (Kubernetes 1.35), for pages and live blocks.
 *
 * ```ts
 * import { simulate } from '@site/src/lifecycle';
 * const sim = simulate({
 *   pod: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - {name: app, image: nginx:1.27}',
 *   behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
 *   until: 120,
 * });
 * sim.watch;          // kubectl get pod -w lines
 * sim.events;         // kubectl get events
 * sim.statusAt(30);   // status.phase, conditions, containerStatuses at t = 30 s
 * ```
 *
 * Everything is deterministic and runs in virtual time: the same scenario gives the same result, and
 * 30 idle days cost no more than one minute. Runs in Node and in the browser.
 *
 * @packageDocumentation
 */

export type * from './types';

export {
  /**
   * Runs a scenario: one Pod on one node, through the scheduler, the API server and a model of the
   * kubelet (pod worker, image manager, prober, crash-loop back-off, termination).
   *
   * Throws `PodLabError` for bad input, with every problem at once:
   * - `yaml` / `schema`: the manifest does not parse (line and column given for YAML);
   * - `invalid`: validation, worded like `kubectl apply` (`The Pod "web" is invalid: ...`);
   * - `forbidden`: admission (`pods "web" is forbidden: pod rejected: RuntimeClass "x" not found`);
   * - `scenario`: a bad behaviour, action or option, or a behaviour function that throws (named).
   *
   * An update refused during the run (patch, replace or debug) does not throw: the API server's
   * refusal is kept in `Simulation.notice` and the run goes on with the Pod unchanged.
   *
   * Stops when nothing more can happen (`settled`), at `until` (default: at most 3600 s, with a
   * notice; at most 30 days), or after `options.maxSteps` queue steps (a positive integer, default
   * 200 000, `eventCap`, with a notice). Every error is a `PodLabError` whose `errors` name a field
   * (`pod` for the manifest as a whole); sizes are limited by `LIMITS`.
   */
  simulate,
  DEFAULT_UNTIL,
  DEFAULT_MAX_STEPS,
  POD_WORKER_BACKOFF,
  NODE_MONITOR_GRACE_PERIOD,
  CRASHLOOP_BACKOFF,
} from './simulate';
export type { SimulateOptions } from './simulate';

/**
 * The xstate v5 machine definitions the simulation steps (for diagrams): `pod` (regions `phase` and
 * `lifecycle`), `container`, `probe` (one prober worker), `backoff` (one crash-loop back-off entry)
 * and `node`. `Simulation.transitions` names them in `machineId`.
 */
export { machines } from './machines';

/** client-go's flowcontrol `Backoff`, in virtual seconds, and Go's duration format (`1m20s`). */
export { Backoff, formatGoDuration } from './backoff';
/** The virtual clock (a priority queue of due jobs, ties in insertion order). */
export { VirtualClock } from './clock';

export { PodLabError, isPodLabError, formatFieldError, invalidMessage } from './errors';
/** The sizes both entry points accept (`until`, Pods, nodes, containers, actions, `maxSteps`). */
export { LIMITS } from './limits';
export type { PodLabErrorKind } from './errors';
export { parsePod, parseYamlObject, formatPath } from './parse';
export { applyDefaults, DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS, DEFAULT_TOLERATION_SECONDS } from './defaults';
export {
  validatePod,
  validatePodUpdate,
  validatePodEphemeralContainersUpdate,
  isDNS1123Label,
  isDNS1123Subdomain,
  UPDATABLE_POD_SPEC_FIELDS,
} from './validation';
export { derivePodPhase, containerShouldRestart, isRestartableInitContainer } from './phase';
export type { ContainerRestartRule } from './phase';
export { generateConditions } from './conditions';
export type { ConditionOptions } from './conditions';
export { kubectlStatus, kubectlReady, kubectlRestarts, kubectlAge, podRow } from './kubectl';
export { podTemplateHash, fnv1a32, safeEncodeString } from './hash';
export { parseImageName, normalizeImage, defaultPullPolicy } from './image';
export type { ParsedImage } from './image';
/** `resource.Quantity`: parse (`100m`, `128Mi`, `1e3`…), compare, and print as the API server does (`Quantity.String()`). */
export {
  parseQuantity,
  parseQuantityValue,
  formatQuantity,
  cmpQuantity,
  addQuantity,
  quantityValue,
  quantityMilliValue,
  parseResourceList,
  QUANTITY_REGEX,
} from './quantity';
export type { Quantity, QuantityFormat } from './quantity';
/** QoS class (`ComputePodQOS` / `GetPodQOS`, qos.go). */
export { computePodQOS, getPodQOS, isPodLevelResourcesSet } from './qos';
export type { PodQOSClass } from './qos';
/** Effective request of a Pod with init and sidecar containers (`PodRequests`, component-helpers). */
export { podRequests, podRequestsText, aggregateContainerRequests } from './resourcehelpers';
export type { ResourceList } from './resourcehelpers';
/** Memory-pressure eviction order of the kubelet (`rankMemoryPressure`, eviction/helpers.go). */
export { rankMemoryPressure } from './eviction';
export type { PodMemoryUsage } from './eviction';
export { validateResourceRequirements } from './validation-resources';
export { memoryLimitBytes, oomKillAfter } from './oom';
