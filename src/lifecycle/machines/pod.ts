/**
 * The Pod as two orthogonal regions:
 * - `phase`: what `getPhase` (kubelet_pods.go) reports. Succeeded and Failed are final: "Pods are not
 *   allowed to transition out of terminal phases".
 * - `lifecycle`: the object's path through the API server, the scheduler and the kubelet's pod worker
 *   (pod_workers.go: SyncPod → SyncTerminatingPod → SyncTerminatedPod), then its removal from the API.
 */
import { setup } from 'xstate';

export type PodMachineEvent =
  | { type: 'PENDING' }
  | { type: 'RUNNING' }
  | { type: 'SUCCEEDED' }
  | { type: 'FAILED' }
  | { type: 'SCHEDULED' }
  | { type: 'SANDBOX_READY' }
  | { type: 'SANDBOX_FAILED' }
  | { type: 'INITIALIZED' }
  | { type: 'DELETE' }
  | { type: 'STOPPED' }
  | { type: 'REMOVE' };

export const podMachine = setup({ types: { events: {} as PodMachineEvent } }).createMachine({
  id: 'pod',
  type: 'parallel',
  states: {
    phase: {
      initial: 'Pending',
      states: {
        Pending: { on: { RUNNING: 'Running', SUCCEEDED: 'Succeeded', FAILED: 'Failed' } },
        Running: { on: { PENDING: 'Pending', SUCCEEDED: 'Succeeded', FAILED: 'Failed' } },
        Succeeded: { type: 'final' },
        Failed: { type: 'final' },
      },
    },
    lifecycle: {
      initial: 'Unscheduled',
      states: {
        /** Stored by the API server, waiting for the scheduler's binding. */
        Unscheduled: { on: { SCHEDULED: 'Scheduled', DELETE: 'Removed', REMOVE: 'Removed' } },
        /** Bound to a node; the kubelet creates the sandbox (network namespace, pause container). */
        Scheduled: {
          on: { SANDBOX_READY: 'Initializing', SANDBOX_FAILED: 'Scheduled', DELETE: 'Terminating', REMOVE: 'Removed' },
        },
        /** Sandbox ready; init containers run one after the other (sidecars until started). */
        Initializing: {
          on: { INITIALIZED: 'Initialized', DELETE: 'Terminating', STOPPED: 'Terminated', REMOVE: 'Removed' },
        },
        /** Initialized: every init container done (or none); the regular containers run. */
        Initialized: { on: { DELETE: 'Terminating', STOPPED: 'Terminated', REMOVE: 'Removed' } },
        /** deletionTimestamp set: the kubelet stops the containers (preStop, SIGTERM, SIGKILL). */
        Terminating: { on: { STOPPED: 'Terminated', REMOVE: 'Removed' } },
        /** Every container stopped; the kubelet wrote the terminal phase. */
        Terminated: { on: { DELETE: 'Terminated', REMOVE: 'Removed' } },
        /** Gone from the API server. */
        Removed: { type: 'final' },
      },
    },
  },
});
