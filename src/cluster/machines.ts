/**
 * The state machines of the cluster model, written with xstate v5.
 *
 * Each machine is stepped with xstate's pure `transition` function once per (state, event) pair when the
 * module loads, which yields a lookup table; the simulation then steps thousands of Pods through the table.
 * The rules (which event is legal in which state) live in the machine definitions only.
 */
import { setup, transition, type AnyStateMachine } from 'xstate';

/** A Pod object's life, as the controllers see it. A bound Pod is never bound again. */
export const podMachine = setup({
  types: {} as { events: { type: 'BIND' } | { type: 'START' } | { type: 'DELETE' } | { type: 'KILLED' } | { type: 'EXITED' } | { type: 'REMOVE' } },
}).createMachine({
  id: 'clusterPod',
  initial: 'Unscheduled',
  states: {
    Unscheduled: { on: { BIND: 'Bound', DELETE: 'Removed', REMOVE: 'Removed' } },
    Bound: { on: { START: 'Started', DELETE: 'Terminating', EXITED: 'Terminal', REMOVE: 'Removed' } },
    Started: { on: { DELETE: 'Terminating', EXITED: 'Terminal', REMOVE: 'Removed' } },
    Terminating: { on: { KILLED: 'Terminal', REMOVE: 'Removed' } },
    Terminal: { on: { REMOVE: 'Removed', DELETE: 'Terminal' } },
    Removed: { type: 'final' },
  },
});
export type PodStage = 'Unscheduled' | 'Bound' | 'Started' | 'Terminating' | 'Terminal' | 'Removed';
export type PodStageEvent = 'BIND' | 'START' | 'DELETE' | 'KILLED' | 'EXITED' | 'REMOVE';

/** The node's Ready condition as the node lifecycle controller sets it. */
export const nodeMachine = setup({
  types: {} as { events: { type: 'HEARTBEAT_LOST' } | { type: 'GRACE_EXPIRED' } | { type: 'HEARTBEAT' } },
}).createMachine({
  id: 'clusterNode',
  initial: 'Ready',
  states: {
    Ready: { on: { HEARTBEAT_LOST: 'Silent' } },
    /** No heartbeat, still Ready until node-monitor-grace-period expires. */
    Silent: { on: { GRACE_EXPIRED: 'Unknown', HEARTBEAT: 'Ready' } },
    Unknown: { on: { HEARTBEAT: 'Ready' } },
  },
});
export type NodeStage = 'Ready' | 'Silent' | 'Unknown';
export type NodeStageEvent = 'HEARTBEAT_LOST' | 'GRACE_EXPIRED' | 'HEARTBEAT';

function tableOf<S extends string, E extends string>(machine: AnyStateMachine, events: E[]): Record<S, Partial<Record<E, S>>> {
  const table = {} as Record<S, Partial<Record<E, S>>>;
  const states = Object.keys(machine.config.states ?? {}) as S[];
  for (const s of states) {
    table[s] = {};
    const snap = machine.resolveState({ value: s, context: {} });
    for (const e of events) {
      const [next] = transition(machine, snap, { type: e });
      const to = next.value as S;
      // xstate returns the same state for an unhandled event; only real transitions go in the table.
      if (machine.getTransitionData(snap, { type: e }).length > 0) table[s][e] = to;
    }
  }
  return table;
}

const podTable = tableOf<PodStage, PodStageEvent>(podMachine, ['BIND', 'START', 'DELETE', 'KILLED', 'EXITED', 'REMOVE']);
const nodeTable = tableOf<NodeStage, NodeStageEvent>(nodeMachine, ['HEARTBEAT_LOST', 'GRACE_EXPIRED', 'HEARTBEAT']);

/** Next stage of a Pod, or `undefined` when the event is not accepted in that stage. */
export function stepPod(stage: PodStage, event: PodStageEvent): PodStage | undefined {
  return podTable[stage][event];
}

export function stepNode(stage: NodeStage, event: NodeStageEvent): NodeStage | undefined {
  return nodeTable[stage][event];
}
