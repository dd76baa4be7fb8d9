/**
 * The Job controller of kube-controller-manager, Kubernetes 1.35 (NonIndexed completion mode), and the
 * API server's defaulting and validation of `batch/v1` Jobs.
 *
 * Follows:
 * - `pkg/controller/job/job_controller.go` (`syncJob`, `manageJob`, `pastBackoffLimitOnFailure`, `isPodFailed`,
 *   `getNewFinishedPods`, the interim `FailureTarget` / `SuccessCriteriaMet` conditions before `Failed` / `Complete`),
 *   https://github.com/kubernetes/kubernetes/blob/v1.35.0/pkg/controller/job/job_controller.go
 * - `pkg/controller/job/backoff_utils.go` (`newBackoffRecord`, `getRemainingTimeForFailuresCount`: 10 s doubling,
 *   capped at `MaxJobPodFailureBackOff` = 10 min),
 * - `pkg/controller/job/pod_failure_policy.go` (`matchPodFailurePolicy`),
 * - `pkg/apis/batch/v1/defaults.go` (`SetDefaults_Job`), `pkg/apis/batch/validation/validation.go` (`ValidateJob`),
 *   `pkg/registry/batch/job/strategy.go` (`generateSelector`),
 * - `pkg/printers/internalversion/printers.go` (`printJob`: NAME STATUS COMPLETIONS DURATION AGE).
 *
 * The engine (./engine.ts) owns the Pods; this controller reads them through `JobHost` and asks it to
 * create and delete them.
 */
import { PodLabError } from '../lifecycle/errors';
import { kubectlAge } from '../lifecycle/kubectl';
import type { FieldError, Pod, PodCondition, PodPhase, PodStatus } from '../lifecycle/types';
import { selectorMatches } from './labels';
import { defaultTemplate, showValue, validateTemplatePod } from './parse';
import type { Job, JobCondition, JobState, JobStatus, PodFailurePolicyRule, PodTemplateSpec } from './types';

/** `DefaultJobPodFailureBackOff`: the first delay before a failed Pod is replaced. */
export const DEFAULT_JOB_POD_FAILURE_BACKOFF = 10;
/** `MaxJobPodFailureBackOff`: the delay doubles up to 10 minutes. */
export const MAX_JOB_POD_FAILURE_BACKOFF = 600;
/** `SetDefaults_Job`: `backoffLimit` when unset (and no `backoffLimitPerIndex`). */
export const DEFAULT_BACKOFF_LIMIT = 6;

export const JOB_MESSAGES = {
  backoffLimitExceeded: 'Job has reached the specified backoff limit',
  deadlineExceeded: 'Job was active longer than specified deadline',
  completionsReached: 'Reached expected number of succeeded pods',
  completed: 'Job completed',
} as const;

const CONTROLLER_UID = 'batch.kubernetes.io/controller-uid';
const JOB_NAME = 'batch.kubernetes.io/job-name';
const LEGACY_CONTROLLER_UID = 'controller-uid';
const LEGACY_JOB_NAME = 'job-name';
const MAX_RULES = 20;
const MAX_EXIT_CODE_VALUES = 255;
const MAX_POD_CONDITION_PATTERNS = 20;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonNegative(v: unknown, field: string, errors: FieldError[]): void {
  if (v === undefined) return;
  if (typeof v !== 'number' || !Number.isInteger(v))
    errors.push({ field, message: `Invalid value: ${showValue(v)}: must be an integer` });
  else if (v < 0) errors.push({ field, message: `Invalid value: ${v}: must be greater than or equal to 0` });
}

// ---------------------------------------------------------------- validation and defaults

/** `validatePodFailurePolicy` (validation.go). */
function checkPodFailurePolicy(spec: Job['spec'], errors: FieldError[]): void {
  const pfp = spec.podFailurePolicy as unknown;
  if (!isObject(pfp) || !Array.isArray(pfp.rules)) {
    errors.push({ field: 'spec.podFailurePolicy.rules', message: 'Required value' });
    return;
  }
  const rules = pfp.rules as PodFailurePolicyRule[];
  if (rules.length > MAX_RULES)
    errors.push({
      field: 'spec.podFailurePolicy.rules',
      message: `Too many: ${rules.length}: must have at most ${MAX_RULES} items`,
    });
  const names = new Set(
    [...(spec.template?.spec?.containers ?? []), ...(spec.template?.spec?.initContainers ?? [])].map((c) => c?.name),
  );
  rules.slice(0, MAX_RULES).forEach((rule, i) => {
    const path = `spec.podFailurePolicy.rules[${i}]`;
    if (!isObject(rule)) {
      errors.push({
        field: path,
        message: 'Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
      });
      return;
    }
    const action = rule.action as string | undefined;
    if (!action)
      errors.push({ field: `${path}.action`, message: 'Required value: valid values: ["Count" "FailJob" "Ignore"]' });
    else if (action === 'FailIndex')
      errors.push({
        field: `${path}.action`,
        message: `Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set`,
      });
    else if (!['Count', 'FailJob', 'Ignore'].includes(action))
      errors.push({
        field: `${path}.action`,
        message: `Unsupported value: ${showValue(action)}: supported values: "Count", "FailJob", "Ignore"`,
      });
    const ec = rule.onExitCodes as unknown;
    if (ec !== undefined) {
      const ep = `${path}.onExitCodes`;
      if (!isObject(ec)) errors.push({ field: ep, message: 'Invalid value: must be an object' });
      else {
        const op = ec.operator as unknown;
        if (!op) errors.push({ field: `${ep}.operator`, message: 'Required value: valid values: ["In" "NotIn"]' });
        else if (op !== 'In' && op !== 'NotIn')
          errors.push({
            field: `${ep}.operator`,
            message: `Unsupported value: ${showValue(op)}: supported values: "In", "NotIn"`,
          });
        if (ec.containerName !== undefined && !names.has(ec.containerName as string)) {
          errors.push({
            field: `${ep}.containerName`,
            message: `Invalid value: ${showValue(ec.containerName)}: must be one of the container or initContainer names in the pod template`,
          });
        }
        const values = ec.values as unknown;
        if (!Array.isArray(values) || values.length === 0)
          errors.push({
            field: `${ep}.values`,
            message: `Invalid value: ${showValue(values ?? null)}: at least one value is required`,
          });
        else if (values.length > MAX_EXIT_CODE_VALUES)
          errors.push({
            field: `${ep}.values`,
            message: `Too many: ${values.length}: must have at most ${MAX_EXIT_CODE_VALUES} items`,
          });
        else {
          const seen = new Set<number>();
          let ordered = true;
          values.forEach((v: unknown, j: number) => {
            if (typeof v !== 'number' || !Number.isInteger(v)) {
              errors.push({
                field: `${ep}.values[${j}]`,
                message: `Invalid value: ${showValue(v)}: must be an integer`,
              });
              return;
            }
            if (op === 'In' && v === 0)
              errors.push({
                field: `${ep}.values[${j}]`,
                message: 'Invalid value: 0: must not be 0 for the In operator',
              });
            if (seen.has(v)) errors.push({ field: `${ep}.values[${j}]`, message: `Duplicate value: ${v}` });
            seen.add(v);
            if (j > 0 && (values[j - 1] as number) > v) ordered = false;
          });
          if (!ordered)
            errors.push({ field: `${ep}.values`, message: `Invalid value: ${showValue(values)}: must be ordered` });
        }
      }
    }
    const pc = rule.onPodConditions as unknown;
    if (pc !== undefined) {
      if (!Array.isArray(pc))
        errors.push({ field: `${path}.onPodConditions`, message: 'Invalid value: must be a list' });
      else {
        if (pc.length > MAX_POD_CONDITION_PATTERNS)
          errors.push({
            field: `${path}.onPodConditions`,
            message: `Too many: ${pc.length}: must have at most ${MAX_POD_CONDITION_PATTERNS} items`,
          });
        pc.slice(0, MAX_POD_CONDITION_PATTERNS).forEach((p: unknown, j: number) => {
          const pp = `${path}.onPodConditions[${j}]`;
          const type = isObject(p) ? p.type : undefined;
          if (
            typeof type !== 'string' ||
            !/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(type)
          ) {
            errors.push({
              field: `${pp}.type`,
              message: `Invalid value: ${showValue(type ?? '')}: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
            });
          }
          const status = isObject(p) ? p.status : undefined;
          if (status !== undefined && status !== 'True' && status !== 'False' && status !== 'Unknown') {
            errors.push({
              field: `${pp}.status`,
              message: `Unsupported value: ${showValue(status)}: supported values: "False", "True", "Unknown"`,
            });
          }
        });
      }
    }
    const hasCodes = ec !== undefined;
    const hasConds = Array.isArray(pc) && pc.length > 0;
    if (hasCodes && hasConds)
      errors.push({
        field: path,
        message: 'Invalid value: specifying both OnExitCodes and OnPodConditions is not supported',
      });
    if (!hasCodes && !hasConds)
      errors.push({
        field: path,
        message: 'Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
      });
  });
}

/**
 * `ValidateJob` then `SetDefaults_Job` for a Job as written (before it gets its uid): messages as kubectl prints
 * them, e.g. `spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`.
 */
export function validateJob(o: Record<string, unknown>): Job {
  if (!isObject(o))
    throw new PodLabError('schema', 'a Job must be an object', [{ field: '', message: 'expected object' }]);
  const j = o as unknown as Job;
  const errors: FieldError[] = [];
  if (!isObject(j.metadata) || !j.metadata.name)
    errors.push({ field: 'metadata.name', message: 'Required value: name or generateName is required' });
  const spec = (isObject(j.spec) ? j.spec : {}) as Job['spec'];
  nonNegative(spec.parallelism, 'spec.parallelism', errors);
  nonNegative(spec.completions, 'spec.completions', errors);
  nonNegative(spec.activeDeadlineSeconds, 'spec.activeDeadlineSeconds', errors);
  nonNegative(spec.backoffLimit, 'spec.backoffLimit', errors);
  nonNegative(spec.ttlSecondsAfterFinished, 'spec.ttlSecondsAfterFinished', errors);
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') {
    errors.push({
      field: 'spec.completionMode',
      message: `Unsupported value: ${showValue(mode)}: supported values: "NonIndexed", "Indexed"`,
    });
  }
  if (spec.podFailurePolicy !== undefined) checkPodFailurePolicy(spec, errors);
  const rpp = spec.podReplacementPolicy;
  if (rpp !== undefined) {
    if (spec.podFailurePolicy !== undefined && rpp !== 'Failed')
      errors.push({
        field: 'spec.podReplacementPolicy',
        message: `Unsupported value: ${showValue(rpp)}: supported values: "Failed"`,
      });
    else if (rpp !== 'Failed' && rpp !== 'TerminatingOrFailed')
      errors.push({
        field: 'spec.podReplacementPolicy',
        message: `Unsupported value: ${showValue(rpp)}: supported values: "Failed", "TerminatingOrFailed"`,
      });
  }
  const t = spec.template as unknown;
  if (
    !isObject(t) ||
    !isObject(t.spec) ||
    !Array.isArray((t.spec as { containers?: unknown }).containers) ||
    (t.spec as { containers: unknown[] }).containers.length === 0
  ) {
    errors.push({ field: 'spec.template.spec.containers', message: 'Required value' });
  } else {
    const ts = t.spec as Job['spec']['template']['spec'];
    // The template as the Pod it stands for (names, images, probes, ports…), as for the other controllers.
    // restartPolicy is checked below, with the Job's own list of values.
    errors.push(
      ...validateTemplatePod(t as unknown as PodTemplateSpec).filter(
        (e) => e.field !== 'spec.template.spec.restartPolicy',
      ),
    );
    // The template is defaulted first (restartPolicy "" → Always), so an omitted restartPolicy is refused too.
    const rp = ts.restartPolicy;
    if (rp === undefined || rp === 'Always' || (rp as string) === '') {
      errors.push({
        field: 'spec.template.spec.restartPolicy',
        message: 'Required value: valid values: "OnFailure", "Never"',
      });
    } else if (rp !== 'OnFailure' && rp !== 'Never') {
      errors.push({
        field: 'spec.template.spec.restartPolicy',
        message: `Unsupported value: ${showValue(rp)}: supported values: "OnFailure", "Never"`,
      });
    } else if (spec.podFailurePolicy !== undefined && rp !== 'Never') {
      errors.push({
        field: 'spec.template.spec.restartPolicy',
        message: `Invalid value: ${showValue(rp)}: only "Never" is supported when podFailurePolicy is specified`,
      });
    }
    const labels =
      (isObject(t.metadata) ? (t.metadata as { labels?: Record<string, string> }).labels : undefined) ?? {};
    if (spec.manualSelector === true) {
      if (!spec.selector) errors.push({ field: 'spec.selector', message: 'Required value' });
      else if (!selectorMatches(spec.selector, labels))
        errors.push({
          field: 'spec.template.metadata.labels',
          message: `Invalid value: ${showValue(labels)}: \`selector\` does not match template \`labels\``,
        });
    } else if (spec.selector !== undefined) {
      errors.push({
        field: 'spec.selector',
        message: `Invalid value: ${showValue(spec.selector)}: \`selector\` not auto-generated`,
      });
    }
  }
  if (errors.length)
    throw PodLabError.invalid(isObject(j.metadata) ? (j.metadata as { name?: string }).name : undefined, errors, 'Job');
  if (mode === 'Indexed') {
    throw new PodLabError(
      'scenario',
      `Job ${showValue(j.metadata.name)}: PodLab's Job model runs NonIndexed Jobs only (completionMode: Indexed is not modelled)`,
      [{ field: 'spec.completionMode', message: 'Unsupported value: "Indexed"' }],
    );
  }
  if (spec.suspend === true) {
    throw new PodLabError(
      'scenario',
      `Job ${showValue(j.metadata.name)}: PodLab's Job model does not model suspended Jobs (spec.suspend: true)`,
      [{ field: 'spec.suspend', message: 'Unsupported value: true' }],
    );
  }
  // SetDefaults_Job (pkg/apis/batch/v1/defaults.go).
  const out: Job = structuredClone(j);
  out.apiVersion = 'batch/v1';
  out.metadata.namespace ??= 'default';
  const s = out.spec;
  if (s.completions === undefined && s.parallelism === undefined) {
    s.completions = 1;
    s.parallelism = 1;
  }
  s.parallelism ??= 1;
  s.backoffLimit ??= DEFAULT_BACKOFF_LIMIT;
  if (s.template.metadata?.labels && Object.keys(out.metadata.labels ?? {}).length === 0)
    out.metadata.labels = { ...s.template.metadata.labels };
  s.completionMode ??= 'NonIndexed';
  s.suspend ??= false;
  for (const r of s.podFailurePolicy?.rules ?? []) for (const p of r.onPodConditions ?? []) p.status ??= 'True';
  s.podReplacementPolicy ??= s.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed';
  s.template = defaultTemplate(s.template);
  return out;
}

/** `generateSelector` (registry strategy, at creation, once the uid is known): the labels and selector of the Job's Pods. */
export function generateSelector(job: Job, uid: string): void {
  if (!isObject(job) || !isObject(job.spec) || !isObject(job.spec.template) || typeof uid !== 'string' || uid === '') {
    throw new PodLabError('scenario', 'generateSelector expects a validated Job and its uid', [
      { field: 'metadata.uid', message: 'Required value' },
    ]);
  }
  const name = job.metadata.name!;
  job.metadata.uid = uid;
  if (job.spec.manualSelector === true) return;
  const t = job.spec.template;
  t.metadata = { ...(t.metadata ?? {}), labels: { ...(t.metadata?.labels ?? {}) } };
  const labels = t.metadata.labels!;
  labels[CONTROLLER_UID] ??= uid;
  labels[JOB_NAME] ??= name;
  labels[LEGACY_CONTROLLER_UID] ??= uid;
  labels[LEGACY_JOB_NAME] ??= name;
  job.spec.selector = { matchLabels: { [CONTROLLER_UID]: uid } };
}

// ---------------------------------------------------------------- pod failure policy

/** `matchPodFailurePolicy`: the FailJob message (if any), whether the failure counts, and the rule's action. */
export function matchPodFailurePolicy(
  policy: Job['spec']['podFailurePolicy'],
  pod: { namespace?: string; name: string; status: PodStatus },
): { message?: string; count: boolean; action?: PodFailurePolicyRule['action'] } {
  if (!policy) return { count: true };
  if (!isObject(policy) || !Array.isArray(policy.rules))
    throw new PodLabError('scenario', 'podFailurePolicy.rules: Required value', [
      { field: 'spec.podFailurePolicy.rules', message: 'Required value' },
    ]);
  if (!isObject(pod) || !isObject(pod.status))
    throw new PodLabError('scenario', 'matchPodFailurePolicy expects a Pod with a status', [
      { field: 'status', message: 'Required value' },
    ]);
  const ns = pod.namespace ?? 'default';
  const rules = policy.rules.slice(0, MAX_RULES);
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (!isObject(rule)) continue;
    if (rule.onExitCodes) {
      const req = rule.onExitCodes;
      const match = (list: PodStatus['containerStatuses']) =>
        (list ?? []).find((s) => {
          const term = s.state?.terminated;
          if (!term || (req.containerName !== undefined && req.containerName !== s.name) || term.exitCode === 0)
            return false;
          return req.operator === 'In'
            ? req.values.includes(term.exitCode)
            : req.operator === 'NotIn'
              ? !req.values.includes(term.exitCode)
              : false;
        });
      const cs = match(pod.status.containerStatuses) ?? match(pod.status.initContainerStatuses);
      if (!cs) continue;
      if (rule.action === 'Ignore') return { count: false, action: 'Ignore' };
      if (rule.action === 'Count') return { count: true, action: 'Count' };
      if (rule.action === 'FailJob') {
        return {
          count: true,
          action: 'FailJob',
          message: `Container ${cs.name} for pod ${ns}/${pod.name} failed with exit code ${cs.state.terminated!.exitCode} matching FailJob rule at index ${index}`,
        };
      }
      // FailIndex without backoffLimitPerIndex: validation refuses it; upstream falls through to the next rule.
    } else if (rule.onPodConditions) {
      let found: PodCondition | undefined;
      for (const c of pod.status.conditions ?? []) {
        if (rule.onPodConditions.some((p) => p.type === c.type && (p.status ?? 'True') === c.status)) {
          found = c;
          break;
        }
      }
      if (!found) continue;
      if (rule.action === 'Ignore') return { count: false, action: 'Ignore' };
      if (rule.action === 'Count') return { count: true, action: 'Count' };
      if (rule.action === 'FailJob') {
        return {
          count: true,
          action: 'FailJob',
          message: `Pod ${ns}/${pod.name} has condition ${found.type} matching FailJob rule at index ${index}`,
        };
      }
    }
  }
  return { count: true };
}

/** `getRemainingTimeForFailuresCount`: seconds left before a new Pod may be created after `failures` failures in a row. */
export function podFailureBackoffRemaining(failures: number, lastFailureTime: number | undefined, now: number): number {
  if (!(failures > 0) || lastFailureTime === undefined) return 0;
  let backoff = DEFAULT_JOB_POD_FAILURE_BACKOFF;
  for (let i = 1; i < Math.min(failures, 64); i++) {
    backoff *= 2;
    if (backoff >= MAX_JOB_POD_FAILURE_BACKOFF) {
      backoff = MAX_JOB_POD_FAILURE_BACKOFF;
      break;
    }
  }
  const elapsed = now - lastFailureTime;
  return backoff < elapsed ? 0 : backoff - elapsed;
}

/** `printJob`: the STATUS column. */
export function jobStatusColumn(conditions: JobCondition[], deleting = false): string {
  if (!Array.isArray(conditions)) conditions = [];
  const has = (t: JobCondition['type']) => conditions.some((c) => c.type === t && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (deleting) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  if (has('SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

/** `printJob`: the COMPLETIONS column. */
export function jobCompletionsColumn(spec: Job['spec'], succeeded: number): string {
  if (!isObject(spec))
    throw new PodLabError('scenario', 'jobCompletionsColumn expects a Job spec', [
      { field: 'spec', message: 'Required value' },
    ]);
  if (spec.completions !== undefined) return `${succeeded}/${spec.completions}`;
  const p = spec.parallelism ?? 0;
  return p > 1 ? `${succeeded}/1 of ${p}` : `${succeeded}/1`;
}

/** `printJob`: the DURATION column at time `now`. */
export function jobDurationColumn(status: JobStatus, now: number): string {
  if (!isObject(status) || status.startTime === undefined) return '';
  return kubectlAge((status.completionTime ?? now) - status.startTime);
}

// ---------------------------------------------------------------- the controller

/** What the Job controller reads of one of its Pods. */
export interface JobPodView {
  name: string;
  phase: PodPhase;
  /** deletionTimestamp is set. */
  deleting: boolean;
  /** The object left the API (the model has no job-tracking finalizer: its last status is kept). */
  removed: boolean;
  ready: boolean;
  status: PodStatus;
  deletionTimestamp?: number;
  deletionGracePeriodSeconds?: number;
}

export interface JobHost<P> {
  now(): number;
  /** Runs `fn` at virtual time `at`. */
  schedule(at: number, fn: () => void): void;
  suffix(): string;
  uid(): string;
  event(type: 'Normal' | 'Warning', reason: string, object: string, message: string, source: string): void;
  createPod(pod: Pod, owner: { kind: 'Job'; uid: string; name: string }): P;
  deletePod(p: P): void;
  view(p: P): JobPodView;
  /** Something changed: the engine runs its controllers again and records. */
  changed(): void;
  /** A `kubectl get jobs -w` line. */
  watch(name: string, columns: string[]): void;
}

interface Snapshot<T> {
  t: number;
  v: T;
}

interface JobRec<P> {
  job: Job;
  uid: string;
  name: string;
  createdAt: number;
  pods: Set<P>;
  /** Pods already counted in status.succeeded / status.failed (or ignored by the pod failure policy). */
  counted: Set<P>;
  status: JobStatus;
  failuresAfterLastSuccess: number;
  lastFailureTime?: number;
  podSpec?: Pod['spec'];
  history: Snapshot<JobState>[];
  lastCols?: string;
  wakeAt: Set<number>;
}

const SOURCE = 'job-controller';

/** The finish time of a Pod (`getFinishedTime`): the latest container finishedAt, else when it was deleted (deletionTimestamp − grace), else now. */
function finishedTime(v: JobPodView, now: number): number {
  let t: number | undefined;
  for (const s of [...(v.status.initContainerStatuses ?? []), ...(v.status.containerStatuses ?? [])]) {
    const f = s.state?.terminated?.finishedAt;
    if (f !== undefined && (t === undefined || f > t)) t = f;
  }
  if (t !== undefined) return t;
  if (v.deletionTimestamp !== undefined) return v.deletionTimestamp - (v.deletionGracePeriodSeconds ?? 0);
  return now;
}

export class JobController<P> {
  readonly jobs: JobRec<P>[] = [];
  private readonly byUid = new Map<string, JobRec<P>>();
  private readonly dirty = new Set<JobRec<P>>();

  constructor(private readonly host: JobHost<P>) {}

  /** A Job is created (already validated and defaulted by `validateJob`). */
  add(job: Job): void {
    if (this.jobs.some((j) => j.name === job.metadata.name)) {
      throw new PodLabError('scenario', `jobs.batch ${showValue(job.metadata.name)} already exists`, [
        { field: 'metadata.name', message: 'Duplicate value' },
      ]);
    }
    const uid = this.host.uid();
    generateSelector(job, uid);
    job.metadata.creationTimestamp = this.host.now();
    const rec: JobRec<P> = {
      job,
      uid,
      name: job.metadata.name!,
      createdAt: this.host.now(),
      pods: new Set(),
      counted: new Set(),
      status: { active: 0, succeeded: 0, failed: 0, ready: 0, terminating: 0, conditions: [] },
      failuresAfterLastSuccess: 0,
      history: [],
      wakeAt: new Set(),
    };
    job.status = rec.status;
    this.jobs.push(rec);
    this.byUid.set(uid, rec);
    this.dirty.add(rec);
  }

  /** A Pod of the Job `uid` changed. */
  touch(uid: string | undefined): void {
    const j = uid ? this.byUid.get(uid) : undefined;
    if (j) this.dirty.add(j);
  }

  private wake(j: JobRec<P>, at: number): void {
    if (j.wakeAt.has(at)) return;
    j.wakeAt.add(at);
    this.host.schedule(at, () => {
      j.wakeAt.delete(at);
      this.dirty.add(j);
      this.host.changed();
    });
  }

  /** Runs `syncJob` for every Job whose Pods (or timers) changed. */
  sync(): void {
    if (this.dirty.size === 0) return;
    const list = [...this.dirty];
    this.dirty.clear();
    for (const j of list) this.syncJob(j);
  }

  private cond(j: JobRec<P>, type: JobCondition['type']): JobCondition | undefined {
    return j.status.conditions.find((c) => c.type === type && c.status === 'True');
  }

  private addCondition(j: JobRec<P>, type: JobCondition['type'], reason: string, message: string): void {
    const now = this.host.now();
    j.status = {
      ...j.status,
      conditions: [
        ...j.status.conditions,
        { type, status: 'True', reason, message, lastProbeTime: now, lastTransitionTime: now },
      ],
    };
  }

  private syncJob(j: JobRec<P>): void {
    if (this.cond(j, 'Complete') || this.cond(j, 'Failed')) return;
    const now = this.host.now();
    const spec = j.job.spec;
    const before = JSON.stringify(j.status);
    const status = { ...j.status };
    if (status.startTime === undefined) {
      status.startTime = now;
      if (spec.activeDeadlineSeconds !== undefined) this.wake(j, now + spec.activeDeadlineSeconds);
    }
    // getNewFinishedPods, in the order the Pods finished.
    const onlyReplaceFailed = spec.podReplacementPolicy === 'Failed' || spec.podFailurePolicy !== undefined;
    const finished: { p: P; v: JobPodView; ok: boolean; t: number }[] = [];
    for (const p of j.pods) {
      if (j.counted.has(p)) continue;
      const v = this.host.view(p);
      if (v.phase === 'Succeeded') finished.push({ p, v, ok: true, t: finishedTime(v, now) });
      // isPodFailed: a Failed Pod; without onlyReplaceFailedPods, also a deleted Pod that did not succeed.
      else if (
        v.phase === 'Failed' ||
        (!onlyReplaceFailed && (v.deleting || v.removed)) ||
        (v.removed && onlyReplaceFailed)
      )
        finished.push({ p, v, ok: false, t: finishedTime(v, now) });
    }
    finished.sort((a, b) => a.t - b.t);
    let failJobMessage: string | undefined;
    for (const f of finished) {
      j.counted.add(f.p);
      if (f.ok) {
        status.succeeded++;
        j.failuresAfterLastSuccess = 0;
        continue;
      }
      // newBackoffRecord counts every failed Pod, ignored ones included.
      j.failuresAfterLastSuccess++;
      j.lastFailureTime = Math.max(j.lastFailureTime ?? f.t, f.t);
      const m =
        f.v.phase === 'Failed'
          ? matchPodFailurePolicy(spec.podFailurePolicy, {
              name: f.v.name,
              namespace: j.job.metadata.namespace,
              status: f.v.status,
            })
          : { count: true };
      if (m.message && failJobMessage === undefined) failJobMessage = m.message;
      if (m.count) status.failed++;
    }
    const views = [...j.pods].map((p) => ({ p, v: this.host.view(p) }));
    const terminal = (v: JobPodView) => v.phase === 'Succeeded' || v.phase === 'Failed';
    const active = views.filter(({ v }) => !v.removed && !v.deleting && !terminal(v));
    const terminating = views.filter(({ v }) => !v.removed && v.deleting && !terminal(v)).length;
    j.status = status;

    // The finished condition: a pending FailureTarget / SuccessCriteriaMet, or a new one.
    let target = this.cond(j, 'FailureTarget') ?? this.cond(j, 'SuccessCriteriaMet');
    if (!target) {
      let reason: string | undefined;
      let message = '';
      if (failJobMessage !== undefined) {
        reason = 'PodFailurePolicy';
        message = failJobMessage;
      } else if (
        status.failed > (spec.backoffLimit ?? DEFAULT_BACKOFF_LIMIT) ||
        this.pastBackoffLimitOnFailure(
          j,
          views.filter(({ v }) => !v.removed).map((x) => x.v),
        )
      ) {
        reason = 'BackoffLimitExceeded';
        message = JOB_MESSAGES.backoffLimitExceeded;
      } else if (spec.activeDeadlineSeconds !== undefined && now - status.startTime! >= spec.activeDeadlineSeconds) {
        reason = 'DeadlineExceeded';
        message = JOB_MESSAGES.deadlineExceeded;
      }
      if (reason) {
        this.addCondition(j, 'FailureTarget', reason, message);
        target = this.cond(j, 'FailureTarget');
      }
    }
    let activeNow = active.length;
    let terminatingNow = terminating;
    if (target?.type === 'FailureTarget') {
      // deleteActivePods: every active Pod is deleted (graceful); they count as failed once they end.
      for (const { p, v } of active) {
        this.host.event('Normal', 'SuccessfulDelete', `job/${j.name}`, `Deleted pod: ${v.name}`, SOURCE);
        this.host.deletePod(p);
      }
      terminatingNow += activeNow;
      activeNow = 0;
    } else if (!target) {
      ({ active: activeNow, terminating: terminatingNow } = this.manageJob(j, active, terminating));
      const complete =
        spec.completions === undefined
          ? status.succeeded > 0 && activeNow === 0
          : status.succeeded >= spec.completions && activeNow === 0;
      if (complete) {
        this.addCondition(j, 'SuccessCriteriaMet', 'CompletionsReached', JOB_MESSAGES.completionsReached);
        target = this.cond(j, 'SuccessCriteriaMet');
      }
    }
    // The terminal condition waits until no Pod is left terminating (delayTerminalCondition).
    if (target && activeNow === 0 && terminatingNow === 0) {
      if (target.type === 'FailureTarget') {
        this.addCondition(j, 'Failed', target.reason, target.message);
        this.host.event('Warning', target.reason, `job/${j.name}`, target.message, SOURCE);
      } else {
        this.addCondition(j, 'Complete', target.reason, target.message);
        j.status = { ...j.status, completionTime: now };
        this.host.event('Normal', 'Completed', `job/${j.name}`, JOB_MESSAGES.completed, SOURCE);
      }
    }
    const ready = active.filter(({ v }) => v.ready).length;
    j.status = {
      ...j.status,
      active: activeNow,
      terminating: terminatingNow,
      ready: target?.type === 'FailureTarget' ? 0 : ready,
    };
    j.job.status = j.status;
    if (JSON.stringify(j.status) !== before) this.host.changed();
  }

  /** `pastBackoffLimitOnFailure`: under OnFailure, container restarts of the Job's Pending and Running Pods count against backoffLimit. */
  private pastBackoffLimitOnFailure(j: JobRec<P>, pods: JobPodView[]): boolean {
    if (j.job.spec.template.spec.restartPolicy !== 'OnFailure') return false;
    let restarts = 0;
    for (const v of pods) {
      if (v.phase !== 'Running' && v.phase !== 'Pending') continue;
      for (const s of [...(v.status.initContainerStatuses ?? []), ...(v.status.containerStatuses ?? [])])
        restarts += s.restartCount;
    }
    const limit = j.job.spec.backoffLimit ?? DEFAULT_BACKOFF_LIMIT;
    return limit === 0 ? restarts > 0 : restarts >= limit;
  }

  /** `manageJob` (NonIndexed): create or delete Pods to reach the wanted number of active Pods. */
  private manageJob(
    j: JobRec<P>,
    active: { p: P; v: JobPodView }[],
    terminating: number,
  ): { active: number; terminating: number } {
    const spec = j.job.spec;
    const parallelism = spec.parallelism ?? 1;
    let want: number;
    if (spec.completions === undefined) want = j.status.succeeded > 0 ? active.length : parallelism;
    else want = Math.max(0, Math.min(spec.completions - j.status.succeeded, parallelism));
    if (active.length > want) {
      // Delete the least advanced Pods first (not ready before ready).
      const victims = [...active].sort((a, b) => Number(a.v.ready) - Number(b.v.ready)).slice(0, active.length - want);
      for (const { p, v } of victims) {
        this.host.event('Normal', 'SuccessfulDelete', `job/${j.name}`, `Deleted pod: ${v.name}`, SOURCE);
        this.host.deletePod(p);
      }
      return { active: want, terminating: terminating + victims.length };
    }
    let diff = want - active.length;
    // podReplacementPolicy Failed: a terminating Pod is replaced only once it is Failed.
    if (spec.podReplacementPolicy === 'Failed') diff -= terminating;
    if (diff <= 0) return { active: active.length, terminating };
    const remaining = podFailureBackoffRemaining(j.failuresAfterLastSuccess, j.lastFailureTime, this.host.now());
    if (remaining > 0) {
      this.wake(j, this.host.now() + remaining);
      return { active: active.length, terminating };
    }
    const t = j.job.spec.template;
    j.podSpec ??= structuredClone(t.spec);
    for (let i = 0; i < diff && i < 500; i++) {
      const name = `${j.name}-${this.host.suffix()}`;
      const pod: Pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name,
          namespace: j.job.metadata.namespace ?? 'default',
          labels: { ...(t.metadata?.labels ?? {}) },
          ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: j.name, uid: j.uid, controller: true }],
        },
        spec: structuredClone(j.podSpec),
      };
      if (t.metadata?.annotations) pod.metadata.annotations = { ...t.metadata.annotations };
      const p = this.host.createPod(pod, { kind: 'Job', uid: j.uid, name: j.name });
      j.pods.add(p);
      this.host.event('Normal', 'SuccessfulCreate', `job/${j.name}`, `Created pod: ${name}`, SOURCE);
    }
    return { active: active.length + Math.min(diff, 500), terminating };
  }

  // ------------------------------------------------------------ results

  private state(j: JobRec<P>): JobState {
    return {
      name: j.name,
      uid: j.uid,
      phase: jobStatusColumn(j.status.conditions),
      completions: jobCompletionsColumn(j.job.spec, j.status.succeeded),
      status: structuredClone(j.status),
      createdAt: j.createdAt,
    };
  }

  /** Records snapshots and `kubectl get jobs -w` lines (NAME STATUS COMPLETIONS DURATION AGE); true when something changed. */
  record(now: number): boolean {
    let any = false;
    for (const j of this.jobs) {
      const st = this.state(j);
      const last = j.history[j.history.length - 1]?.v;
      if (last && JSON.stringify(last.status) === JSON.stringify(st.status)) continue;
      j.history.push({ t: now, v: st });
      const cols = [st.phase, st.completions, jobDurationColumn(st.status, now), kubectlAge(now - j.createdAt)];
      const key = JSON.stringify(st.status);
      if (key !== j.lastCols) {
        this.host.watch(j.name, cols);
        j.lastCols = key;
      }
      any = true;
    }
    return any;
  }

  stateAt(t: number): JobState[] {
    const out: JobState[] = [];
    for (const j of this.jobs) {
      if (j.createdAt > t) continue;
      let found: JobState | undefined;
      for (let i = j.history.length - 1; i >= 0; i--)
        if (j.history[i].t <= t) {
          found = j.history[i].v;
          break;
        }
      if (found) out.push(found);
    }
    return out;
  }
}
