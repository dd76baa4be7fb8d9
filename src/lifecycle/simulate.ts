/**
 * `simulate(scenario)`: one Pod on one node, driven by a model of the kubelet of Kubernetes 1.35 in
 * virtual time. The kubelet itself (class `PodSimulation`) is in ./kubelet.ts; this module checks the
 * scenario, admits the Pod as the API server would, and plays the scenario's actions on it.
 */
import type { BehaviorSpec, ClusterSpec, FeatureGates, Pod, Scenario, ScenarioAction, Simulation } from './types';
import { parsePod } from './parse';
import { applyDefaults } from './defaults';
import { validatePod } from './validation';
import { PodLabError } from './errors';
import {
  LIMITS,
  atEntryPoint,
  checkArray,
  checkContainerCount,
  checkMaxSteps,
  checkObject,
  checkUntil,
  requiredOption,
} from './limits';
import { checkBehavior, hexOf, uuidOf } from './machines/runtime';
import { PodSimulation } from './kubelet';

export { POD_WORKER_BACKOFF, NODE_MONITOR_GRACE_PERIOD, CRASHLOOP_BACKOFF, PodSimulation } from './kubelet';
export type { KubeletHost, KubeletOptions } from './kubelet';

/** Default `until`: run until nothing is due, at most one virtual hour. */
export const DEFAULT_UNTIL = 3600;
/** Queue steps after which a run stops with `stopReason: 'eventCap'`. */
export const DEFAULT_MAX_STEPS = 200_000;

export interface SimulateOptions {
  /** Queue steps before stopping with `eventCap` (default 200 000; a positive integer, at most 10 000 000). */
  maxSteps?: number;
}

// ---------------------------------------------------------------- input checks

function checkNumber(v: unknown, field: string, opts: { min?: number; allowInfinity?: boolean } = {}): void {
  const ok =
    typeof v === 'number' && !Number.isNaN(v) && (opts.allowInfinity || Number.isFinite(v)) && v >= (opts.min ?? 0);
  if (!ok)
    throw new PodLabError('scenario', `${field}: must be a number ≥ ${opts.min ?? 0}, got ${JSON.stringify(v)}`, [
      { field, message: 'invalid number' },
    ]);
}

const ACTIONS = new Set(['delete', 'nodeLost', 'nodeReady', 'debug', 'patch', 'replace', 'setCondition']);

/** A `setCondition` action: a condition type and a status the API server accepts. */
export function checkConditionAction(a: { type?: unknown; status?: unknown }, f: string): void {
  if (typeof a.type !== 'string' || a.type === '')
    throw new PodLabError(
      'scenario',
      `${f}.type: Required value: the condition type (e.g. "example.com/load-balancer-ready")`,
      [{ field: `${f}.type`, message: 'Required value' }],
    );
  if (a.status !== 'True' && a.status !== 'False' && a.status !== 'Unknown') {
    throw new PodLabError(
      'scenario',
      `${f}.status: Unsupported value: ${JSON.stringify(a.status ?? '')}: supported values: "False", "True", "Unknown"`,
      [{ field: `${f}.status`, message: 'Unsupported value' }],
    );
  }
}

function checkActions(actions: unknown): ScenarioAction[] {
  if (actions === undefined) return [];
  if (!Array.isArray(actions))
    throw new PodLabError('scenario', `actions: must be a list, got ${typeof actions}`, [
      { field: 'actions', message: 'expected array' },
    ]);
  checkArray(actions, 'actions', LIMITS.actions, 'actions');
  actions.forEach((a, i) => {
    const f = `actions[${i}]`;
    if (!a || typeof a !== 'object')
      throw new PodLabError('scenario', `${f}: must be an object`, [{ field: f, message: 'expected object' }]);
    checkNumber((a as { at: unknown }).at, `${f}.at`);
    const kind = (a as { action: unknown }).action;
    if (typeof kind !== 'string' || !ACTIONS.has(kind)) {
      throw new PodLabError(
        'scenario',
        `${f}.action: unknown action ${JSON.stringify(kind)}; expected one of ${[...ACTIONS].join(', ')}`,
        [{ field: `${f}.action`, message: 'unknown action' }],
      );
    }
    if (kind === 'delete') {
      const g = (a as { gracePeriodSeconds?: unknown }).gracePeriodSeconds;
      if (g !== undefined) checkNumber(g, `${f}.gracePeriodSeconds`);
    }
    if (kind === 'patch' && (a as { patch?: unknown }).patch === undefined)
      throw new PodLabError('scenario', `${f}.patch: required for a patch`, [
        { field: `${f}.patch`, message: 'Required value' },
      ]);
    if (kind === 'replace' && (a as { pod?: unknown }).pod === undefined)
      throw new PodLabError('scenario', `${f}.pod: required for a replace`, [
        { field: `${f}.pod`, message: 'Required value' },
      ]);
    if (kind === 'setCondition') checkConditionAction(a as { type?: unknown; status?: unknown }, f);
  });
  return actions as ScenarioAction[];
}

function checkBehaviors(behavior: unknown): Record<string, BehaviorSpec> {
  if (behavior === undefined) return {};
  if (!behavior || typeof behavior !== 'object' || Array.isArray(behavior)) {
    throw new PodLabError('scenario', 'behavior: must be an object keyed by container name', [
      { field: 'behavior', message: 'expected object' },
    ]);
  }
  for (const [name, spec] of Object.entries(behavior as Record<string, unknown>)) {
    if (typeof spec === 'function') continue;
    if (Array.isArray(spec)) spec.forEach((b, i) => checkBehavior(b, `behavior.${name}[${i}]`));
    else checkBehavior(spec, `behavior.${name}`);
  }
  return { ...(behavior as Record<string, BehaviorSpec>) };
}

/** Parses, defaults, validates and admits the Pod as the API server would on create. */
function admitPod(input: Pod | string, cluster: ClusterSpec): Pod {
  const parsed = parsePod(input);
  const errs = validatePod(parsed);
  const fin = parsed.metadata?.finalizers;
  if (fin !== undefined && (!Array.isArray(fin) || fin.some((f) => typeof f !== 'string' || f === ''))) {
    errs.push({ field: 'metadata.finalizers', message: 'Invalid value: must be a list of non-empty strings' });
  }
  if (errs.length > 0) throw PodLabError.invalid(parsed.metadata?.name ?? parsed.metadata?.generateName, errs);
  const pod = applyDefaults(parsed);
  if (!pod.metadata.name && pod.metadata.generateName) {
    const suffix = hexOf(`${pod.metadata.generateName}${JSON.stringify(pod.spec)}`, 5).replace(
      /[0-9]/g,
      (d) => 'bcdfghjklm'[Number(d)],
    );
    pod.metadata.name = pod.metadata.generateName + suffix;
  }
  const rc = pod.spec.runtimeClassName;
  if (rc && !Object.prototype.hasOwnProperty.call(cluster.runtimeClasses ?? {}, rc)) {
    const msg = `pods "${pod.metadata.name}" is forbidden: pod rejected: RuntimeClass "${rc}" not found`;
    throw new PodLabError('forbidden', msg, [
      { field: 'spec.runtimeClassName', message: `Forbidden: pod rejected: RuntimeClass "${rc}" not found` },
    ]);
  }
  pod.metadata.uid ??= uuidOf(`${pod.metadata.namespace}/${pod.metadata.name}`);
  pod.metadata.creationTimestamp = 0;
  pod.status = undefined;
  delete pod.status;
  return pod;
}

/**
 * Runs a scenario. Throws `PodLabError` for bad input: `yaml` / `schema` (parsePod), `invalid`
 * (validation, worded like kubectl apply), `forbidden` (RuntimeClass admission), `scenario` (a bad
 * behaviour, action or option, or a behaviour function that throws). An update refused during the run
 * (patch, replace, debug) does not throw: the refusal is kept in `Simulation.notice` and the run goes on.
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  // Every error leaving is a PodLabError with a field (limits.ts); an unexpected one is wrapped, named.
  let sim: PodSimulation | undefined;
  return atEntryPoint(
    'pod',
    () => run(scenario, options, (s) => (sim = s)),
    () => (sim ? ` at t=${sim.clock.now}s` : ''),
  );
}

function run(scenario: Scenario, options: SimulateOptions, started: (sim: PodSimulation) => void): Simulation {
  if (!scenario || typeof scenario !== 'object' || Array.isArray(scenario)) {
    throw new PodLabError(
      'scenario',
      'simulate: expected a scenario object { pod, behavior?, cluster?, actions?, until? }',
      [{ field: 'scenario', message: 'expected object' }],
    );
  }
  if (scenario.pod === undefined || scenario.pod === null)
    throw requiredOption('pod', 'the Pod to run (YAML or an object)');
  if (scenario.cluster !== undefined) checkObject(scenario.cluster, 'cluster');
  if (scenario.featureGates !== undefined) checkObject(scenario.featureGates, 'featureGates');
  const cluster: ClusterSpec = scenario.cluster ?? {};
  if (cluster.scheduleAfterSeconds !== undefined)
    checkNumber(cluster.scheduleAfterSeconds, 'cluster.scheduleAfterSeconds', { allowInfinity: true });
  const gates: FeatureGates = scenario.featureGates ?? {};
  if (gates.maxContainerRestartPeriod !== undefined)
    checkNumber(gates.maxContainerRestartPeriod, 'featureGates.maxContainerRestartPeriod', { min: 1 });
  checkUntil(scenario.until);
  const maxSteps = checkMaxSteps(options, DEFAULT_MAX_STEPS);
  if (typeof scenario.pod === 'object') checkContainerCount((scenario.pod as Pod).spec, 'spec');
  const pod = admitPod(scenario.pod, cluster);
  checkContainerCount(pod.spec, 'spec');
  const behavior = checkBehaviors(scenario.behavior);
  const actions = checkActions(scenario.actions);
  const sim = new PodSimulation(pod, cluster, behavior, gates);
  started(sim);
  sim.clock.schedule(0, () => sim.start());
  for (const a of actions) {
    sim.clock.schedule(a.at, () => {
      switch (a.action) {
        case 'delete':
          sim.actionDelete(a);
          break;
        case 'nodeLost':
          sim.actionNodeLost();
          break;
        case 'nodeReady':
          sim.actionNodeReady();
          break;
        case 'debug':
          sim.actionDebug(a);
          break;
        case 'patch':
          sim.actionUpdate({ patch: a.patch });
          break;
        case 'replace':
          sim.actionUpdate({ pod: a.pod });
          break;
        case 'setCondition':
          sim.actionSetCondition(a);
          break;
      }
    });
  }
  const until = scenario.until ?? DEFAULT_UNTIL;
  return sim.run(until, scenario.until !== undefined, maxSteps);
}
