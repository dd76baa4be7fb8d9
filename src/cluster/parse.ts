/**
 * Reading a cluster scenario's objects: multi-document YAML or objects, checked as the API server would
 * (apps/v1 and policy/v1 validation, the messages kubectl prints) and defaulted (`SetDefaults_Deployment`,
 * `SetDefaults_StatefulSet`, the Pod template defaults).
 */
import { parseAllDocuments, LineCounter } from 'yaml';
import { PodLabError } from '../lifecycle/errors';
import { applyDefaults } from '../lifecycle/defaults';
import { parsePod, yamlToJS } from '../lifecycle/parse';
import { validatePod, isDNS1123Subdomain } from '../lifecycle/validation';
import { isPodLabError } from '../lifecycle/errors';
import { checkContainerCount } from '../lifecycle/limits';
import type { FieldError, Pod, PodSpec } from '../lifecycle/types';
import { selectorMatches } from './labels';
import { intOrPercentValue } from './intstr';
import { intOrPercentProblem } from './disruption';
import { validateJob } from './job';
import type {
  ClusterObject,
  ConfigMap,
  Deployment,
  IntOrString,
  LabelSelector,
  PodDisruptionBudget,
  PodTemplateSpec,
  ReplicaSet,
  Secret,
  StatefulSet,
} from './types';

const KINDS: Record<string, string> = {
  Deployment: 'apps/v1',
  ReplicaSet: 'apps/v1',
  StatefulSet: 'apps/v1',
  PodDisruptionBudget: 'policy/v1',
  Job: 'batch/v1',
  Pod: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
};

/** How `field.Invalid` prints a value (JSON since Kubernetes 1.33). */
export function showValue(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Splits the input into objects, with the 1-based line of each YAML document. */
export function readObjects(
  input: string | ClusterObject | ClusterObject[],
): { obj: Record<string, unknown>; line?: number }[] {
  if (typeof input !== 'string') {
    const list = Array.isArray(input) ? input : [input];
    return list.map((o, i) => {
      if (!isObject(o)) {
        const field = Array.isArray(input) ? `objects[${i}]` : 'objects';
        throw new PodLabError(
          'schema',
          `${field}: expected an object (a Deployment, ReplicaSet, StatefulSet, PodDisruptionBudget or Pod), got ${o === null ? 'null' : Array.isArray(o) ? 'array' : typeof o}`,
          [{ field, message: 'expected object' }],
        );
      }
      return { obj: structuredClone(o) as unknown as Record<string, unknown> };
    });
  }
  const lc = new LineCounter();
  const docs = parseAllDocuments(input, { lineCounter: lc, uniqueKeys: true });
  const out: { obj: Record<string, unknown>; line?: number }[] = [];
  if (!Array.isArray(docs)) return out;
  for (const d of docs) {
    const err = d.errors[0];
    if (err) {
      const [pos] = err.linePos ?? [];
      throw new PodLabError(
        'yaml',
        `error converting YAML to JSON: ${err.message}`,
        [{ field: '', message: err.message }],
        pos ? { line: pos.line, column: pos.col } : {},
      );
    }
    const value = yamlToJS(d, lc);
    const line = lc.linePos(d.range?.[0] ?? 0).line;
    if (value === null || value === undefined) continue;
    if (!isObject(value))
      throw new PodLabError(
        'schema',
        `the YAML document at line ${line} is not an object`,
        [{ field: '', message: 'expected object' }],
        { line, column: 1 },
      );
    out.push({ obj: value, line });
  }
  return out;
}

// ---------------------------------------------------------------- defaults

/** Defaults the API server applies to a Pod template (`SetDefaults_PodSpec`, `SetDefaults_Container`, ...), without Pod admission. */
export function defaultTemplate(t: PodTemplateSpec): PodTemplateSpec {
  const asPod = applyDefaults({ metadata: { ...(t.metadata ?? {}) }, spec: structuredClone(t.spec) } as Pod);
  const spec = asPod.spec;
  // Admission (DefaultTolerationSeconds, ServiceAccount) runs on Pods, not on templates.
  if (!t.spec.tolerations) delete spec.tolerations;
  else spec.tolerations = structuredClone(t.spec.tolerations);
  if (!t.spec.serviceAccountName) delete spec.serviceAccountName;
  const metadata = { ...(t.metadata ?? {}) };
  return { metadata, spec };
}

function checkTemplate(kind: string, sel: LabelSelector | undefined, t: unknown, errors: FieldError[]): void {
  if (!isObject(t)) {
    errors.push({ field: 'spec.template', message: 'Required value' });
    return;
  }
  const tm = (t.metadata ?? {}) as { labels?: Record<string, string> };
  if (sel === undefined) errors.push({ field: 'spec.selector', message: 'Required value' });
  else if (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0) {
    errors.push({
      field: 'spec.selector',
      message: `Invalid value: ${showValue(sel)}: empty selector is invalid for deployment`,
    });
  } else if (!selectorMatches(sel, tm.labels)) {
    errors.push({
      field: 'spec.template.metadata.labels',
      message: `Invalid value: ${showValue(tm.labels ?? {})}: \`selector\` does not match template \`labels\``,
    });
  }
  const spec = t.spec as PodSpec | undefined;
  if (!isObject(spec) || !Array.isArray(spec.containers) || spec.containers.length === 0) {
    errors.push({ field: 'spec.template.spec.containers', message: 'Required value' });
    return;
  }
  checkContainerCount(spec, 'spec.template.spec');
  // ValidatePodTemplateSpec: the Pod's own schema, defaulting and validation (../lifecycle), at spec.template.
  errors.push(...validateTemplatePod(t as unknown as PodTemplateSpec));
  if (spec.restartPolicy !== undefined && spec.restartPolicy !== 'Always') {
    errors.push({
      field: 'spec.template.spec.restartPolicy',
      message: `Unsupported value: ${showValue(spec.restartPolicy)}: supported values: "Always"`,
    });
  }
  // ValidatePodTemplateSpecForReplicaSet / ForStatefulSet (apps validation): a controller's Pods run until replaced.
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null) {
    errors.push({
      field: 'spec.template.spec.activeDeadlineSeconds',
      message: `Forbidden: activeDeadlineSeconds in ${kind === 'StatefulSet' ? 'StatefulSet' : 'ReplicaSet'} is not Supported`,
    });
  }
}

/** Moves a Pod's field path under a template (`spec.x` → `spec.template.spec.x`, same for metadata and quoted paths). */
function underTemplate(e: FieldError): FieldError {
  const move = (f: string) =>
    f.replace(/(^|")(spec|metadata)(?=[.[]|$|")/g, (_m, q: string, root: string) => `${q}spec.template.${root}`);
  return {
    field: move(e.field),
    message: e.message.replace(
      /"(spec|metadata)([.[][^"]*)"/g,
      (_m, root: string, rest: string) => `"spec.template.${root}${rest}"`,
    ),
  };
}

/**
 * A template checked as the Pod it stands for: `parsePod` (types, unknown fields), then `validatePod` (after
 * the same defaulting), with the paths under `spec.template`. The name and namespace come from the controller.
 */
export function validateTemplatePod(t: PodTemplateSpec): FieldError[] {
  const meta = isObject(t.metadata) ? t.metadata : {};
  let pod: Pod;
  try {
    pod = parsePod({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...meta, name: 'template', namespace: 'default' },
      spec: t.spec,
    } as Pod);
  } catch (e) {
    if (isPodLabError(e)) return e.errors.map(underTemplate);
    throw e;
  }
  return validatePod(pod)
    .filter(
      (e) => e.field !== 'metadata.name' && e.field !== 'metadata.namespace' && e.field !== 'metadata.generateName',
    )
    .map(underTemplate);
}

function checkReplicas(v: unknown, errors: FieldError[]): void {
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isInteger(v))
    errors.push({ field: 'spec.replicas', message: `Invalid value: ${showValue(v)}: must be an integer` });
  else if (v < 0)
    errors.push({ field: 'spec.replicas', message: `Invalid value: ${v}: must be greater than or equal to 0` });
}

function intOrPercentField(v: unknown, field: string, errors: FieldError[]): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' && typeof v !== 'string') {
    errors.push({ field, message: `Invalid value: ${showValue(v)}: value should be int(5) or percentage(5%)` });
    return undefined;
  }
  const r = intOrPercentValue(v);
  if ('error' in r) {
    errors.push({ field, message: `Invalid value: ${showValue(v)}: value should be int(5) or percentage(5%)` });
    return undefined;
  }
  if (r.value < 0) {
    errors.push({ field, message: `Invalid value: ${r.value}: must be greater than or equal to 0` });
    return undefined;
  }
  if (r.isPercent && r.value > 100 && field.endsWith('maxUnavailable'))
    errors.push({ field, message: `Invalid value: ${showValue(v)}: must not be greater than 100%` });
  return r.value;
}

function validateDeployment(o: Record<string, unknown>): Deployment {
  const d = o as unknown as Deployment;
  const errors: FieldError[] = [];
  checkName(d.metadata?.name, errors);
  const spec = (isObject(d.spec) ? d.spec : {}) as Deployment['spec'];
  checkReplicas(spec.replicas, errors);
  checkTemplate('Deployment', spec.selector, spec.template, errors);
  const strat = spec.strategy ?? {};
  const type = strat.type ?? 'RollingUpdate';
  if (type !== 'RollingUpdate' && type !== 'Recreate') {
    errors.push({
      field: 'spec.strategy.type',
      message: `Unsupported value: ${showValue(type)}: supported values: "Recreate", "RollingUpdate"`,
    });
  } else if (type === 'Recreate' && strat.rollingUpdate !== undefined) {
    errors.push({
      field: 'spec.strategy.rollingUpdate',
      message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
    });
  } else if (type === 'RollingUpdate') {
    const ru = strat.rollingUpdate ?? {};
    const unav = intOrPercentField(ru.maxUnavailable ?? '25%', 'spec.strategy.rollingUpdate.maxUnavailable', errors);
    const surge = intOrPercentField(ru.maxSurge ?? '25%', 'spec.strategy.rollingUpdate.maxSurge', errors);
    if (unav === 0 && surge === 0) {
      errors.push({
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
        message: `Invalid value: ${showValue(ru.maxUnavailable)}: may not be 0 when \`maxSurge\` is 0`,
      });
    }
  }
  if (spec.minReadySeconds !== undefined && (!Number.isInteger(spec.minReadySeconds) || spec.minReadySeconds < 0)) {
    errors.push({
      field: 'spec.minReadySeconds',
      message: `Invalid value: ${showValue(spec.minReadySeconds)}: must be greater than or equal to 0`,
    });
  }
  if (errors.length) throw PodLabError.invalid(d.metadata?.name, errors, 'Deployment');
  // SetDefaults_Deployment (apps/v1).
  const out: Deployment = structuredClone(d);
  out.apiVersion = 'apps/v1';
  out.metadata.namespace ??= 'default';
  out.spec.replicas ??= 1;
  out.spec.strategy = {
    type,
    ...(type === 'RollingUpdate'
      ? {
          rollingUpdate: {
            maxUnavailable: strat.rollingUpdate?.maxUnavailable ?? '25%',
            maxSurge: strat.rollingUpdate?.maxSurge ?? '25%',
          },
        }
      : {}),
  };
  out.spec.revisionHistoryLimit ??= 10;
  out.spec.progressDeadlineSeconds ??= 600;
  out.spec.minReadySeconds ??= 0;
  out.spec.template = defaultTemplate(out.spec.template);
  return out;
}

function validateReplicaSet(o: Record<string, unknown>): ReplicaSet {
  const r = o as unknown as ReplicaSet;
  const errors: FieldError[] = [];
  checkName(r.metadata?.name, errors);
  const spec = (isObject(r.spec) ? r.spec : {}) as ReplicaSet['spec'];
  checkReplicas(spec.replicas, errors);
  checkTemplate('ReplicaSet', spec.selector, spec.template, errors);
  if (errors.length) throw PodLabError.invalid(r.metadata?.name, errors, 'ReplicaSet');
  const out: ReplicaSet = structuredClone(r);
  out.apiVersion = 'apps/v1';
  out.metadata.namespace ??= 'default';
  out.spec.replicas ??= 1;
  out.spec.minReadySeconds ??= 0;
  out.spec.template = defaultTemplate(out.spec.template);
  return out;
}

function validateStatefulSet(o: Record<string, unknown>): StatefulSet {
  const s = o as unknown as StatefulSet;
  const errors: FieldError[] = [];
  checkName(s.metadata?.name, errors);
  const spec = (isObject(s.spec) ? s.spec : {}) as StatefulSet['spec'];
  checkReplicas(spec.replicas, errors);
  checkTemplate('StatefulSet', spec.selector, spec.template, errors);
  const pmp = spec.podManagementPolicy;
  if (pmp !== undefined && pmp !== 'OrderedReady' && pmp !== 'Parallel') {
    errors.push({
      field: 'spec.podManagementPolicy',
      message: `Unsupported value: ${showValue(pmp)}: supported values: "OrderedReady", "Parallel"`,
    });
  }
  const us = spec.updateStrategy;
  if (us !== undefined) {
    if (us.type !== undefined && us.type !== 'RollingUpdate' && us.type !== 'OnDelete') {
      errors.push({
        field: 'spec.updateStrategy',
        message: `Invalid value: ${showValue(us)}: must be 'RollingUpdate' or 'OnDelete'`,
      });
    }
    if (us.rollingUpdate !== undefined && us.type === 'OnDelete') {
      errors.push({
        field: 'spec.updateStrategy.rollingUpdate',
        message: `Invalid value: ${showValue(us.rollingUpdate)}: only allowed for updateStrategy 'RollingUpdate'`,
      });
    }
    const partition = us.rollingUpdate?.partition;
    if (partition !== undefined && !(Number.isInteger(partition) && partition >= 0)) {
      errors.push({
        field: 'spec.updateStrategy.rollingUpdate.partition',
        message: `Invalid value: ${showValue(partition)}: must be greater than or equal to 0`,
      });
    }
  }
  if (errors.length) throw PodLabError.invalid(s.metadata?.name, errors, 'StatefulSet');
  const out: StatefulSet = structuredClone(s);
  out.apiVersion = 'apps/v1';
  out.metadata.namespace ??= 'default';
  out.spec.replicas ??= 1;
  out.spec.podManagementPolicy ??= 'OrderedReady';
  // SetDefaults_StatefulSet: no type → RollingUpdate with a rollingUpdate; a rollingUpdate gets partition 0.
  out.spec.updateStrategy ??= {};
  if (out.spec.updateStrategy.type === undefined)
    out.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: out.spec.updateStrategy.rollingUpdate ?? {} };
  if (out.spec.updateStrategy.type === 'RollingUpdate' && out.spec.updateStrategy.rollingUpdate)
    out.spec.updateStrategy.rollingUpdate.partition ??= 0;
  out.spec.minReadySeconds ??= 0;
  out.spec.template = defaultTemplate(out.spec.template);
  return out;
}

function validatePdb(o: Record<string, unknown>): PodDisruptionBudget {
  const p = o as unknown as PodDisruptionBudget;
  const errors: FieldError[] = [];
  checkName(p.metadata?.name, errors);
  const spec = (isObject(p.spec) ? p.spec : {}) as PodDisruptionBudget['spec'];
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    errors.push({
      field: 'spec',
      message: `Invalid value: ${showValue(spec)}: minAvailable and maxUnavailable cannot be both set`,
    });
  }
  for (const f of ['minAvailable', 'maxUnavailable'] as const) {
    const v = spec[f] as IntOrString | undefined;
    if (v === undefined) continue;
    const problem =
      typeof v === 'number' || typeof v === 'string'
        ? intOrPercentProblem(v)
        : 'value should be int(5) or percentage(5%)';
    if (problem) errors.push({ field: `spec.${f}`, message: `Invalid value: ${showValue(v)}: ${problem}` });
  }
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== 'IfHealthyBudget' && policy !== 'AlwaysAllow') {
    errors.push({
      field: 'spec.unhealthyPodEvictionPolicy',
      message: `Unsupported value: ${showValue(policy)}: supported values: "AlwaysAllow", "IfHealthyBudget"`,
    });
  }
  if (errors.length) throw PodLabError.invalid(p.metadata?.name, errors, 'PodDisruptionBudget');
  const out: PodDisruptionBudget = structuredClone(p);
  out.apiVersion = 'policy/v1';
  out.metadata.namespace ??= 'default';
  return out;
}

/** A bare Pod: parsed, checked against the limits and validated as `simulate()` does (ValidatePodCreate). */
function validateBarePod(o: Record<string, unknown>): Pod {
  if (isObject(o.spec)) checkContainerCount(o.spec, 'spec');
  const pod = parsePod(o as unknown as Pod);
  const errors = validatePod(pod);
  if (errors.length) throw PodLabError.invalid(pod.metadata?.name ?? pod.metadata?.generateName, errors);
  if (!pod.metadata.name)
    throw PodLabError.invalid(undefined, [
      {
        field: 'metadata.name',
        message: "Required value: PodLab's cluster model needs a name (generateName is not supported here)",
      },
    ]);
  return pod;
}

/** ConfigMap or Secret: a DNS subdomain name and string values (`ValidateConfigMap`, `ValidateSecret`; keys not checked). */
function validateConfigObject(obj: Record<string, unknown>): ConfigMap | Secret {
  const errors: FieldError[] = [];
  const meta = isObject(obj.metadata) ? obj.metadata : {};
  checkName(meta.name, errors);
  for (const field of ['data', 'stringData'] as const) {
    const v = obj[field];
    if (v === undefined) continue;
    if (field === 'stringData' && obj.kind !== 'Secret') {
      errors.push({ field, message: 'Forbidden: stringData is a field of Secret only' });
    } else if (!isObject(v) || Object.values(v).some((x) => typeof x !== 'string')) {
      errors.push({ field, message: `Invalid value: ${showValue(v)}: must be a map of strings` });
    }
  }
  if (errors.length)
    throw PodLabError.invalid(typeof meta.name === 'string' ? meta.name : undefined, errors, obj.kind as string);
  const out = structuredClone(obj) as unknown as ConfigMap | Secret;
  out.apiVersion = 'v1';
  out.metadata.namespace ??= 'default';
  return out;
}

/** `ValidateObjectMeta` with `NameIsDNSSubdomain` (Deployment, ReplicaSet, StatefulSet, PodDisruptionBudget, ConfigMap, Secret). */
function checkName(name: unknown, errors: FieldError[]): void {
  if (!name) {
    errors.push({ field: 'metadata.name', message: 'Required value: name or generateName is required' });
    return;
  }
  if (typeof name !== 'string') {
    errors.push({ field: 'metadata.name', message: `Invalid value: ${showValue(name)}: must be a string` });
    return;
  }
  for (const m of isDNS1123Subdomain(name))
    errors.push({ field: 'metadata.name', message: `Invalid value: ${showValue(name)}: ${m}` });
}

/** Reads, validates and defaults every object; throws a `PodLabError` naming the document line and field. */
export function parseClusterObjects(input: string | ClusterObject | ClusterObject[]): ClusterObject[] {
  const out: ClusterObject[] = [];
  for (const { obj, line } of readObjects(input)) {
    const kind = obj.kind;
    const at = line !== undefined ? { line, column: 1 } : {};
    try {
      if (typeof kind !== 'string' || !(kind in KINDS)) {
        throw new PodLabError(
          'schema',
          `no matches for kind ${showValue(kind ?? '')} in version ${showValue(obj.apiVersion ?? '')}: PodLab's cluster model reads Deployment, ReplicaSet, StatefulSet, PodDisruptionBudget, Job, Pod, ConfigMap and Secret`,
          [
            {
              field: 'kind',
              message: `Unsupported value: ${showValue(kind ?? '')}: supported values: "ConfigMap", "Deployment", "Job", "Pod", "PodDisruptionBudget", "ReplicaSet", "Secret", "StatefulSet"`,
            },
          ],
        );
      }
      if (obj.apiVersion !== undefined && obj.apiVersion !== KINDS[kind]) {
        throw new PodLabError(
          'schema',
          `no matches for kind ${showValue(kind)} in version ${showValue(obj.apiVersion)}`,
          [
            {
              field: 'apiVersion',
              message: `Unsupported value: ${showValue(obj.apiVersion)}: supported values: ${showValue(KINDS[kind])}`,
            },
          ],
        );
      }
      switch (kind) {
        case 'Deployment':
          out.push(validateDeployment(obj));
          break;
        case 'ReplicaSet':
          out.push(validateReplicaSet(obj));
          break;
        case 'StatefulSet':
          out.push(validateStatefulSet(obj));
          break;
        case 'PodDisruptionBudget':
          out.push(validatePdb(obj));
          break;
        case 'Job':
          out.push(validateJob(obj));
          break;
        case 'Pod':
          out.push(validateBarePod(obj));
          break;
        case 'ConfigMap':
        case 'Secret':
          out.push(validateConfigObject(obj));
          break;
      }
    } catch (e) {
      if (e instanceof PodLabError && e.line === undefined && line !== undefined) {
        throw new PodLabError(e.kind, e.message, e.errors, at);
      }
      throw e;
    }
  }
  const seen = new Set<string>();
  for (const o of out) {
    const key = `${o.kind}/${o.metadata.name}`;
    if (seen.has(key))
      throw new PodLabError(
        'scenario',
        `${o.kind === 'Deployment' ? 'deployments.apps' : o.kind === 'Pod' ? 'pods' : o.kind === 'Job' ? 'jobs.batch' : o.kind === 'ConfigMap' ? 'configmaps' : o.kind === 'Secret' ? 'secrets' : (o.kind ?? '').toLowerCase() + 's'} ${showValue(o.metadata.name)} already exists`,
        [{ field: 'metadata.name', message: 'Duplicate value' }],
      );
    seen.add(key);
  }
  return out;
}
