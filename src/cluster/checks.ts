/**
 * The checks `simulateCluster` runs before anything else: the scenario's options and sizes against the
 * model's limits (../lifecycle/limits.ts), every action's fields, then the Pods and containers the objects
 * ask for. Errors are `PodLabError`s naming the field (`nodes.count`, `actions[2].replicas`, `objects`).
 */
import { PodLabError } from '../lifecycle/errors';
import { checkBehavior } from '../lifecycle/machines/runtime';
import { isDNS1123Subdomain } from '../lifecycle/validation';
import {
  LIMITS,
  checkArray,
  checkInteger,
  checkObject,
  checkSeconds,
  checkString,
  checkUntil,
  invalidOption,
  requiredOption,
} from '../lifecycle/limits';
import type { PodSpec } from '../lifecycle/types';
import type { ClusterObject, ClusterScenario, Deployment, Job, Pod, ReplicaSet, StatefulSet } from './types';

export const CLUSTER_ACTIONS = [
  'setImage',
  'patch',
  'scale',
  'rollback',
  'evict',
  'drain',
  'cordon',
  'uncordon',
  'delete',
  'forceDelete',
  'nodeLost',
  'nodeReady',
  'apply',
  'setCondition',
] as const;

/** Fields each action needs, besides `at` and `action`. */
const NEEDS: Record<(typeof CLUSTER_ACTIONS)[number], string[]> = {
  setImage: ['target', 'image'],
  patch: ['target', 'patch'],
  scale: ['target', 'replicas'],
  rollback: ['target'],
  evict: ['pod'],
  delete: ['pod'],
  forceDelete: ['pod'],
  drain: ['node'],
  cordon: ['node'],
  uncordon: ['node'],
  nodeLost: ['node'],
  nodeReady: ['node'],
  apply: ['objects'],
  setCondition: ['pod', 'type', 'status'],
};

function checkBehaviorSpec(spec: unknown, where: string): void {
  if (typeof spec === 'function') return;
  if (Array.isArray(spec)) spec.forEach((b, i) => checkBehavior(b, `${where}[${i}]`));
  else checkBehavior(spec, where);
}

/** One action's fields (the values that refer to objects are checked when it runs). */
export function checkClusterAction(a: unknown, i: number): void {
  const f = `actions[${i}]`;
  const o = checkObject(a, f, 'an action object { at, action, ... }');
  checkSeconds(o.at, `${f}.at`, LIMITS.until, { why: 'a time in virtual seconds, at most 30 days' });
  const kind = o.action;
  if (typeof kind !== 'string' || !(CLUSTER_ACTIONS as readonly string[]).includes(kind)) {
    const message = `Unsupported value: ${JSON.stringify(kind) ?? String(kind)}: supported values: ${CLUSTER_ACTIONS.map((x) => `"${x}"`).join(', ')}`;
    throw new PodLabError('scenario', `${f}.action: ${message}`, [{ field: `${f}.action`, message }]);
  }
  for (const k of NEEDS[kind as keyof typeof NEEDS]) {
    if (o[k] === undefined || o[k] === null) throw requiredOption(`${f}.${k}`, `a ${kind} action needs ${k}`);
  }
  for (const k of ['target', 'image', 'pod', 'node', 'container'] as const)
    if (o[k] !== undefined) checkString(o[k], `${f}.${k}`);
  if (kind === 'scale')
    checkInteger(
      o.replicas,
      `${f}.replicas`,
      0,
      LIMITS.podsPerCluster,
      `at most ${LIMITS.podsPerCluster} Pods in a PodLab cluster`,
    );
  if (kind === 'rollback' && o.toRevision !== undefined)
    checkInteger(o.toRevision, `${f}.toRevision`, 0, Number.MAX_SAFE_INTEGER);
  if (kind === 'delete' && o.gracePeriodSeconds !== undefined)
    checkInteger(o.gracePeriodSeconds, `${f}.gracePeriodSeconds`, 0, LIMITS.until);
  if (kind === 'patch' && typeof o.patch !== 'string') checkObject(o.patch, `${f}.patch`, 'an object or a JSON string');
  for (const k of ['force', 'ignoreDaemonsets'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'boolean')
      throw invalidOption(`${f}.${k}`, o[k], 'must be true or false');
  }
  if (kind === 'apply' && typeof o.objects !== 'string' && (typeof o.objects !== 'object' || o.objects === null)) {
    throw invalidOption(`${f}.objects`, o.objects, 'must be YAML, an object or a list of objects');
  }
}

/** Options and sizes of a scenario, before any object is read. */
export function checkClusterScenario(scenario: unknown): ClusterScenario {
  if (!scenario || typeof scenario !== 'object' || Array.isArray(scenario)) {
    throw new PodLabError(
      'scenario',
      'simulateCluster expects a scenario object { objects, nodes?, actions?, until?, ... }',
      [{ field: 'scenario', message: 'Required value' }],
    );
  }
  const s = scenario as Record<string, unknown>;
  if (s.objects === undefined || s.objects === null) {
    throw new PodLabError(
      'scenario',
      'objects: Required value: the Deployments, StatefulSets, PodDisruptionBudgets or Pods to create',
      [{ field: 'objects', message: 'Required value' }],
    );
  }
  if (typeof s.objects !== 'string' && typeof s.objects !== 'object')
    throw invalidOption('objects', s.objects, 'must be YAML, an object or a list of objects');
  checkUntil(s.until);
  if (s.nodeMonitorGracePeriodSeconds !== undefined) {
    checkSeconds(
      s.nodeMonitorGracePeriodSeconds,
      'nodeMonitorGracePeriodSeconds',
      LIMITS.nodeMonitorGracePeriodSeconds,
      { exclusiveMin: true, why: 'kube-controller-manager --node-monitor-grace-period; default 50' },
    );
  }
  if (s.seed !== undefined) checkInteger(s.seed, 'seed', 0, 2 ** 32 - 1);
  if (s.nodes !== undefined) {
    const n = checkObject(s.nodes, 'nodes', 'an object { count?, names?, maxPods?, imagesOnNode? }');
    if (n.names !== undefined) {
      const names = checkArray(n.names, 'nodes.names', LIMITS.nodes, 'node names');
      if (names.length === 0) throw invalidOption('nodes.names', names, 'a cluster needs at least one node');
      const seen = new Set<string>();
      names.forEach((name, i) => {
        const f = `nodes.names[${i}]`;
        checkString(name, f, 'a node name');
        const msgs = isDNS1123Subdomain(name as string);
        if (msgs.length) throw invalidOption(f, name, msgs[0]);
        if (seen.has(name as string))
          throw new PodLabError('scenario', `${f}: Duplicate value: ${JSON.stringify(name)}`, [
            { field: f, message: `Duplicate value: ${JSON.stringify(name)}` },
          ]);
        seen.add(name as string);
      });
    } else if (n.count !== undefined) {
      checkInteger(n.count, 'nodes.count', 1, LIMITS.nodes, `at most ${LIMITS.nodes} nodes in a PodLab cluster`);
    }
    if (n.maxPods !== undefined) checkInteger(n.maxPods, 'nodes.maxPods', 1, LIMITS.maxPodsPerNode);
    if (n.imagesOnNode !== undefined)
      checkArray(n.imagesOnNode, 'nodes.imagesOnNode', 1000, 'images').forEach((x, i) =>
        checkString(x, `nodes.imagesOnNode[${i}]`, 'an image name'),
      );
  }
  if (s.behavior !== undefined) {
    const b = checkObject(s.behavior, 'behavior', 'an object keyed by container name');
    for (const [name, spec] of Object.entries(b)) checkBehaviorSpec(spec, `behavior.${name}`);
  }
  if (s.behaviors !== undefined) {
    checkArray(s.behaviors, 'behaviors', 1000, 'behaviour rules').forEach((r, i) => {
      const o = checkObject(r, `behaviors[${i}]`, 'a rule { owner?, image?, container?, behavior }');
      for (const k of ['owner', 'image', 'container'] as const)
        if (o[k] !== undefined) checkString(o[k], `behaviors[${i}].${k}`);
      checkBehaviorSpec(o.behavior, `behaviors[${i}].behavior`);
    });
  }
  if (s.actions !== undefined)
    checkArray(s.actions, 'actions', LIMITS.actions, 'actions').forEach((a, i) => checkClusterAction(a, i));
  return scenario as ClusterScenario;
}

/** Pods and containers the objects ask for (controllers' replicas, bare Pods), against the limits. */
export function podDemand(objects: readonly ClusterObject[]): { pods: number; containers: number } {
  let pods = 0;
  let containers = 0;
  for (const o of objects) {
    let replicas = 0;
    let spec: PodSpec | undefined;
    if (o.kind === 'Pod') {
      replicas = 1;
      spec = (o as Pod).spec;
    } else if (o.kind === 'Deployment' || o.kind === 'ReplicaSet' || o.kind === 'StatefulSet') {
      const c = o as Deployment | ReplicaSet | StatefulSet;
      replicas = c.spec.replicas ?? 1;
      spec = c.spec.template.spec;
    } else if (o.kind === 'Job') {
      // A Job runs at most `parallelism` Pods at once (default 1).
      const j = o as Job;
      replicas = j.spec.parallelism ?? 1;
      spec = j.spec.template.spec;
    }
    const per = spec
      ? spec.containers.length + (spec.initContainers ?? []).length + (spec.ephemeralContainers ?? []).length
      : 0;
    pods += replicas;
    containers += replicas * per;
  }
  return { pods, containers };
}

/** Throws when a cluster would hold more Pods or containers than the model accepts; `field` names the cause. */
export function checkDemand(demand: { pods: number; containers: number }, field: string): void {
  if (demand.pods > LIMITS.podsPerCluster) {
    throw invalidOption(
      field,
      `${demand.pods} Pods`,
      `at most ${LIMITS.podsPerCluster.toLocaleString('en-US')} Pods at once in a PodLab cluster (replicas of every Deployment, ReplicaSet and StatefulSet, parallelism of every Job, plus bare Pods)`,
    );
  }
  if (demand.containers > LIMITS.containersPerCluster) {
    throw invalidOption(
      field,
      `${demand.containers} containers`,
      `at most ${LIMITS.containersPerCluster.toLocaleString('en-US')} containers at once in a PodLab cluster (containers per Pod × replicas)`,
    );
  }
}
