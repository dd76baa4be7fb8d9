import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle';
import { eventTimes, preloaded, startTimes, watchLines } from './simulate-helpers';

const initPod = (policy = 'Always') => `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  restartPolicy: ${policy}
  initContainers:
  - {name: migrate, image: "busybox:1.36"}
  - {name: warm, image: "busybox:1.36"}
  containers:
  - {name: app, image: "nginx:1.27"}
`;

describe('simulate: init containers', () => {
  it('run one after the other, then the regular containers; kubectl shows Init:i/N', () => {
    const sim = simulate({
      pod: initPod(),
      cluster: preloaded,
      behavior: { migrate: { exitAfterSeconds: 5 }, warm: { exitAfterSeconds: 3 } },
      until: 20,
    });
    expect(startTimes(sim, 'migrate')).toEqual([0]);
    expect(startTimes(sim, 'warm')).toEqual([5]);
    expect(startTimes(sim, 'app')).toEqual([8]);
    expect(watchLines(sim)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 Init:0/2 0',
      '5 0/1 Init:1/2 0',
      '8 0/1 PodInitializing 0',
      '8 1/1 Running 0',
    ]);
    expect(sim.statusAt(3).containerStatuses![0].state.waiting?.reason).toBe('PodInitializing');
    expect(sim.statusAt(6).conditions?.find((c) => c.type === 'Initialized')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotInitialized',
      message: 'containers with incomplete status: [warm]',
    });
    expect(sim.statusAt(9).conditions?.find((c) => c.type === 'Initialized')?.status).toBe('True');
    expect(sim.statusAt(9).initContainerStatuses![0]).toMatchObject({
      ready: true,
      state: { terminated: { reason: 'Completed', exitCode: 0 } },
    });
  });

  it('a failing init container is restarted with back-off (Init:CrashLoopBackOff) under Always', () => {
    const sim = simulate({
      pod: initPod(),
      cluster: preloaded,
      behavior: {
        migrate: [{ exitAfterSeconds: 2, exitCode: 1 }, { exitAfterSeconds: 2, exitCode: 1 }, { exitAfterSeconds: 2 }],
        warm: { exitAfterSeconds: 1 },
      },
      until: 60,
    });
    expect(startTimes(sim, 'migrate')).toEqual([0, 2, 14]);
    expect(startTimes(sim, 'warm')).toEqual([16]);
    expect(sim.watch.map((w) => w.status)).toContain('Init:CrashLoopBackOff');
    expect(sim.watch.map((w) => w.status)).toContain('Init:Error');
    expect(sim.statusAt(10).phase).toBe('Pending');
  });

  it('a failing init container with restartPolicy Never fails the Pod; the rest never starts', () => {
    const sim = simulate({
      pod: initPod('Never'),
      cluster: preloaded,
      behavior: { migrate: { exitAfterSeconds: 2, exitCode: 1 } },
    });
    expect(startTimes(sim, 'migrate')).toEqual([0]);
    expect(startTimes(sim, 'warm')).toEqual([]);
    expect(startTimes(sim, 'app')).toEqual([]);
    expect(sim.statusAt(sim.endTime).phase).toBe('Failed');
    expect(sim.watch.at(-1)?.status).toBe('Init:Error');
  });
});

describe('simulate: sidecars (init containers with restartPolicy Always)', () => {
  const sidecarPod = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31
    restartPolicy: Always
    startupProbe:
      tcpSocket: {port: 9901}
      periodSeconds: 1
      failureThreshold: 30
  - name: log
    image: busybox:1.36
    restartPolicy: Always
  - {name: setup, image: "busybox:1.36"}
  containers:
  - {name: app, image: "nginx:1.27"}
`;

  it('start in order; the next one waits for the sidecar to be started (startup probe)', () => {
    const sim = simulate({
      pod: sidecarPod,
      cluster: preloaded,
      behavior: { proxy: { startupSeconds: 4 }, setup: { exitAfterSeconds: 2 } },
      until: 20,
    });
    expect(startTimes(sim, 'proxy')).toEqual([0]);
    expect(startTimes(sim, 'log')).toEqual([4]);
    expect(startTimes(sim, 'setup')).toEqual([4]);
    expect(startTimes(sim, 'app')).toEqual([6]);
    expect(sim.statusAt(3).initContainerStatuses![0]).toMatchObject({ started: false, ready: false });
    expect(sim.statusAt(4).initContainerStatuses![0]).toMatchObject({ started: true, ready: true });
    expect(sim.statusAt(10).phase).toBe('Running');
    expect(sim.watch.at(-1)).toMatchObject({ ready: '3/3', status: 'Running' });
  });

  it('are restarted whatever the Pod restartPolicy, while the main container runs', () => {
    const never = sidecarPod.replace('spec:\n', 'spec:\n  restartPolicy: Never\n');
    const sim = simulate({
      pod: never,
      cluster: preloaded,
      behavior: { log: { exitAfterSeconds: 10, exitCode: 1 }, setup: { exitAfterSeconds: 1 } },
      until: 60,
    });
    const starts = startTimes(sim, 'log');
    expect(starts.length).toBeGreaterThanOrEqual(3);
    expect(starts[1] - (starts[0] + 10)).toBe(0);
    expect(starts[2] - (starts[1] + 10)).toBe(10);
    expect(startTimes(sim, 'app')).toHaveLength(1);
    expect(sim.statusAt(30).phase).toBe('Running');
  });

  it('a running sidecar keeps a completed main container Pod Running until the kubelet stops it', () => {
    const sim = simulate({
      pod: sidecarPod.replace('spec:\n', 'spec:\n  restartPolicy: OnFailure\n'),
      cluster: preloaded,
      behavior: { setup: { exitAfterSeconds: 1 }, app: { exitAfterSeconds: 5 } },
    });
    expect(eventTimes(sim, 'Killing').length).toBe(2);
    expect(sim.statusAt(sim.endTime).phase).toBe('Succeeded');
  });
});
