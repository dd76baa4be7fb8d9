/**
 * The node as the control plane sees it (node lifecycle controller): after
 * `--node-monitor-grace-period` (50 s) without heartbeats its Ready condition becomes Unknown and it
 * gets the `node.kubernetes.io/unreachable:NoExecute` taint.
 */
import { setup } from 'xstate';

export type NodeMachineEvent = { type: 'LOST' } | { type: 'NOT_READY' } | { type: 'READY' };

export const nodeMachine = setup({ types: { events: {} as NodeMachineEvent } }).createMachine({
  id: 'node',
  initial: 'Ready',
  states: {
    Ready: { on: { LOST: 'Silent' } },
    /** The kubelet stopped posting status; the controller has not noticed yet. */
    Silent: { on: { NOT_READY: 'Unreachable', READY: 'Ready' } },
    /** Ready=Unknown, tainted unreachable:NoExecute. */
    Unreachable: { on: { READY: 'Ready' } },
  },
});
