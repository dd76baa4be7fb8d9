import { describe, expect, it } from 'vitest';
import { simulate, DEFAULT_UNTIL, machines, PodLabError } from '../../src/lifecycle';
import { eventTimes, gaps, onePod, preloaded, startTimes, watchLines } from './simulate-helpers';

describe('simulate: a plain Pod', () => {
  it('schedules, pulls, creates and starts, with the kubelet 1.35 event texts', () => {
    const sim = simulate({ pod: onePod(), until: 60 });
    expect(sim.events.map((e) => [e.time, e.type, e.reason, e.message, e.source])).toEqual([
      [0, 'Normal', 'Scheduled', 'Successfully assigned default/web to node-1', 'default-scheduler'],
      [0, 'Normal', 'Pulling', 'Pulling image "nginx:1.27"', 'kubelet'],
      [2, 'Normal', 'Pulled', 'Successfully pulled image "nginx:1.27" in 2s (2s including waiting)', 'kubelet'],
      [2, 'Normal', 'Created', 'Container created', 'kubelet'],
      [2, 'Normal', 'Started', 'Container started', 'kubelet'],
    ]);
    expect(sim.events[1].object).toBe('pod/web spec.containers{app}');
    expect(sim.events[0].object).toBe('pod/web');
    expect(watchLines(sim)).toEqual(['0 0/1 Pending 0', '0 0/1 ContainerCreating 0', '2 1/1 Running 0']);
    expect(sim.watch[2].age).toBe('2s');
    expect(sim.statusAt(1).containerStatuses?.[0].state.waiting?.reason).toBe('ContainerCreating');
    const st = sim.statusAt(2);
    expect(st.phase).toBe('Running');
    expect(st.containerStatuses?.[0]).toMatchObject({
      ready: true,
      started: true,
      restartCount: 0,
      image: 'docker.io/library/nginx:1.27',
      state: { running: { startedAt: 2 } },
    });
    expect(st.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
      'PodScheduled=True',
    ]);
    expect(sim.endTime).toBe(60);
    expect(sim.stopReason).toBe('settled');
  });

  it('uses the image already on the node', () => {
    const sim = simulate({ pod: onePod(), cluster: preloaded, until: 10 });
    expect(sim.events.find((e) => e.reason === 'Pulled')?.message).toBe(
      'Container image "nginx:1.27" already present on machine and can be accessed by the pod',
    );
    expect(startTimes(sim)).toEqual([0]);
  });

  it('settles at the last change when no until is given', () => {
    const sim = simulate({ pod: onePod(), behavior: { app: { pullSeconds: 7 } } });
    expect(sim.stopReason).toBe('settled');
    expect(sim.endTime).toBe(7);
    expect(sim.notice).toBeUndefined();
  });

  it('stops at the default limit with a notice when the Pod never settles', () => {
    const sim = simulate({ pod: onePod(), behavior: { app: { exitAfterSeconds: 1, exitCode: 1 } } });
    expect(sim.stopReason).toBe('until');
    expect(sim.endTime).toBe(DEFAULT_UNTIL);
    expect(sim.notice).toMatch(/never settles/);
  });

  it('stops at the event cap with a notice', () => {
    const sim = simulate(
      { pod: onePod(), behavior: { app: { exitAfterSeconds: 1, exitCode: 1 } }, until: 100000 },
      { maxSteps: 500 },
    );
    expect(sim.stopReason).toBe('eventCap');
    expect(sim.notice).toMatch(/event cap/);
    expect(sim.endTime).toBeLessThan(100000);
  });

  it('keeps 30 idle days as cheap as one minute (jumps over idle time)', () => {
    const sim = simulate({ pod: onePod(), cluster: preloaded, until: 30 * 86400 });
    expect(sim.endTime).toBe(30 * 86400);
    expect(sim.watch.at(-1)?.status).toBe('Running');
    expect(sim.statusAt(29 * 86400).phase).toBe('Running');
  });

  it('statusAt and podAt read snapshots at any time', () => {
    const sim = simulate({ pod: onePod(), until: 20, actions: [{ at: 10, action: 'delete', gracePeriodSeconds: 5 }] });
    expect(sim.statusAt(-5).phase).toBe('Pending');
    expect(sim.podAt(9)?.metadata.deletionTimestamp).toBeUndefined();
    expect(sim.podAt(10)?.metadata.deletionTimestamp).toBe(15);
    expect(sim.podAt(10)?.metadata.deletionGracePeriodSeconds).toBe(5);
    expect(sim.removedAt).toBe(11);
    expect(sim.podAt(11)).toBeNull();
    expect(sim.statusAt(50).phase).toBe('Failed');
  });

  it('is deterministic: the same scenario gives the same result', () => {
    const scenario = {
      pod: onePod(),
      behavior: { app: [{ exitAfterSeconds: 3, exitCode: 2 }, { exitAfterSeconds: 8 }] },
      until: 200,
    };
    const a = simulate(scenario);
    const b = simulate(scenario);
    expect(a.events).toEqual(b.events);
    expect(a.watch).toEqual(b.watch);
    expect(a.transitions).toEqual(b.transitions);
    expect(a.statusAt(100)).toEqual(b.statusAt(100));
  });

  it('exports the machines for diagrams and records their transitions', () => {
    expect(Object.keys(machines)).toEqual(expect.arrayContaining(['pod', 'container', 'probe', 'backoff']));
    expect(machines.container.id).toBe('container');
    const sim = simulate({ pod: onePod(), until: 5 });
    const kinds = new Set(sim.transitions.map((t) => t.machineId));
    expect([...kinds]).toEqual(expect.arrayContaining(['pod', 'container', 'backoff', 'node']));
    for (const t of sim.transitions) expect(Object.keys(machines)).toContain(t.machineId);
    const app = sim.transitions.filter((t) => t.machine === 'container/app').map((t) => t.to);
    expect(app).toEqual(['Waiting', 'PullingImage', 'Waiting', 'Starting', 'Running']);
  });
});

describe('simulate: restarts and the crash-loop back-off', () => {
  it('restarts at once, then after 10, 20, 40, 80, 160, 300, 300 s', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
      until: 2000,
    });
    const starts = startTimes(sim);
    const exits = starts.map((t) => t + 5);
    expect(starts.slice(0, 9)).toEqual([0, 5, 20, 45, 90, 175, 340, 645, 950]);
    const waits = starts.slice(1).map((s, i) => s - exits[i]);
    expect(waits.slice(0, 8)).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
  });

  it('shows Error, then CrashLoopBackOff with the back-off in its message, and lastState.terminated', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
      until: 60,
    });
    expect(watchLines(sim).slice(0, 8)).toEqual([
      '0 0/1 Pending 0',
      '0 0/1 ContainerCreating 0',
      '0 1/1 Running 0',
      '5 0/1 Error 0',
      '5 1/1 Running 1 (0s ago)',
      '10 0/1 Error 1 (5s ago)',
      '10 0/1 CrashLoopBackOff 1 (0s ago)',
      '20 1/1 Running 2 (10s ago)',
    ]);
    const cs = sim.statusAt(15).containerStatuses![0];
    expect(cs.state.waiting).toEqual({
      reason: 'CrashLoopBackOff',
      message: `back-off 10s restarting failed container=app pod=web_default(${sim.pod.metadata.uid})`,
    });
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error', startedAt: 5, finishedAt: 10 });
    expect(cs.restartCount).toBe(1);
    expect(sim.statusAt(15).phase).toBe('Running');
    expect(sim.events.find((e) => e.reason === 'BackOff')).toMatchObject({
      type: 'Warning',
      time: 10,
      message: `Back-off restarting failed container app in pod web_default(${sim.pod.metadata.uid})`,
    });
    expect(sim.statusAt(30).containerStatuses![0].state.waiting?.message).toMatch(/^back-off 20s /);
  });

  it('writes the back-off in Go duration format (1m20s, 5m0s)', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 1, exitCode: 1 } },
      until: 1200,
    });
    const msgs = new Set(
      sim.transitions.filter((t) => t.machine === 'backoff/app' && t.to === 'Holding').map((t) => t.cause),
    );
    expect([...msgs]).toEqual([
      'back-off 10s',
      'back-off 20s',
      'back-off 40s',
      'back-off 1m20s',
      'back-off 2m40s',
      'back-off 5m0s',
    ]);
  });

  it('resets the back-off after a run longer than 10 minutes (2 × 300 s)', () => {
    const quick = { exitAfterSeconds: 2, exitCode: 1 };
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: (attempt: number) => (attempt === 4 ? { exitAfterSeconds: 700, exitCode: 1 } : quick) },
      until: 1200,
    });
    const starts = startTimes(sim);
    // 0, +2 (immediate), +10, +20, +40 → attempt 4 starts; it runs 700 s, then the restart is immediate again.
    expect(starts.slice(0, 5)).toEqual([0, 2, 14, 36, 78]);
    expect(starts[5]).toBe(78 + 700);
    expect(starts[6]).toBe(starts[5] + 2 + 10);
  });

  it('does not reset after a run of exactly 10 minutes or less', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: {
        app: (attempt: number) =>
          attempt === 4 ? { exitAfterSeconds: 590, exitCode: 1 } : { exitAfterSeconds: 2, exitCode: 1 },
      },
      until: 1200,
    });
    const starts = startTimes(sim);
    expect(starts[5] - (starts[4] + 590)).toBe(80);
  });

  it('ReduceDefaultCrashLoopBackOffDecay: 1 s initial, 60 s cap, each restart exactly when its back-off expires (PR 133066)', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
      featureGates: { ReduceDefaultCrashLoopBackOffDecay: true },
      until: 1500,
    });
    const delays = new Set(
      sim.transitions.filter((t) => t.machine === 'backoff/app' && t.to === 'Holding').map((t) => t.cause),
    );
    expect([...delays]).toEqual([
      'back-off 1s',
      'back-off 2s',
      'back-off 4s',
      'back-off 8s',
      'back-off 16s',
      'back-off 32s',
      'back-off 1m0s',
    ]);
    const starts = startTimes(sim);
    const waits = starts.slice(1).map((s, i) => s - starts[i] - 5);
    expect(Math.max(...waits)).toBe(60);
    expect(waits.slice(0, 9)).toEqual([0, 1, 2, 4, 8, 16, 32, 60, 60]);
  });

  it('a back-off shorter than the pod worker retry (maxContainerRestartPeriod 5 s) restarts after 5 s, not 10 s', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
      featureGates: { maxContainerRestartPeriod: 5 },
      until: 120,
    });
    expect(
      gaps(startTimes(sim))
        .map((g) => g - 5)
        .slice(0, 5),
    ).toEqual([0, 5, 5, 5, 5]);
  });

  it('maxContainerRestartPeriod caps the back-off', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
      featureGates: { maxContainerRestartPeriod: 30 },
      until: 600,
    });
    const waits = gaps(startTimes(sim)).map((g) => g - 5);
    expect(waits.slice(0, 6)).toEqual([0, 10, 20, 30, 30, 30]);
  });

  it('restartPolicy OnFailure: restarts failures, stops at exit 0 (Succeeded)', () => {
    const sim = simulate({
      pod: onePod('  restartPolicy: OnFailure'),
      cluster: preloaded,
      behavior: {
        app: [
          { exitAfterSeconds: 5, exitCode: 1 },
          { exitAfterSeconds: 5, exitCode: 1 },
          { exitAfterSeconds: 5, exitCode: 0 },
        ],
      },
    });
    expect(startTimes(sim)).toEqual([0, 5, 20]);
    expect(sim.statusAt(sim.endTime).phase).toBe('Succeeded');
    expect(sim.statusAt(12).phase).toBe('Running');
    expect(sim.watch.at(-1)?.status).toBe('Completed');
    expect(sim.stopReason).toBe('settled');
  });

  it('restartPolicy Never: the first failure is final (Failed)', () => {
    const sim = simulate({
      pod: onePod('  restartPolicy: Never'),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 3 } },
    });
    expect(startTimes(sim)).toEqual([0]);
    const st = sim.statusAt(sim.endTime);
    expect(st.phase).toBe('Failed');
    expect(st.containerStatuses![0].state.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    expect(st.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodFailed' });
    expect(sim.removedAt).toBeUndefined();
  });

  it('restartPolicy Always: a container that exits 0 is restarted and the phase stays Running', () => {
    const sim = simulate({
      pod: onePod(),
      cluster: preloaded,
      behavior: { app: { exitAfterSeconds: 5, exitCode: 0 } },
      until: 40,
    });
    expect(startTimes(sim)).toEqual([0, 5, 20]);
    expect(sim.statusAt(12).containerStatuses![0].lastState.terminated?.reason).toBe('Completed');
    for (let t = 0; t <= 40; t += 1) expect(['Pending', 'Running']).toContain(sim.statusAt(t).phase);
  });
});

describe('simulate: input errors', () => {
  it('throws an invalid error worded like kubectl, with every problem', () => {
    let err: unknown;
    try {
      simulate({
        pod: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - name: App\n    livenessProbe: {exec: {command: ["true"]}, successThreshold: 2}\n',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PodLabError);
    const e = err as PodLabError;
    expect(e.kind).toBe('invalid');
    expect(e.message).toMatch(/^The Pod "web" is invalid: /);
    expect(e.errors.length).toBeGreaterThanOrEqual(3);
    expect(e.errors.map((x) => x.field)).toEqual(
      expect.arrayContaining(['spec.containers[0].image', 'spec.containers[0].livenessProbe.successThreshold']),
    );
  });

  it('refuses an unknown RuntimeClass at admission (forbidden)', () => {
    expect(() => simulate({ pod: onePod('  runtimeClassName: kata') })).toThrow(
      /pods "web" is forbidden: pod rejected: RuntimeClass "kata" not found/,
    );
    try {
      simulate({ pod: onePod('  runtimeClassName: kata') });
    } catch (e) {
      expect((e as PodLabError).kind).toBe('forbidden');
    }
  });

  it('names the container when a behaviour function throws', () => {
    const run = () =>
      simulate({
        pod: onePod(),
        behavior: {
          app: (n: number) => {
            if (n > 0) throw new Error('boom');
            return { exitAfterSeconds: 1 };
          },
        },
        until: 30,
      });
    expect(run).toThrow(PodLabError);
    expect(run).toThrow(/behavior\.app: the behaviour function threw for attempt 1: boom/);
  });

  it('rejects bad behaviour values and actions with a scenario error', () => {
    expect(() => simulate({ pod: onePod(), behavior: { app: { exitCode: 300 } } })).toThrow(/behavior\.app\.exitCode/);
    expect(() => simulate({ pod: onePod(), behavior: { app: { exitAfterSeconds: -1 } } })).toThrow(
      /behavior\.app\.exitAfterSeconds/,
    );
    expect(() => simulate({ pod: onePod(), actions: [{ at: -1, action: 'delete' }] })).toThrow(/actions\[0\]\.at/);
    expect(() => simulate({ pod: onePod(), actions: [{ at: 1, action: 'explode' } as never] })).toThrow(
      /unknown action "explode"/,
    );
    expect(() => simulate({ pod: onePod(), until: Number.NaN })).toThrow(/until/);
  });

  it('throws yaml errors with a line', () => {
    try {
      simulate({ pod: 'metadata: {name: web\nspec: [' });
      expect.unreachable();
    } catch (e) {
      expect((e as PodLabError).kind).toBe('yaml');
    }
  });

  it('accepts a Pod object as well as YAML', () => {
    const sim = simulate({
      pod: { metadata: { name: 'obj' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } },
      cluster: preloaded,
      until: 5,
    });
    expect(sim.pod.metadata.name).toBe('obj');
    expect(sim.pod.spec.terminationGracePeriodSeconds).toBe(30);
    expect(eventTimes(sim, 'Started', 'c')).toEqual([0]);
  });
});
