/**
 * One probe worker (prober/worker.go): the result it holds in the results manager for the current
 * container. A new container gets the initial result (readiness Failure, liveness Success,
 * startup Unknown); a result only changes once `successThreshold` / `failureThreshold` consecutive
 * probes agree. After a liveness or startup failure the worker is on hold until a new container.
 */
import { setup } from 'xstate';
import type { Container, ContainerBehavior, Probe } from '../types';

export type ProbeMachineEvent =
  { type: 'UNKNOWN' } | { type: 'SUCCESS' } | { type: 'FAILURE' } | { type: 'HOLD' } | { type: 'STOP' };

const results = {
  UNKNOWN: 'Unknown',
  SUCCESS: 'Success',
  FAILURE: 'Failure',
  HOLD: 'OnHold',
  STOP: 'Stopped',
} as const;

export const probeMachine = setup({ types: { events: {} as ProbeMachineEvent } }).createMachine({
  id: 'probe',
  initial: 'Idle',
  states: {
    /** No container to probe yet. */
    Idle: { on: results },
    Unknown: { on: results },
    Success: { on: results },
    Failure: { on: results },
    /** After a liveness/startup failure: no probing until the next container. */
    OnHold: { on: results },
    /** The worker ended (Pod terminal, or liveness/startup during a graceful deletion). */
    Stopped: { type: 'final' },
  },
});

// ---------------------------------------------------------------- probe execution (prober/prober.go)

export type ProbeType = 'liveness' | 'readiness' | 'startup';

/** prober/worker.go initial results. */
export const INITIAL_RESULT: Record<ProbeType, 'SUCCESS' | 'FAILURE' | 'UNKNOWN'> = {
  liveness: 'SUCCESS',
  readiness: 'FAILURE',
  startup: 'UNKNOWN',
};

function portOf(p: number | string, c: Container): number | string {
  if (typeof p === 'number') return p;
  const named = (c.ports ?? []).find((x) => x.name === p);
  return named ? named.containerPort : p;
}

/**
 * Runs one probe against a process that started at `startedAt`: the handler succeeds once the
 * process serves (`startupSeconds`) and until it turns unhealthy (`unhealthyAfterSeconds`, or for
 * readiness also `notReadyAfterSeconds`). Returns the output the kubelet puts in the Unhealthy event.
 * The probe answers at once (a refused connection, a status code); timeouts are not modelled.
 */
export function runProbe(
  type: ProbeType,
  probe: Probe,
  container: Container,
  behavior: ContainerBehavior,
  age: number,
  podIP: string,
): { ok: boolean; output: string } {
  const serving = age >= (behavior.startupSeconds ?? 0);
  const unhealthy = behavior.unhealthyAfterSeconds !== undefined && age >= behavior.unhealthyAfterSeconds;
  const notReady =
    type === 'readiness' && behavior.notReadyAfterSeconds !== undefined && age >= behavior.notReadyAfterSeconds;
  if (serving && !unhealthy && !notReady) return { ok: true, output: '' };
  if (probe.httpGet) {
    const port = portOf(probe.httpGet.port, container);
    const host = probe.httpGet.host || podIP;
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    if (!serving)
      return {
        ok: false,
        output: `Get "${scheme}://${host}:${port}${probe.httpGet.path ?? '/'}": dial tcp ${host}:${port}: connect: connection refused`,
      };
    return { ok: false, output: `HTTP probe failed with statuscode: ${unhealthy ? 500 : 503}` };
  }
  if (probe.tcpSocket) {
    const port = portOf(probe.tcpSocket.port, container);
    const host = probe.tcpSocket.host || podIP;
    return { ok: false, output: `dial tcp ${host}:${port}: connect: connection refused` };
  }
  if (probe.grpc) {
    if (!serving)
      return {
        ok: false,
        output: `timeout: failed to connect service "${podIP}:${probe.grpc.port}" within ${probe.timeoutSeconds ?? 1}s`,
      };
    return { ok: false, output: 'service unhealthy (responded with "NOT_SERVING")' };
  }
  // exec: the command's own output, which the model does not know.
  return { ok: false, output: '' };
}

export function probeEventMessage(type: ProbeType, output: string): string {
  const t = type[0].toUpperCase() + type.slice(1);
  return `${t} probe failed: ${output}`.trimEnd();
}
