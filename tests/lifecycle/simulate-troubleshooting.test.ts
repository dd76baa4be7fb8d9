import { describe, expect, it } from 'vitest';
import { simulate, PodLabError } from '../../src/lifecycle';
import { configRefsOf, containerConfigError, startErrorMessage } from '../../src/lifecycle/machines/containerConfig';
import type { Container } from '../../src/lifecycle/types';
import { eventTimes, startTimes, watchLines } from './simulate-helpers';

const pod = (containerExtra: string, meta = '', restartPolicy = '') => `
apiVersion: v1
kind: Pod
metadata:
  name: web${meta ? '\n' + meta : ''}
spec:${restartPolicy ? `\n  restartPolicy: ${restartPolicy}` : ''}
  containers:
  - name: app
    image: busybox:1.36${containerExtra ? '\n' + containerExtra : ''}
`;
const onNode = { imagesOnNode: ['busybox:1.36'] };

describe('makeEnvironmentVariables: ConfigMap and Secret references (kubelet_pods.go)', () => {
  const c = (extra: Partial<Container>): Container => ({ name: 'app', image: 'busybox:1.36', ...extra });

  it('envFrom is resolved before env, in order; the first missing reference is reported', () => {
    const container = c({
      env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's1', key: 'k' } } }],
      envFrom: [{ configMapRef: { name: 'cm1' } }, { secretRef: { name: 's2' } }],
    });
    expect(configRefsOf(container).map((r) => `${r.kind}/${r.name}`)).toEqual([
      'configmap/cm1',
      'secret/s2',
      'secret/s1',
    ]);
    expect(containerConfigError(container, {})).toBe('configmap "cm1" not found');
    expect(containerConfigError(container, { configMaps: ['cm1'] })).toBe('secret "s2" not found');
    expect(containerConfigError(container, { configMaps: ['cm1'], secrets: ['s2'] })).toBe('secret "s1" not found');
    expect(containerConfigError(container, { configMaps: ['cm1'], secrets: ['s1', 's2'] })).toBeUndefined();
  });

  it('an optional reference that is missing is skipped', () => {
    const container = c({
      env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm', key: 'k', optional: true } } }],
      envFrom: [{ secretRef: { name: 's', optional: true } }],
    });
    expect(containerConfigError(container, {})).toBeUndefined();
  });

  it('malformed references (passed through unvalidated) are ignored, never a TypeError', () => {
    const hostile = {
      name: 'app',
      env: [null, 3, { name: 'x', valueFrom: 'no' }, { valueFrom: { configMapKeyRef: { name: 7 } } }],
      envFrom: 'x',
    } as unknown as Container;
    expect(configRefsOf(hostile)).toEqual([]);
    expect(containerConfigError(hostile, { configMaps: 'nope' as unknown as string[] })).toBeUndefined();
  });
});

describe('simulate: CreateContainerConfigError', () => {
  it('a missing ConfigMap: event Failed "Error: configmap "cfg" not found", waiting CreateContainerConfigError, retried every 10 s, Pending', () => {
    const sim = simulate({ pod: pod('    envFrom:\n    - configMapRef: {name: cfg}'), cluster: onNode, until: 30 });
    const failed = sim.events.filter((e) => e.reason === 'Failed');
    expect(failed.map((e) => [e.time, e.type, e.message, e.object])).toEqual(
      [0, 10, 20, 30].map((t) => [t, 'Warning', 'Error: configmap "cfg" not found', 'pod/web spec.containers{app}']),
    );
    expect(eventTimes(sim, 'Created')).toEqual([]);
    const st = sim.statusAt(30);
    expect(st.phase).toBe('Pending');
    expect(st.containerStatuses![0].state).toEqual({
      waiting: { reason: 'CreateContainerConfigError', message: 'configmap "cfg" not found' },
    });
    expect(st.containerStatuses![0].restartCount).toBe(0);
    expect(watchLines(sim)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '0 0/1 CreateContainerConfigError 0',
    ]);
  });

  it('a missing Secret in env valueFrom; once it exists in the cluster facts the container starts', () => {
    const extra = '    env:\n    - name: PASSWORD\n      valueFrom:\n        secretKeyRef: {name: db, key: password}';
    const sim = simulate({ pod: pod(extra), cluster: onNode, until: 5 });
    expect(sim.statusAt(5).containerStatuses![0].state.waiting).toEqual({
      reason: 'CreateContainerConfigError',
      message: 'secret "db" not found',
    });
    const ok = simulate({ pod: pod(extra), cluster: { ...onNode, secrets: ['db'] }, until: 5 });
    expect(startTimes(ok)).toEqual([0]);
  });

  it('the image is pulled first: the config error follows the pull', () => {
    const sim = simulate({ pod: pod('    envFrom:\n    - secretRef: {name: s}'), until: 5 });
    expect(sim.events.map((e) => e.reason)).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Failed']);
    expect(sim.events[3].time).toBe(2);
  });
});

describe('simulate: RunContainerError / StartError (execError)', () => {
  it('a command not in the image: Created, Failed, exited StartError 128, waiting RunContainerError, then the crash-loop back-off', () => {
    const sim = simulate({
      pod: pod('    command: ["nginxx"]'),
      behavior: { app: { execError: 'notFound' } },
      cluster: onNode,
      until: 60,
    });
    const msg = startErrorMessage({ name: 'app', command: ['nginxx'] }, 'notFound');
    expect(msg).toContain('exec: "nginxx": executable file not found in $PATH');
    expect(sim.events.slice(0, 4).map((e) => [e.reason, e.message])).toEqual([
      ['Scheduled', 'Successfully assigned default/web to node-1'],
      ['Pulled', 'Container image "busybox:1.36" already present on machine and can be accessed by the pod'],
      ['Created', 'Container created'],
      ['Failed', `Error: ${msg}`],
    ]);
    expect(eventTimes(sim, 'Started')).toEqual([]);
    const cs = sim.statusAt(5).containerStatuses![0];
    expect(cs.state).toEqual({ waiting: { reason: 'RunContainerError', message: msg } });
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 128, reason: 'StartError', message: msg });
    expect(sim.statusAt(5).phase).toBe('Running');
    const statuses = watchLines(sim).map((l) => l.split(' ')[2]);
    expect(statuses).toContain('RunContainerError');
    expect(statuses).toContain('CrashLoopBackOff');
    expect(eventTimes(sim, 'BackOff').length).toBeGreaterThan(0);
  });

  it('restartPolicy Never: the Pod fails with the StartError termination', () => {
    const sim = simulate({
      pod: pod('    command: ["/app/run.sh"]', '', 'Never'),
      behavior: { app: { execError: 'notExecutable' } },
      cluster: onNode,
    });
    const st = sim.pod.status!;
    expect(st.phase).toBe('Failed');
    expect(st.containerStatuses![0].state.terminated).toMatchObject({ exitCode: 128, reason: 'StartError' });
    expect(st.containerStatuses![0].state.terminated!.message).toContain('exec: "/app/run.sh": permission denied');
    expect(sim.watch.at(-1)?.status).toBe('StartError');
  });

  it('a path that does not exist is reported by stat', () => {
    expect(startErrorMessage({ name: 'a', command: ['/bin/nope'] }, 'notFound')).toContain(
      'exec: "/bin/nope": stat /bin/nope: no such file or directory',
    );
  });

  it('a shell that cannot find a command is an ordinary exit 127 (Error), not a start error', () => {
    const sim = simulate({
      pod: pod('    command: ["sh", "-c", "nginxx"]', '', 'Never'),
      behavior: { app: { exitAfterSeconds: 0, exitCode: 127 } },
      cluster: onNode,
    });
    expect(sim.pod.status!.containerStatuses![0].state.terminated).toMatchObject({ exitCode: 127, reason: 'Error' });
    expect(eventTimes(sim, 'Started')).toEqual([0]);
  });

  it('an unknown execError is a scenario error naming the field', () => {
    expect(() => simulate({ pod: pod(''), behavior: { app: { execError: 'oops' as 'notFound' } } })).toThrow(
      /behavior\.app\.execError/,
    );
  });
});

describe('simulate: finalizers', () => {
  const withFinalizer = '  finalizers: [example.com/cleanup]';
  const nginx = { imagesOnNode: ['busybox:1.36'] };
  const removeFinalizers = { at: 60, action: 'patch' as const, patch: { metadata: { finalizers: null } } };

  it('a graceful delete stops the containers but the object stays until the finalizer is removed', () => {
    const sim = simulate({
      pod: pod('', withFinalizer),
      cluster: nginx,
      actions: [{ at: 10, action: 'delete' }, removeFinalizers],
      until: 100,
    });
    expect(sim.removedAt).toBe(60);
    const held = sim.podAt(30)!;
    expect(held.metadata.finalizers).toEqual(['example.com/cleanup']);
    // BeforeDelete: the kubelet's final delete (grace 0) moves deletionTimestamp back to the first request.
    expect(held.metadata.deletionTimestamp).toBe(10);
    expect(held.metadata.deletionGracePeriodSeconds).toBe(0);
    expect(held.status!.phase).toBe('Failed');
    // printPod: Terminating only while the phase is not terminal.
    expect(watchLines(sim)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '0 1/1 Running 0',
      '10 1/1 Terminating 0',
      '11 0/1 Error 0',
    ]);
    expect(sim.podAt(60)).toBeNull();
  });

  it('without a finalizer the same delete removes the object when the containers stopped', () => {
    const sim = simulate({ pod: pod(''), cluster: nginx, actions: [{ at: 10, action: 'delete' }], until: 100 });
    expect(sim.removedAt).toBe(11);
  });

  it('--force --grace-period=0 does not bypass a finalizer', () => {
    const sim = simulate({
      pod: pod('', withFinalizer),
      cluster: nginx,
      actions: [{ at: 10, action: 'delete', force: true, gracePeriodSeconds: 0 }, removeFinalizers],
      until: 100,
    });
    expect(sim.podAt(30)?.metadata.deletionTimestamp).toBe(10);
    expect(sim.removedAt).toBe(60);
  });

  it('an unscheduled Pod with a finalizer stays after delete', () => {
    const sim = simulate({
      pod: pod('', withFinalizer),
      cluster: { ...nginx, scheduleAfterSeconds: Infinity },
      actions: [{ at: 10, action: 'delete' }],
      until: 100,
    });
    expect(sim.removedAt).toBeUndefined();
    expect(sim.watch.at(-1)?.status).toBe('Terminating');
  });

  it('no new finalizer on a Pod being deleted (ValidateObjectMetaUpdate); the refusal is a notice', () => {
    const sim = simulate({
      pod: pod('', withFinalizer),
      cluster: nginx,
      actions: [
        { at: 10, action: 'delete' },
        { at: 20, action: 'patch', patch: { metadata: { finalizers: ['example.com/cleanup', 'other'] } } },
      ],
      until: 100,
    });
    expect(sim.notice).toContain(
      'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"other"}',
    );
    expect(sim.removedAt).toBeUndefined();
  });

  it('malformed finalizers are refused at creation', () => {
    let err: unknown;
    try {
      simulate({ pod: pod('', '  finalizers: cleanup') });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PodLabError);
    expect((err as PodLabError).errors.map((e) => e.field)).toContain('metadata.finalizers');
  });
});

describe('simulate: a configMap or secret volume whose object is missing (FailedMount)', () => {
  const podWithVolume = (source: string) => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: busybox:1.36
    volumeMounts:
    - {name: config, mountPath: /etc/app}
  volumes:
  - name: config
${source}
`;

  it('FailedMount retried after 0.5 s, doubled up to 122 s; ContainerCreating, no sandbox, Pending', () => {
    const sim = simulate({ pod: podWithVolume('    configMap: {name: app-config}'), cluster: onNode, until: 600 });
    const times = eventTimes(sim, 'FailedMount');
    expect(times.slice(0, 10)).toEqual([0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 63.5, 127.5, 249.5]);
    expect(times[10] - times[9]).toBe(122);
    expect(sim.events.find((e) => e.reason === 'FailedMount')).toMatchObject({
      type: 'Warning',
      object: 'pod/web',
      message: 'MountVolume.SetUp failed for volume "config" : configmap "app-config" not found',
    });
    const st = sim.statusAt(300);
    expect(st.phase).toBe('Pending');
    expect(st.containerStatuses![0].state).toEqual({ waiting: { reason: 'ContainerCreating' } });
    expect(st.conditions!.find((c) => c.type === 'PodReadyToStartContainers')?.status).toBe('False');
    expect(eventTimes(sim, 'Pulled')).toEqual([]);
  });

  it('a secret volume names its secretName; optional: true or an existing object mounts', () => {
    const sim = simulate({ pod: podWithVolume('    secret: {secretName: tls}'), cluster: onNode, until: 1 });
    expect(sim.events.find((e) => e.reason === 'FailedMount')?.message).toBe(
      'MountVolume.SetUp failed for volume "config" : secret "tls" not found',
    );
    expect(
      startTimes(
        simulate({ pod: podWithVolume('    secret: {secretName: tls, optional: true}'), cluster: onNode, until: 5 }),
      ),
    ).toEqual([0]);
    expect(
      startTimes(
        simulate({
          pod: podWithVolume('    configMap: {name: app-config}'),
          cluster: { ...onNode, configMaps: ['app-config'] },
          until: 5,
        }),
      ),
    ).toEqual([0]);
  });

  it('a delete interrupts the wait for the volumes at once (the sync context is cancelled)', () => {
    const sim = simulate({
      pod: podWithVolume('    configMap: {name: app-config}'),
      cluster: onNode,
      actions: [{ at: 50, action: 'delete' }],
      until: 400,
    });
    expect(sim.removedAt).toBe(50);
    expect(Math.max(...eventTimes(sim, 'FailedMount'))).toBeLessThan(50);
  });
});
