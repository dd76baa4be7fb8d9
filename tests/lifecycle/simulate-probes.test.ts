import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle';
import { eventTimes, onePod, preloaded, startTimes, transitionsOf } from './simulate-helpers';

const probe = (kind: string, handler: string, extra = '', period = 10) =>
  `    ${kind}:\n      ${handler}\n      periodSeconds: ${period}${extra}`;
const http = 'httpGet: {path: /healthz, port: 8080}';

describe('simulate: liveness probes', () => {
  it('kills after failureThreshold × period, preStop and grace apply, then restarts', () => {
    const sim = simulate({
      pod: onePod('', probe('livenessProbe', http)),
      cluster: preloaded,
      behavior: { app: [{ unhealthyAfterSeconds: 25 }, {}] },
      until: 120,
    });
    // Probes at 0, 10, 20 succeed; 30, 40, 50 fail → kill at 50.
    expect(sim.events.filter((e) => e.reason === 'Unhealthy').map((e) => [e.time, e.message])).toEqual([
      [30, 'Liveness probe failed: HTTP probe failed with statuscode: 500'],
      [40, 'Liveness probe failed: HTTP probe failed with statuscode: 500'],
      [50, 'Liveness probe failed: HTTP probe failed with statuscode: 500'],
    ]);
    expect(sim.events.find((e) => e.reason === 'Killing')).toMatchObject({
      time: 50,
      message: 'Container app failed liveness probe, will be restarted',
    });
    // SIGTERM at 50, exit 1 s later, restarted at once (the first restart has no back-off).
    expect(startTimes(sim)).toEqual([0, 51]);
    const cs = sim.statusAt(60).containerStatuses![0];
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState.terminated).toMatchObject({ exitCode: 143, reason: 'Error', finishedAt: 51 });
  });

  it('uses the probe terminationGracePeriodSeconds for the kill', () => {
    const sim = simulate({
      pod: onePod(
        '',
        probe('livenessProbe', http, '\n      failureThreshold: 1\n      terminationGracePeriodSeconds: 5'),
      ),
      cluster: preloaded,
      behavior: { app: [{ unhealthyAfterSeconds: 5, shutdownSeconds: Infinity }, {}] },
      until: 60,
    });
    const sig = sim.transitions
      .filter(
        (t) => t.machine === 'container/app' && (t.cause === 'SIGTERM' || t.cause === 'SIGKILL') && t.to === 'Stopping',
      )
      .map((t) => `${t.cause}@${t.time}`);
    expect(sig).toEqual(['SIGTERM@10', 'SIGKILL@15']);
  });

  it('restartPolicy Never: killed, not restarted', () => {
    const sim = simulate({
      pod: onePod('  restartPolicy: Never', probe('livenessProbe', http, '\n      failureThreshold: 1')),
      cluster: preloaded,
      behavior: { app: { unhealthyAfterSeconds: 5 } },
    });
    expect(sim.events.find((e) => e.reason === 'Killing')?.message).toBe('Container app failed liveness probe');
    expect(startTimes(sim)).toEqual([0]);
    expect(sim.statusAt(sim.endTime).phase).toBe('Failed');
  });

  it('initialDelaySeconds: no probe before the delay after the container start', () => {
    const sim = simulate({
      pod: onePod('', probe('livenessProbe', 'tcpSocket: {port: 8080}', '\n      initialDelaySeconds: 15')),
      cluster: preloaded,
      behavior: { app: { startupSeconds: 100 } },
      until: 45,
    });
    expect(eventTimes(sim, 'Unhealthy')).toEqual([20, 30, 40]);
    expect(sim.events.find((e) => e.reason === 'Unhealthy')?.message).toBe(
      'Liveness probe failed: dial tcp 10.244.0.5:8080: connect: connection refused',
    );
  });

  it('a liveness probe every 10 s for a day keeps running without changes', () => {
    const sim = simulate({ pod: onePod('', probe('livenessProbe', http)), cluster: preloaded, until: 86400 });
    expect(sim.events.length).toBe(4);
    expect(sim.statusAt(86400).containerStatuses![0].restartCount).toBe(0);
    expect(sim.stopReason).toBe('until');
  });

  it('repeated liveness kills meet the crash-loop back-off', () => {
    const sim = simulate({
      pod: onePod('', probe('livenessProbe', http, '\n      failureThreshold: 1', 2)),
      cluster: preloaded,
      behavior: { app: { unhealthyAfterSeconds: 1 } },
      until: 200,
    });
    expect(eventTimes(sim, 'BackOff', 'app').length).toBeGreaterThan(0);
    expect(sim.watch.some((w) => w.status === 'CrashLoopBackOff')).toBe(true);
  });
});

describe('simulate: readiness probes', () => {
  it('starts not ready, flips ready and the Ready condition, never restarts', () => {
    const sim = simulate({
      pod: onePod('', probe('readinessProbe', http)),
      cluster: preloaded,
      behavior: { app: { startupSeconds: 15, notReadyAfterSeconds: 60 } },
      until: 120,
    });
    // Probe at 0 (manual trigger at start) fails; ticks 10 fails, 20 succeeds → ready at 20.
    expect(sim.statusAt(19).containerStatuses![0].ready).toBe(false);
    expect(sim.statusAt(20).containerStatuses![0].ready).toBe(true);
    expect(sim.statusAt(20).conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      lastTransitionTime: 20,
    });
    // Not ready from 60 on: failures at 60, 70, 80 → ready false at 80.
    expect(sim.statusAt(79).containerStatuses![0].ready).toBe(true);
    expect(sim.statusAt(80).containerStatuses![0].ready).toBe(false);
    expect(sim.statusAt(80).conditions?.find((c) => c.type === 'ContainersReady')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [app]',
    });
    expect(sim.statusAt(80).phase).toBe('Running');
    expect(startTimes(sim)).toEqual([0]);
    expect(sim.events.filter((e) => e.reason === 'Killing')).toEqual([]);
    expect(sim.events.find((e) => e.time === 60)?.message).toBe(
      'Readiness probe failed: HTTP probe failed with statuscode: 503',
    );
    expect(sim.watch.map((w) => `${w.time} ${w.ready} ${w.status}`)).toEqual([
      '0 0/1 Pending',
      '0 0/1 ContainerCreating',
      '0 0/1 Running',
      '20 1/1 Running',
      '80 0/1 Running',
    ]);
  });

  it('successThreshold counts consecutive successes', () => {
    const sim = simulate({
      pod: onePod('', probe('readinessProbe', http, '\n      successThreshold: 3')),
      cluster: preloaded,
      until: 40,
    });
    expect(sim.statusAt(19).containerStatuses![0].ready).toBe(false);
    expect(sim.statusAt(20).containerStatuses![0].ready).toBe(true);
  });
});

describe('simulate: startup probes', () => {
  it('gate liveness and readiness until they succeed; started stays false meanwhile', () => {
    const sim = simulate({
      pod: onePod(
        '',
        [
          probe('startupProbe', http, '\n      failureThreshold: 30'),
          probe('livenessProbe', http),
          probe('readinessProbe', http),
        ].join('\n'),
      ),
      cluster: preloaded,
      behavior: { app: { startupSeconds: 35 } },
      until: 80,
    });
    expect(sim.statusAt(30).containerStatuses![0]).toMatchObject({ started: false, ready: false });
    // The workers start when the kubelet admits the Pod (t = 0, no container yet): probes tick at 10, 20, 30, 40.
    expect(
      sim.events.filter((e) => e.reason === 'Unhealthy').map((e) => `${e.time} ${e.message.split(':')[0]}`),
    ).toEqual(['10 Startup probe failed', '20 Startup probe failed', '30 Startup probe failed']);
    expect(sim.statusAt(39).containerStatuses![0]).toMatchObject({ started: false, ready: false });
    expect(sim.statusAt(40).containerStatuses![0]).toMatchObject({ started: true, ready: true });
    expect(transitionsOf(sim, 'probe/app/startup').map((t) => t.split('->')[1])).toEqual([
      'Idle',
      'Unknown(new container)',
      'Success(probe succeeded)',
    ]);
  });

  it('kills the container after failureThreshold failures', () => {
    const sim = simulate({
      pod: onePod('', probe('startupProbe', 'exec: {command: ["cat", "/tmp/ready"]}', '\n      failureThreshold: 3')),
      cluster: preloaded,
      behavior: { app: [{ startupSeconds: 1000 }, {}] },
      until: 60,
    });
    expect(sim.events.find((e) => e.reason === 'Killing')).toMatchObject({
      time: 30,
      message: 'Container app failed startup probe, will be restarted',
    });
    expect(sim.events.find((e) => e.reason === 'Unhealthy')?.message).toBe('Startup probe failed:');
    expect(startTimes(sim)).toEqual([0, 31]);
  });
});

describe('simulate: probe handlers', () => {
  it('grpc and tcpSocket failures are worded like the kubelet', () => {
    const g = simulate({
      pod: onePod('', probe('livenessProbe', 'grpc: {port: 9090}')),
      cluster: preloaded,
      behavior: { app: { startupSeconds: 100 } },
      until: 15,
    });
    expect(g.events.find((e) => e.reason === 'Unhealthy')?.message).toBe(
      'Liveness probe failed: timeout: failed to connect service "10.244.0.5:9090" within 1s',
    );
    const g2 = simulate({
      pod: onePod('', probe('livenessProbe', 'grpc: {port: 9090}')),
      cluster: preloaded,
      behavior: { app: { unhealthyAfterSeconds: 0 } },
      until: 15,
    });
    expect(g2.events.find((e) => e.reason === 'Unhealthy')?.message).toBe(
      'Liveness probe failed: service unhealthy (responded with "NOT_SERVING")',
    );
    const named = simulate({
      pod: onePod(
        '',
        '    ports:\n    - {name: web, containerPort: 8080}\n' +
          probe('readinessProbe', 'httpGet: {path: /, port: web}'),
      ),
      cluster: preloaded,
      behavior: { app: { startupSeconds: 100 } },
      until: 5,
    });
    expect(named.events.find((e) => e.reason === 'Unhealthy')?.message).toBe(
      'Readiness probe failed: Get "http://10.244.0.5:8080/": dial tcp 10.244.0.5:8080: connect: connection refused',
    );
  });
});
