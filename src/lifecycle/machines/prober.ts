/**
 * One probe worker (prober/worker.go): the result it holds in the results manager for the current
 * container. A new container gets the initial result (readiness Failure, liveness Success,
 * startup Unknown); a result only changes once `successThreshold` / `failureThreshold` consecutive
 * probes agree. After a liveness or startup failure the worker is on hold until a new container.
 */
import { setup } from 'xstate';

export type ProbeMachineEvent =
  | { type: 'UNKNOWN' }
  | { type: 'SUCCESS' }
  | { type: 'FAILURE' }
  | { type: 'HOLD' }
  | { type: 'STOP' };

const results = { UNKNOWN: 'Unknown', SUCCESS: 'Success', FAILURE: 'Failure', HOLD: 'OnHold', STOP: 'Stopped' } as const;

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
