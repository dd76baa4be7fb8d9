import { describe, expect, it } from 'vitest';
import { simulate, validatePod, parsePod, isPodLabError } from '../../src/lifecycle';
import { eventTimes, preloaded, watchLines } from './simulate-helpers';

const podYaml = (resources: string, restartPolicy = 'Always') => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  restartPolicy: ${restartPolicy}
  containers:
  - name: app
    image: nginx:1.27
${resources}`;

describe('ValidateResourceRequirements', () => {
  it('request above limit: the API server message and field path', () => {
    const errs = validatePod(
      parsePod(podYaml('    resources:\n      requests: {cpu: "2"}\n      limits: {cpu: "1"}\n')),
    );
    expect(errs).toEqual([
      {
        field: 'spec.containers[0].resources.requests',
        message: 'Invalid value: "2": must be less than or equal to cpu limit of 1',
      },
    ]);
  });

  it('compares quantities, not strings; prints them canonically', () => {
    expect(
      validatePod(parsePod(podYaml('    resources:\n      requests: {memory: 1Gi}\n      limits: {memory: 1024Mi}\n'))),
    ).toEqual([]);
    const errs = validatePod(
      parsePod(
        podYaml('    resources:\n      requests: {memory: 1.5Gi, cpu: 1500m}\n      limits: {memory: 1Gi, cpu: "1"}\n'),
      ),
    );
    expect(errs.map((e) => e.message)).toEqual([
      'Invalid value: "1536Mi": must be less than or equal to memory limit of 1Gi',
      'Invalid value: "1500m": must be less than or equal to cpu limit of 1',
    ]);
  });

  it('negative quantities and unknown names', () => {
    const errs = validatePod(parsePod(podYaml('    resources:\n      requests: {cpu: "-1", gpu: "1"}\n')));
    expect(errs).toEqual([
      {
        field: 'spec.containers[0].resources.requests[cpu]',
        message: 'Invalid value: "-1": must be greater than or equal to 0',
      },
      {
        field: 'spec.containers[0].resources.requests[gpu]',
        message: 'Invalid value: "gpu": must be a standard resource for containers',
      },
    ]);
  });

  it("limits alone are valid (requests defaulted to limits); simulate throws kubectl's message for request > limit", () => {
    expect(validatePod(parsePod(podYaml('    resources:\n      limits: {cpu: 250m}\n')))).toEqual([]);
    let err: unknown;
    try {
      simulate({ pod: podYaml('    resources:\n      requests: {cpu: 500m}\n      limits: {cpu: 250m}\n') });
    } catch (e) {
      err = e;
    }
    expect(isPodLabError(err) && (err as Error).message).toBe(
      'The Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "500m": must be less than or equal to cpu limit of 250m',
    );
  });
});

// validation_test.go TestValidateContainers error cases for resources (each must be refused), as data.
const RESOURCE_ERROR_CASES: [string, Record<string, unknown>][] = [
  ['invalid compute resource', { limits: { disk: '10G' } }],
  ['Resource CPU invalid', { limits: { cpu: '-10', memory: '0' } }],
  ['Resource Requests CPU invalid', { requests: { cpu: '-10', memory: '0' } }],
  ['Resource Memory invalid', { limits: { cpu: '0', memory: '-10' } }],
  ['Request limit simple invalid', { limits: { cpu: '5' }, requests: { cpu: '6' } }],
  ['Request limit multiple invalid', { limits: { cpu: '5', memory: '6' }, requests: { cpu: '6', memory: '7' } }],
];

describe('ValidateResourceRequirements (validation_test.go error cases)', () => {
  it.each(RESOURCE_ERROR_CASES)('%s is refused', (_name, resources) => {
    const pod = parsePod(podYaml(''));
    pod.spec.containers[0].resources = resources;
    expect(validatePod(pod).filter((e) => e.field.includes('.resources')).length).toBeGreaterThan(0);
  });
});

describe('OOMKilled', () => {
  const limited = '    resources:\n      limits: {memory: 256Mi}\n';

  it('memory above the limit: terminated OOMKilled, exit 137, restarted with back-off, then CrashLoopBackOff', () => {
    const sim = simulate({
      pod: podYaml(limited),
      cluster: preloaded,
      behavior: { app: { memory: { mebibytes: 300, afterSeconds: 5 } } },
      until: 60,
    });
    const st = sim.statusAt(5).containerStatuses![0];
    expect(st.lastState.terminated ?? st.state.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    expect(watchLines(sim).slice(0, 4)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '0 1/1 Running 0',
      '5 0/1 OOMKilled 0',
    ]);
    expect(watchLines(sim)).toContain('10 0/1 OOMKilled 1 (5s ago)');
    expect(watchLines(sim)).toContain('10 0/1 CrashLoopBackOff 1 (0s ago)');
    // First restart at once, then the crash-loop back-off (10 s, 20 s...), as for any failed container.
    expect(eventTimes(sim, 'Started', 'app')).toEqual([0, 5, 20, 45]);
    expect(eventTimes(sim, 'BackOff', 'app').length).toBeGreaterThan(0);
    expect(sim.statusAt(60).containerStatuses![0].lastState.terminated).toMatchObject({
      exitCode: 137,
      reason: 'OOMKilled',
    });
    expect(sim.statusAt(60).phase).toBe('Running');
  });

  it('restartPolicy Never: the Pod fails with the container OOMKilled', () => {
    const sim = simulate({
      pod: podYaml(limited, 'Never'),
      cluster: preloaded,
      behavior: { app: { memory: { mebibytes: 300, afterSeconds: 5 } } },
    });
    expect(sim.statusAt(sim.endTime).phase).toBe('Failed');
    expect(sim.statusAt(sim.endTime).containerStatuses![0].state.terminated).toMatchObject({
      exitCode: 137,
      reason: 'OOMKilled',
    });
  });

  it('no kill below the limit, nor without a limit; a raised limit removes the kill', () => {
    const b = { app: { memory: { mebibytes: 300, afterSeconds: 5 } } };
    for (const res of [
      '',
      '    resources:\n      limits: {memory: 512Mi}\n',
      '    resources:\n      requests: {memory: 64Mi}\n',
    ]) {
      const sim = simulate({ pod: podYaml(res), cluster: preloaded, behavior: b, until: 60 });
      expect(sim.statusAt(60).containerStatuses![0]).toMatchObject({ restartCount: 0, state: { running: {} } });
    }
  });

  it('an exit before the memory grows wins; a bad memory behaviour is a scenario error', () => {
    const sim = simulate({
      pod: podYaml(limited, 'Never'),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 3, exitCode: 0, memory: { mebibytes: 900, afterSeconds: 5 } } },
    });
    expect(sim.statusAt(sim.endTime).containerStatuses![0].state.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
    expect(() => simulate({ pod: podYaml(limited), behavior: { app: { memory: { mebibytes: -1 } } } })).toThrow(
      /behavior.app.memory/,
    );
    expect(() => simulate({ pod: podYaml(limited), behavior: { app: { memory: 'lots' as never } } })).toThrow(
      /behavior.app.memory/,
    );
  });
});
