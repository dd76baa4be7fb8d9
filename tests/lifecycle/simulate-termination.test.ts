import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle';
import { eventTimes, onePod, preloaded, startTimes, transitionsOf, watchLines } from './simulate-helpers';

const signals = (sim: ReturnType<typeof simulate>, name = 'app') =>
  sim.transitions
    .filter(
      (t) =>
        t.machine === `container/${name}` && (t.cause === 'SIGTERM' || t.cause === 'SIGKILL') && t.to === 'Stopping',
    )
    .map((t) => `${t.cause}@${t.time}`);

describe('simulate: graceful deletion', () => {
  it('default grace 30 s: SIGTERM at once, exit after shutdownSeconds, Terminating, terminal phase, removal', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: 3 } },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(sim.podAt(10)?.metadata).toMatchObject({ deletionTimestamp: 40, deletionGracePeriodSeconds: 30 });
    expect(signals(sim)).toEqual(['SIGTERM@10']);
    expect(sim.events.filter((e) => e.reason === 'Killing').map((e) => [e.time, e.message])).toEqual([
      [10, 'Stopping container app'],
    ]);
    expect(watchLines(sim)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '0 1/1 Running 0',
      '10 1/1 Terminating 0',
      '13 0/1 Error 0',
    ]);
    expect(sim.statusAt(12).phase).toBe('Running');
    expect(sim.statusAt(13).phase).toBe('Failed');
    expect(sim.statusAt(13).containerStatuses![0].state.terminated).toMatchObject({
      exitCode: 143,
      reason: 'Error',
      finishedAt: 13,
    });
    expect(sim.removedAt).toBe(13);
    expect(sim.podAt(13)).toBeNull();
    expect(sim.stopReason).toBe('settled');
  });

  it('a process that exits 0 on SIGTERM ends Succeeded (Completed)', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: 2, shutdownExitCode: 0 } },
      actions: [{ at: 5, action: 'delete' }],
    });
    expect(sim.statusAt(7).phase).toBe('Succeeded');
    expect(sim.watch.at(-1)?.status).toBe('Completed');
  });

  it('a process ignoring SIGTERM is killed at the end of the grace period (137)', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: Infinity } },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(signals(sim)).toEqual(['SIGTERM@10', 'SIGKILL@40']);
    expect(sim.statusAt(40).containerStatuses![0].state.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(sim.removedAt).toBe(40);
  });

  it('preStop runs first; the grace period counts from the deletion', () => {
    const sim = simulate({
      pod: onePod('', '    lifecycle:\n      preStop:\n        exec: {command: ["sh", "-c", "sleep 10"]}'),
      cluster: preloaded,
      behavior: { app: { preStopSeconds: 10, shutdownSeconds: Infinity } },
      actions: [{ at: 10, action: 'delete' }],
    });
    // preStop 10..20, SIGTERM at 20, SIGKILL 20 s later (30 - 10) at 40.
    expect(signals(sim)).toEqual(['SIGTERM@20', 'SIGKILL@40']);
  });

  it('a preStop hook longer than the grace period: SIGTERM at 30, SIGKILL at 32 (the 2 s minimum)', () => {
    const sim = simulate({
      pod: onePod('', '    lifecycle:\n      preStop:\n        exec: {command: ["sleep", "60"]}'),
      cluster: preloaded,
      behavior: { app: { preStopSeconds: 60, shutdownSeconds: Infinity } },
      actions: [{ at: 1, action: 'delete' }],
    });
    expect(signals(sim)).toEqual(['SIGTERM@31', 'SIGKILL@33']);
    expect(sim.removedAt).toBe(33);
  });

  it('a sleep preStop handler takes its own seconds', () => {
    const sim = simulate({
      pod: onePod('', '    lifecycle:\n      preStop:\n        sleep: {seconds: 5}'),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: 1 } },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(signals(sim)).toEqual(['SIGTERM@15']);
    expect(sim.removedAt).toBe(16);
  });

  it('a failing preStop hook: FailedPreStopHook, the kill goes on', () => {
    const sim = simulate({
      pod: onePod('', '    lifecycle:\n      preStop:\n        httpGet: {path: /stop, port: 8080}'),
      cluster: preloaded,
      behavior: { app: { preStopSeconds: 1, preStopFails: true } },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(sim.events.find((e) => e.reason === 'FailedPreStopHook')).toMatchObject({ time: 11, type: 'Warning' });
    expect(signals(sim)).toEqual(['SIGTERM@11']);
  });

  it('request grace override: gracePeriodSeconds 5', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: Infinity } },
      actions: [{ at: 10, action: 'delete', gracePeriodSeconds: 5 }],
    });
    expect(sim.podAt(10)?.metadata.deletionGracePeriodSeconds).toBe(5);
    expect(signals(sim)).toEqual(['SIGTERM@10', 'SIGKILL@15']);
  });

  it('pod terminationGracePeriodSeconds is the default grace', () => {
    const sim = simulate({
      pod: onePod('  terminationGracePeriodSeconds: 10'),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: Infinity } },
      actions: [{ at: 1, action: 'delete' }],
    });
    expect(signals(sim)).toEqual(['SIGTERM@1', 'SIGKILL@11']);
  });

  it('force delete removes the object at once; the kubelet still stops the container', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: Infinity } },
      actions: [{ at: 10, action: 'delete', force: true, gracePeriodSeconds: 0 }],
    });
    expect(sim.removedAt).toBe(10);
    expect(sim.podAt(10)).toBeNull();
    expect(sim.podAt(9)).not.toBeNull();
    expect(signals(sim)).toEqual(['SIGTERM@10', 'SIGKILL@12']);
  });

  it('an unscheduled Pod is deleted at once', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: { scheduleAfterSeconds: Infinity },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(sim.events.map((e) => e.reason)).toEqual(['FailedScheduling']);
    expect(sim.statusAt(5).conditions?.find((c) => c.type === 'PodScheduled')).toMatchObject({
      status: 'False',
      reason: 'Unschedulable',
    });
    expect(sim.removedAt).toBe(10);
  });

  it('a completed Pod is deleted at once', () => {
    const sim = simulate({
      pod: onePod('  restartPolicy: Never'),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 3 } },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(sim.statusAt(9).phase).toBe('Succeeded');
    expect(sim.removedAt).toBe(10);
  });

  it('liveness probes stop at deletion, readiness goes on while the container stops', () => {
    const sim = simulate({
      pod: onePod(
        '',
        '    livenessProbe:\n      tcpSocket: {port: 80}\n      periodSeconds: 5\n    readinessProbe:\n      tcpSocket: {port: 80}\n      periodSeconds: 5',
      ),
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: 20, unhealthyAfterSeconds: 12 } },
      actions: [{ at: 10, action: 'delete' }],
    });
    // Deleted at 10 before liveness could fail 3 times: no liveness kill, no restart.
    expect(eventTimes(sim, 'Killing')).toEqual([10]);
    expect(startTimes(sim)).toEqual([0]);
    expect(sim.events.filter((e) => e.message.startsWith('Liveness')).length).toBe(0);
    // The status stays frozen while the kubelet stops the Pod: readiness still probes the container until it exits at 30.
    expect(sim.events.filter((e) => e.message.startsWith('Readiness')).map((e) => e.time)).toEqual([15, 20, 25, 30]);
    expect(transitionsOf(sim, 'probe/app/liveness').at(-1)).toMatch(/^10:.*->Stopped/);
    expect(sim.statusAt(20).containerStatuses![0].ready).toBe(true);
    expect(sim.statusAt(25).containerStatuses![0].ready).toBe(false);
    expect(sim.statusAt(25).conditions?.find((c) => c.type === 'Ready')?.status).toBe('False');
  });

  it('a crash-looping container is not restarted once the Pod is deleted', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 2, exitCode: 1 } },
      actions: [{ at: 3, action: 'delete' }],
    });
    expect(startTimes(sim)).toEqual([0, 2]);
    expect(sim.statusAt(sim.endTime).phase).toBe('Failed');
  });

  it('deleting a Pod stuck in ImagePullBackOff: removed at once after the kubelet writes Failed', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: { missingImages: ['nginx:1.27'] },
      actions: [{ at: 30, action: 'delete' }],
    });
    const st = sim.statusAt(30);
    expect(st.phase).toBe('Failed');
    expect(sim.removedAt).toBe(30);
  });
});

describe('simulate: sidecars at termination', () => {
  const pod = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  initContainers:
  - name: log
    image: busybox:1.36
    restartPolicy: Always
  - name: proxy
    image: busybox:1.36
    restartPolicy: Always
  containers:
  - name: app
    image: nginx:1.27
`;

  it('stops the main containers first, then the sidecars in reverse order', () => {
    const sim = simulate({
      pod,
      cluster: preloaded,
      behavior: { app: { shutdownSeconds: 4 }, proxy: { shutdownSeconds: 2 }, log: { shutdownSeconds: 1 } },
      actions: [{ at: 10, action: 'delete' }],
    });
    expect(signals(sim, 'app')).toEqual(['SIGTERM@10']);
    expect(signals(sim, 'proxy')).toEqual(['SIGTERM@14']);
    expect(signals(sim, 'log')).toEqual(['SIGTERM@16']);
    expect(sim.removedAt).toBe(17);
    // Killing events are emitted for all three at the deletion.
    expect(eventTimes(sim, 'Killing')).toEqual([10, 10, 10]);
  });

  it('sidecars share what is left of the grace period; at least 2 s each', () => {
    const sim = simulate({
      pod,
      cluster: preloaded,
      behavior: {
        app: { shutdownSeconds: Infinity },
        proxy: { shutdownSeconds: Infinity },
        log: { shutdownSeconds: Infinity },
      },
      actions: [{ at: 1, action: 'delete' }],
    });
    expect(signals(sim, 'app')).toEqual(['SIGTERM@1', 'SIGKILL@31']);
    expect(signals(sim, 'proxy')).toEqual(['SIGTERM@31', 'SIGKILL@33']);
    expect(signals(sim, 'log')).toEqual(['SIGTERM@31', 'SIGKILL@33']);
  });

  it('a Job-like Pod (Never) with a sidecar: the sidecar is stopped when the main container completes', () => {
    const job = pod.replace('spec:\n', 'spec:\n  restartPolicy: Never\n');
    const sim = simulate({ pod: job, cluster: preloaded, behavior: { app: { exitAfterSeconds: 20 } } });
    expect(signals(sim, 'proxy')).toEqual(['SIGTERM@20']);
    expect(signals(sim, 'log')).toEqual(['SIGTERM@21']);
    expect(sim.statusAt(sim.endTime).phase).toBe('Succeeded');
    expect(sim.endTime).toBe(22);
    expect(sim.removedAt).toBeUndefined();
  });
});

describe('simulate: activeDeadlineSeconds', () => {
  it('fails the Pod with DeadlineExceeded and stops its containers', () => {
    const sim = simulate({ pod: onePod('  activeDeadlineSeconds: 30'), cluster: preloaded });
    expect(sim.events.find((e) => e.reason === 'DeadlineExceeded')).toMatchObject({
      time: 30,
      message: 'Pod was active on the node longer than the specified deadline',
    });
    const st = sim.statusAt(30);
    expect(st).toMatchObject({ phase: 'Failed', reason: 'DeadlineExceeded' });
    expect(eventTimes(sim, 'Killing')).toEqual([30]);
    expect(sim.removedAt).toBeUndefined();
  });

  it('counts from the kubelet start time, not the creation', () => {
    const sim = simulate({
      pod: onePod('  activeDeadlineSeconds: 30'),
      cluster: { ...preloaded, scheduleAfterSeconds: 15 },
    });
    expect(eventTimes(sim, 'DeadlineExceeded')).toEqual([45]);
  });
});
