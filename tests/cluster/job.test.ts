// The Job controller (src/cluster/job.ts) against Kubernetes 1.35: validation and defaults (pkg/apis/batch),
// matchPodFailurePolicy (pod_failure_policy.go), the Pod failure back-off (backoff_utils.go), syncJob scenarios
// (job_controller.go) and printJob (printers.go).
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { parseClusterObjects, simulateCluster } from '../../src/cluster';
import type { ClusterScenario, Job } from '../../src/cluster';
import {
  JobController,
  jobCompletionsColumn,
  jobDurationColumn,
  jobStatusColumn,
  matchPodFailurePolicy,
  podFailureBackoffRemaining,
} from '../../src/cluster/job';
import { isPodLabError } from '../../src/lifecycle/errors';
import type { ContainerStatus, PodCondition, PodPhase, PodStatus } from '../../src/lifecycle/types';

function job(opts: { rp?: string; spec?: string; name?: string; labels?: string } = {}): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${opts.name ?? 'pi'}
spec:
${opts.spec ?? ''}
  template:
${opts.labels ?? ''}    spec:
${opts.rp === undefined ? '' : `      restartPolicy: ${opts.rp}\n`}      containers:
      - name: main
        image: busybox:1.36
`;
}

function parseError(yaml: string): string {
  try {
    parseClusterObjects(yaml);
  } catch (e) {
    if (isPodLabError(e)) return e.message;
    throw e;
  }
  throw new Error('expected an error');
}

const jobEvents = (sim: ReturnType<typeof simulateCluster>) =>
  sim.events.filter((e) => e.source === 'job-controller').map((e) => `${e.time} ${e.type} ${e.reason}: ${e.message}`);

describe('Job validation (ValidateJob, Kubernetes 1.35)', () => {
  const cases: [string, string, string][] = [
    [
      'no restartPolicy (defaulted to Always)',
      job({}),
      'The Job "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ],
    [
      'restartPolicy Always',
      job({ rp: 'Always' }),
      'The Job "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ],
    [
      'restartPolicy Sometimes',
      job({ rp: 'Sometimes' }),
      'The Job "pi" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Sometimes": supported values: "OnFailure", "Never"',
    ],
    [
      'negative backoffLimit',
      job({ rp: 'Never', spec: '  backoffLimit: -1' }),
      'The Job "pi" is invalid: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
    ],
    [
      'negative activeDeadlineSeconds',
      job({ rp: 'Never', spec: '  activeDeadlineSeconds: -5' }),
      'The Job "pi" is invalid: spec.activeDeadlineSeconds: Invalid value: -5: must be greater than or equal to 0',
    ],
    [
      'podFailurePolicy with OnFailure',
      job({
        rp: 'OnFailure',
        spec: '  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [42]}',
      }),
      'The Job "pi" is invalid: spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified',
    ],
    [
      'exit code 0 with In',
      job({
        rp: 'Never',
        spec: '  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {operator: In, values: [0, 1]}',
      }),
      'The Job "pi" is invalid: spec.podFailurePolicy.rules[0].onExitCodes.values[0]: Invalid value: 0: must not be 0 for the In operator',
    ],
    [
      'values not ordered',
      job({
        rp: 'Never',
        spec: '  podFailurePolicy:\n    rules:\n    - action: Ignore\n      onExitCodes: {operator: NotIn, values: [5, 3]}',
      }),
      'The Job "pi" is invalid: spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: [5,3]: must be ordered',
    ],
    [
      'FailIndex without backoffLimitPerIndex',
      job({
        rp: 'Never',
        spec: '  podFailurePolicy:\n    rules:\n    - action: FailIndex\n      onExitCodes: {operator: In, values: [3]}',
      }),
      'The Job "pi" is invalid: spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set',
    ],
    [
      'unknown container',
      job({
        rp: 'Never',
        spec: '  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {containerName: nope, operator: In, values: [3]}',
      }),
      'The Job "pi" is invalid: spec.podFailurePolicy.rules[0].onExitCodes.containerName: Invalid value: "nope": must be one of the container or initContainer names in the pod template',
    ],
    [
      'a rule without a requirement',
      job({ rp: 'Never', spec: '  podFailurePolicy:\n    rules:\n    - action: Ignore' }),
      'The Job "pi" is invalid: spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
    ],
    [
      'a selector without manualSelector',
      job({
        rp: 'Never',
        spec: '  selector:\n    matchLabels: {app: pi}',
        labels: '    metadata:\n      labels: {app: pi}\n',
      }),
      'The Job "pi" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"pi"}}: `selector` not auto-generated',
    ],
  ];
  it.each(cases)('%s', (_, yaml, message) => {
    expect(parseError(yaml)).toBe(message);
  });

  it('hostile input gives PodLabErrors naming the field, never a TypeError', () => {
    const docs = [
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec: 5\n',
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec: {template: "x"}\n',
      job({ rp: 'Never', spec: '  podFailurePolicy: "x"' }),
      job({ rp: 'Never', spec: '  podFailurePolicy:\n    rules: [5, {action: Ignore, onPodConditions: [null]}]' }),
      job({ rp: 'Never', spec: '  parallelism: "two"' }),
    ];
    for (const d of docs) expect(parseError(d)).toMatch(/^The Job "x?(pi)?" is invalid: /);
    expect(() => matchPodFailurePolicy({ rules: [] }, null as never)).toThrow(/expects a Pod with a status/);
    expect(matchPodFailurePolicy({ rules: [null as never] }, { name: 'p', status: { phase: 'Failed' } })).toEqual({
      count: true,
    });
  });

  it('refuses an unknown apiVersion for a Job', () => {
    expect(parseError(job({ rp: 'Never' }).replace('batch/v1', 'apps/v1'))).toMatch(
      /no matches for kind "Job" in version "apps\/v1"/,
    );
  });
});

describe('Job defaults (SetDefaults_Job, generateSelector)', () => {
  it('defaults completions, parallelism, backoffLimit, completionMode, podReplacementPolicy', () => {
    const j = parseClusterObjects(job({ rp: 'Never' }))[0] as Job;
    expect(j.spec).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: 'NonIndexed',
      suspend: false,
      podReplacementPolicy: 'TerminatingOrFailed',
    });
  });
  it('leaves completions unset when only parallelism is given (a work queue)', () => {
    const j = parseClusterObjects(job({ rp: 'Never', spec: '  parallelism: 3' }))[0] as Job;
    expect(j.spec.completions).toBeUndefined();
    expect(j.spec.parallelism).toBe(3);
  });
  it('podFailurePolicy: podReplacementPolicy Failed, onPodConditions status True', () => {
    const j = parseClusterObjects(
      job({
        rp: 'Never',
        spec: '  podFailurePolicy:\n    rules:\n    - action: Ignore\n      onPodConditions:\n      - type: DisruptionTarget',
      }),
    )[0] as Job;
    expect(j.spec.podReplacementPolicy).toBe('Failed');
    expect(j.spec.podFailurePolicy!.rules[0].onPodConditions![0].status).toBe('True');
  });
  it('generates the selector and the Pod labels from the uid', () => {
    const sim = simulateCluster({ objects: job({ rp: 'Never' }), behavior: { main: { exitAfterSeconds: 1 } } });
    const j = sim.objects.jobs[0];
    const uid = j.metadata.uid!;
    expect(j.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    const pod = sim.objects.pods[0];
    expect(pod.metadata.labels).toEqual({
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': 'pi',
      'controller-uid': uid,
      'job-name': 'pi',
    });
    expect(pod.metadata.ownerReferences).toEqual([
      { apiVersion: 'batch/v1', kind: 'Job', name: 'pi', uid, controller: true },
    ]);
    expect(pod.metadata.name).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});

// Cases in the manner of TestMatchPodFailurePolicy (pod_failure_policy_test.go).
describe('matchPodFailurePolicy', () => {
  const term = (name: string, exitCode: number): ContainerStatus => ({
    name,
    state: { terminated: { exitCode } },
    lastState: {},
    ready: false,
    restartCount: 0,
    image: 'x',
  });
  const disruption: PodCondition = { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI' };
  type Rules = NonNullable<Job['spec']['podFailurePolicy']>['rules'];
  const cases: {
    name: string;
    rules?: Rules;
    containers?: ContainerStatus[];
    init?: ContainerStatus[];
    conditions?: PodCondition[];
    want: ReturnType<typeof matchPodFailurePolicy>;
  }[] = [
    { name: 'no policy: counted', containers: [term('main', 1)], want: { count: true } },
    {
      name: 'FailJob on an exit code',
      rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1, 2, 3] } }],
      containers: [term('main', 2)],
      want: {
        count: true,
        action: 'FailJob',
        message: 'Container main for pod default/p failed with exit code 2 matching FailJob rule at index 0',
      },
    },
    {
      name: 'Ignore on an exit code',
      rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [1, 2, 3] } }],
      containers: [term('main', 2)],
      want: { count: false, action: 'Ignore' },
    },
    {
      name: 'Count on an exit code',
      rules: [{ action: 'Count', onExitCodes: { operator: 'In', values: [2] } }],
      containers: [term('main', 2)],
      want: { count: true, action: 'Count' },
    },
    {
      name: 'no rule matches: counted',
      rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1, 2, 3] } }],
      containers: [term('main', 4)],
      want: { count: true },
    },
    {
      name: 'NotIn matches other codes',
      rules: [{ action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [1, 2, 3] } }],
      containers: [term('main', 42)],
      want: {
        count: true,
        action: 'FailJob',
        message: 'Container main for pod default/p failed with exit code 42 matching FailJob rule at index 0',
      },
    },
    {
      name: 'exit code 0 never matches, even NotIn',
      rules: [{ action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [1] } }],
      containers: [term('main', 0)],
      want: { count: true },
    },
    {
      name: 'containerName restricts the rule',
      rules: [{ action: 'FailJob', onExitCodes: { containerName: 'main', operator: 'In', values: [5] } }],
      containers: [term('side', 5)],
      want: { count: true },
    },
    {
      name: 'init containers are looked at after regular ones',
      rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [5] } }],
      init: [term('setup', 5)],
      want: {
        count: true,
        action: 'FailJob',
        message: 'Container setup for pod default/p failed with exit code 5 matching FailJob rule at index 0',
      },
    },
    {
      name: 'first matching rule wins',
      rules: [
        { action: 'Ignore', onExitCodes: { operator: 'In', values: [5] } },
        { action: 'FailJob', onExitCodes: { operator: 'In', values: [5] } },
      ],
      containers: [term('main', 5)],
      want: { count: false, action: 'Ignore' },
    },
    {
      name: 'second rule at index 1',
      rules: [
        { action: 'Ignore', onExitCodes: { operator: 'In', values: [6] } },
        { action: 'FailJob', onExitCodes: { operator: 'In', values: [5] } },
      ],
      containers: [term('main', 5)],
      want: {
        count: true,
        action: 'FailJob',
        message: 'Container main for pod default/p failed with exit code 5 matching FailJob rule at index 1',
      },
    },
    {
      name: 'Ignore a DisruptionTarget',
      rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }],
      containers: [term('main', 143)],
      conditions: [disruption],
      want: { count: false, action: 'Ignore' },
    },
    {
      name: 'FailJob on a DisruptionTarget',
      rules: [{ action: 'FailJob', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }],
      containers: [term('main', 143)],
      conditions: [disruption],
      want: {
        count: true,
        action: 'FailJob',
        message: 'Pod default/p has condition DisruptionTarget matching FailJob rule at index 0',
      },
    },
    {
      name: 'the condition status must match',
      rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'False' }] }],
      containers: [term('main', 143)],
      conditions: [disruption],
      want: { count: true },
    },
    {
      name: 'no DisruptionTarget: counted',
      rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }],
      containers: [term('main', 1)],
      want: { count: true },
    },
  ];
  it.each(cases)('$name', (c) => {
    const status = {
      phase: 'Failed' as const,
      containerStatuses: c.containers,
      initContainerStatuses: c.init,
      conditions: c.conditions,
    };
    expect(
      matchPodFailurePolicy(c.rules ? { rules: c.rules } : undefined, { name: 'p', namespace: 'default', status }),
    ).toEqual(c.want);
  });
});

describe('Pod failure back-off (getRemainingTimeForFailuresCount)', () => {
  it.each([
    [0, 0, 0],
    [1, 0, 10],
    [1, 4, 6],
    [1, 11, 0],
    [2, 0, 20],
    [3, 0, 40],
    [4, 0, 80],
    [5, 0, 160],
    [6, 0, 320],
    [7, 0, 600],
    [8, 0, 600],
    [50, 0, 600],
  ])('%i failures, %i s after the last one: %i s left', (failures, elapsed, left) => {
    expect(podFailureBackoffRemaining(failures, 100, 100 + elapsed)).toBe(left);
  });
});

describe('printJob (kubectl get jobs)', () => {
  const c = (type: 'Complete' | 'Failed' | 'FailureTarget' | 'SuccessCriteriaMet') => ({
    type,
    status: 'True' as const,
    reason: '',
    message: '',
    lastTransitionTime: 0,
  });
  it('STATUS', () => {
    expect(jobStatusColumn([])).toBe('Running');
    expect(jobStatusColumn([c('FailureTarget')])).toBe('FailureTarget');
    expect(jobStatusColumn([c('FailureTarget'), c('Failed')])).toBe('Failed');
    expect(jobStatusColumn([c('SuccessCriteriaMet')])).toBe('SuccessCriteriaMet');
    expect(jobStatusColumn([c('SuccessCriteriaMet'), c('Complete')])).toBe('Complete');
    expect(jobStatusColumn([], true)).toBe('Terminating');
  });
  it('COMPLETIONS', () => {
    expect(jobCompletionsColumn({ completions: 3, template: { spec: { containers: [] } } }, 1)).toBe('1/3');
    expect(jobCompletionsColumn({ parallelism: 4, template: { spec: { containers: [] } } }, 0)).toBe('0/1 of 4');
    expect(jobCompletionsColumn({ parallelism: 1, template: { spec: { containers: [] } } }, 1)).toBe('1/1');
  });
  it('DURATION', () => {
    const s = { active: 0, succeeded: 0, failed: 0, ready: 0, terminating: 0, conditions: [] };
    expect(jobDurationColumn(s, 50)).toBe('');
    expect(jobDurationColumn({ ...s, startTime: 10 }, 50)).toBe('40s');
    expect(jobDurationColumn({ ...s, startTime: 10, completionTime: 200 }, 5000)).toBe('3m10s');
  });
});

describe('Job controller scenarios', () => {
  const run = (s: Partial<ClusterScenario> & { objects: string }) => simulateCluster({ nodes: { count: 1 }, ...s });

  it('a Job that succeeds: SuccessCriteriaMet then Complete, completionTime, the Pod stays Completed', () => {
    const sim = run({ objects: job({ rp: 'Never' }), behavior: { main: { exitAfterSeconds: 5 } } });
    const st = sim.stateAt(sim.endTime).jobs[0];
    expect(st.status).toMatchObject({
      active: 0,
      succeeded: 1,
      failed: 0,
      ready: 0,
      terminating: 0,
      startTime: 0,
      completionTime: 7,
    });
    expect(st.status.conditions.map((c) => `${c.type}/${c.reason}/${c.message}`)).toEqual([
      'SuccessCriteriaMet/CompletionsReached/Reached expected number of succeeded pods',
      'Complete/CompletionsReached/Reached expected number of succeeded pods',
    ]);
    expect(jobEvents(sim)).toEqual([
      `0 Normal SuccessfulCreate: Created pod: ${sim.stateAt(0).pods[0].name}`,
      '7 Normal Completed: Job completed',
    ]);
    const pods = sim.stateAt(sim.endTime).pods;
    expect(pods).toHaveLength(1);
    expect(pods[0]).toMatchObject({ phase: 'Succeeded', status: 'Completed' });
    const lines = sim.watch.filter((w) => w.kind === 'Job');
    expect(lines[lines.length - 1].columns).toEqual(['Complete', '1/1', '7s', '7s']);
  });

  it('restartPolicy Never: every failure is a new Pod, 10 s then 20 s later; Failed after backoffLimit + 1 failures', () => {
    const sim = run({
      objects: job({ rp: 'Never', spec: '  backoffLimit: 2' }),
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    });
    const created = sim.events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.time);
    // Failures at 5 (2 s pull + 3 s run) and 18 (image present: 3 s run): replacements at 5 + 10 and 18 + 20.
    expect(created).toEqual([0, 15, 38]);
    const end = sim.stateAt(sim.endTime);
    expect(end.jobs[0].status).toMatchObject({ failed: 3, succeeded: 0, active: 0 });
    expect(end.jobs[0].status.conditions.map((c) => c.type)).toEqual(['FailureTarget', 'Failed']);
    expect(jobEvents(sim).pop()).toBe('41 Warning BackoffLimitExceeded: Job has reached the specified backoff limit');
    // The failed Pods stay (Error), none restarted: restartCount 0.
    expect(end.pods.map((p) => `${p.phase}/${p.status}/${p.restarts}`)).toEqual([
      'Failed/Error/0',
      'Failed/Error/0',
      'Failed/Error/0',
    ]);
  });

  it('restartPolicy OnFailure: container restarts count against backoffLimit (pastBackoffLimitOnFailure)', () => {
    const sim = run({
      objects: job({ rp: 'OnFailure', spec: '  backoffLimit: 3' }),
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    });
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(1);
    const target = sim.stateAt(sim.endTime).jobs[0].status.conditions[0];
    expect(target).toMatchObject({ type: 'FailureTarget', reason: 'BackoffLimitExceeded' });
    // The third restart (restartCount 3 ≥ backoffLimit 3) fails the Job; its Pod is deleted.
    const at = target.lastTransitionTime;
    expect(sim.stateAt(at).pods[0].restarts).toBe(3);
    expect(jobEvents(sim)).toContain(`${at} Normal SuccessfulDelete: Deleted pod: ${sim.stateAt(0).pods[0].name}`);
    expect(sim.stateAt(sim.endTime).jobs[0].status.failed).toBe(1);
  });

  it('backoffLimit 0 under OnFailure: the first restart fails the Job', () => {
    const sim = run({
      objects: job({ rp: 'OnFailure', spec: '  backoffLimit: 0' }),
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    });
    expect(sim.stateAt(sim.endTime).jobs[0].status.conditions.find((c) => c.type === 'Failed')?.reason).toBe(
      'BackoffLimitExceeded',
    );
  });

  it('activeDeadlineSeconds: FailureTarget DeadlineExceeded, running Pods terminated, then Failed; no new Pod', () => {
    const sim = run({
      objects: job({ rp: 'Never', spec: '  activeDeadlineSeconds: 20' }),
      behavior: { main: { exitAfterSeconds: 100 } },
    });
    const st = sim.stateAt(20).jobs[0];
    expect(st.phase).toBe('FailureTarget');
    expect(st.status.terminating).toBe(1);
    expect(sim.stateAt(20).pods[0].status).toBe('Terminating');
    const end = sim.stateAt(sim.endTime).jobs[0];
    expect(end.phase).toBe('Failed');
    expect(end.status.conditions.find((c) => c.type === 'Failed')).toMatchObject({
      reason: 'DeadlineExceeded',
      message: 'Job was active longer than specified deadline',
    });
    expect(jobEvents(sim)).toContain('21 Warning DeadlineExceeded: Job was active longer than specified deadline');
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(1);
    expect(end.status.completionTime).toBeUndefined();
  });

  it('activeDeadlineSeconds counts from the Job start, across Pod retries', () => {
    const sim = run({
      objects: job({ rp: 'Never', spec: '  activeDeadlineSeconds: 30' }),
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    });
    const failed = sim.stateAt(sim.endTime).jobs[0].status.conditions.find((c) => c.type === 'FailureTarget');
    expect(failed).toMatchObject({ reason: 'DeadlineExceeded', lastTransitionTime: 30 });
  });

  it('podFailurePolicy FailJob on an exit code: fails at the first such exit, without using backoffLimit', () => {
    const sim = run({
      objects: job({
        rp: 'Never',
        spec: '  podFailurePolicy:\n    rules:\n    - action: FailJob\n      onExitCodes: {containerName: main, operator: In, values: [42]}',
      }),
      behavior: { main: { exitAfterSeconds: 3, exitCode: 42 } },
    });
    const pod = sim.stateAt(0).pods[0].name;
    const end = sim.stateAt(sim.endTime).jobs[0];
    expect(end.status.conditions.find((c) => c.type === 'Failed')).toMatchObject({
      reason: 'PodFailurePolicy',
      message: `Container main for pod default/${pod} failed with exit code 42 matching FailJob rule at index 0`,
    });
    expect(end.status.failed).toBe(1);
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(1);
  });

  it('podFailurePolicy Ignore on DisruptionTarget: an evicted Pod is replaced and not counted', () => {
    const sim = simulateCluster({
      nodes: { count: 2 },
      objects: job({
        rp: 'Never',
        spec: '  backoffLimit: 0\n  podFailurePolicy:\n    rules:\n    - action: Ignore\n      onPodConditions:\n      - type: DisruptionTarget',
      }),
      behavior: { main: [{ exitAfterSeconds: 60 }, { exitAfterSeconds: 10 }] },
      actions: [{ at: 10, action: 'evict', pod: 'pi-' }],
    });
    const first = sim.stateAt(0).pods[0].name;
    const evicted = sim.objects.pods.find((p) => p.metadata.name === first)!;
    expect(evicted.status?.conditions?.find((c) => c.type === 'DisruptionTarget')?.reason).toBe(
      'EvictionByEvictionAPI',
    );
    const end = sim.stateAt(sim.endTime).jobs[0];
    expect(end.status).toMatchObject({ failed: 0, succeeded: 1 });
    expect(end.phase).toBe('Complete');
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(2);
  });

  it('without the Ignore rule, the same eviction fails a Job with backoffLimit 0', () => {
    const sim = simulateCluster({
      nodes: { count: 2 },
      objects: job({ rp: 'Never', spec: '  backoffLimit: 0' }),
      behavior: { main: { exitAfterSeconds: 60 } },
      actions: [{ at: 10, action: 'evict', pod: 'pi-' }],
    });
    const end = sim.stateAt(sim.endTime).jobs[0];
    expect(end.phase).toBe('Failed');
    expect(end.status.conditions.find((c) => c.type === 'Failed')?.reason).toBe('BackoffLimitExceeded');
  });

  it('completions 3, parallelism 2: two Pods, then one, COMPLETIONS 3/3', () => {
    const sim = run({
      objects: job({ rp: 'Never', spec: '  completions: 3\n  parallelism: 2' }),
      behavior: { main: { exitAfterSeconds: 5 } },
    });
    expect(sim.events.filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.time)).toEqual([0, 0, 7]);
    const end = sim.stateAt(sim.endTime).jobs[0];
    expect(end.completions).toBe('3/3');
    expect(end.status.succeeded).toBe(3);
    expect(sim.stateAt(3).jobs[0].status).toMatchObject({ active: 2, ready: 2 });
  });

  it('is deterministic', () => {
    const s = {
      objects: job({ rp: 'Never', spec: '  backoffLimit: 2' }),
      behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
    };
    expect(run(s).watch).toEqual(run(s).watch);
  });
});

// syncJob on its own, with a fake host, in the manner of TestControllerSyncJob (job_controller_test.go): a Job with
// parallelism / completions / backoffLimit and Pods already in given phases; one sync; what it created, deleted, counted.
describe('syncJob table (TestControllerSyncJob cases)', () => {
  interface FakePod {
    name: string;
    phase: PodPhase;
    deleting: boolean;
    removed: boolean;
    ready: boolean;
    status: PodStatus;
  }
  const finished = (code: number): PodStatus['containerStatuses'] => [
    {
      name: 'main',
      state: { terminated: { exitCode: code, finishedAt: -1000 } },
      lastState: {},
      ready: false,
      restartCount: 0,
      image: 'x',
    },
  ];
  const pod = (name: string, phase: PodPhase): FakePod => ({
    name,
    phase,
    deleting: false,
    removed: false,
    ready: phase === 'Running',
    status: { phase, containerStatuses: phase === 'Succeeded' ? finished(0) : phase === 'Failed' ? finished(1) : [] },
  });
  interface Case {
    name: string;
    parallelism: number;
    completions?: number;
    backoffLimit?: number;
    active?: number;
    succeeded?: number;
    failed?: number;
    creations: number;
    deletions: number;
    wantActive: number;
    wantSucceeded?: number;
    wantFailed?: number;
    condition?: string;
  }
  const cases: Case[] = [
    { name: 'job start', parallelism: 2, completions: 5, creations: 2, deletions: 0, wantActive: 2 },
    { name: 'WQ job start', parallelism: 2, creations: 2, deletions: 0, wantActive: 2 },
    { name: 'correct # of pods', parallelism: 2, completions: 5, active: 2, creations: 0, deletions: 0, wantActive: 2 },
    {
      name: 'too few active pods',
      parallelism: 2,
      completions: 5,
      active: 1,
      succeeded: 1,
      creations: 1,
      deletions: 0,
      wantActive: 2,
      wantSucceeded: 1,
    },
    {
      name: 'too many active pods',
      parallelism: 2,
      completions: 5,
      active: 3,
      creations: 0,
      deletions: 1,
      wantActive: 2,
    },
    {
      name: 'failed + succeed pods: reset backoff delay',
      parallelism: 2,
      completions: 5,
      active: 1,
      succeeded: 1,
      failed: 1,
      creations: 1,
      deletions: 0,
      wantActive: 2,
      wantSucceeded: 1,
      wantFailed: 1,
    },
    {
      name: 'new failed pod',
      parallelism: 2,
      completions: 5,
      active: 1,
      failed: 1,
      creations: 1,
      deletions: 0,
      wantActive: 2,
      wantFailed: 1,
    },
    {
      name: 'only new failed pod',
      parallelism: 2,
      completions: 5,
      failed: 1,
      creations: 2,
      deletions: 0,
      wantActive: 2,
      wantFailed: 1,
    },
    {
      name: 'job finish',
      parallelism: 2,
      completions: 5,
      succeeded: 5,
      creations: 0,
      deletions: 0,
      wantActive: 0,
      wantSucceeded: 5,
      condition: 'SuccessCriteriaMet,Complete',
    },
    {
      name: 'WQ job finishing',
      parallelism: 2,
      active: 1,
      succeeded: 1,
      creations: 0,
      deletions: 0,
      wantActive: 1,
      wantSucceeded: 1,
    },
    {
      name: 'WQ job all finished',
      parallelism: 2,
      succeeded: 2,
      creations: 0,
      deletions: 0,
      wantActive: 0,
      wantSucceeded: 2,
      condition: 'SuccessCriteriaMet,Complete',
    },
    {
      name: 'WQ job all finished despite one failure',
      parallelism: 2,
      succeeded: 1,
      failed: 1,
      creations: 0,
      deletions: 0,
      wantActive: 0,
      wantSucceeded: 1,
      wantFailed: 1,
      condition: 'SuccessCriteriaMet,Complete',
    },
    {
      name: 'more active pods than parallelism',
      parallelism: 2,
      completions: 5,
      active: 10,
      creations: 0,
      deletions: 8,
      wantActive: 2,
    },
    {
      name: 'more active pods than remaining completions',
      parallelism: 3,
      completions: 4,
      active: 3,
      succeeded: 2,
      creations: 0,
      deletions: 1,
      wantActive: 2,
      wantSucceeded: 2,
    },
    {
      name: 'status change',
      parallelism: 2,
      completions: 5,
      active: 2,
      succeeded: 2,
      creations: 0,
      deletions: 0,
      wantActive: 2,
      wantSucceeded: 2,
    },
    {
      name: 'too many job failures',
      parallelism: 2,
      completions: 5,
      backoffLimit: 0,
      failed: 1,
      creations: 0,
      deletions: 0,
      wantActive: 0,
      wantFailed: 1,
      condition: 'FailureTarget,Failed',
    },
    {
      name: 'too many job failures with active pods',
      parallelism: 2,
      completions: 5,
      backoffLimit: 0,
      active: 1,
      failed: 1,
      creations: 0,
      deletions: 1,
      wantActive: 0,
      wantFailed: 1,
      condition: 'FailureTarget',
    },
  ];
  it.each(cases)('$name', (c) => {
    const created: FakePod[] = [];
    const deleted: FakePod[] = [];
    let n = 0;
    const ctl = new JobController<FakePod>({
      now: () => 0,
      schedule: () => undefined,
      suffix: () => `p${n++}`,
      uid: () => 'uid-1',
      event: () => undefined,
      changed: () => undefined,
      watch: () => undefined,
      createPod: (p) => {
        const f = pod(p.metadata.name!, 'Pending');
        created.push(f);
        return f;
      },
      deletePod: (p) => {
        p.deleting = true;
        deleted.push(p);
      },
      view: (p) => p,
    });
    const spec = `  parallelism: ${c.parallelism}\n${c.completions !== undefined ? `  completions: ${c.completions}\n` : ''}${c.backoffLimit !== undefined ? `  backoffLimit: ${c.backoffLimit}\n` : ''}`;
    ctl.add(parseClusterObjects(job({ rp: 'Never', spec }))[0] as Job);
    const rec = ctl.jobs[0];
    const add = (k: number, phase: PodPhase) => {
      for (let i = 0; i < k; i++) rec.pods.add(pod(`${phase}-${i}`, phase));
    };
    add(c.active ?? 0, 'Running');
    add(c.succeeded ?? 0, 'Succeeded');
    add(c.failed ?? 0, 'Failed');
    ctl.sync();
    expect(created.length, 'creations').toBe(c.creations);
    expect(deleted.length, 'deletions').toBe(c.deletions);
    expect(rec.status.active, 'active').toBe(c.wantActive);
    expect(rec.status.succeeded, 'succeeded').toBe(c.wantSucceeded ?? 0);
    expect(rec.status.failed, 'failed').toBe(c.wantFailed ?? 0);
    expect(rec.status.conditions.map((x) => x.type).join(',')).toBe(c.condition ?? '');
  });
});
