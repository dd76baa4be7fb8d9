/**
 * The state machine of the cluster's nodes, written with xstate v5 (each Pod's own machines are the kubelet's,
 * in ../lifecycle/machines).
 *
 * The machine is stepped with xstate's pure `transition` function once per (state, event) pair when the
 * module loads, which yields a lookup table; the simulation then steps its nodes through the table.
 * The rules (which event is legal in which state) live in the machine definitions only.
 */
import { setup, transition, type AnyStateMachine } from 'xstate';

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

function tableOf<S extends string, E extends string>(
  machine: AnyStateMachine,
  events: E[],
): Record<S, Partial<Record<E, S>>> {
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

const nodeTable = tableOf<NodeStage, NodeStageEvent>(nodeMachine, ['HEARTBEAT_LOST', 'GRACE_EXPIRED', 'HEARTBEAT']);

export function stepNode(stage: NodeStage, event: NodeStageEvent): NodeStage | undefined {
  return nodeTable[stage][event];
}
