/** The xstate machine definitions of the model, for diagrams (`machines.pod`, ...). */
import { podMachine } from './pod';
import { containerMachine } from './container';
import { probeMachine } from './prober';
import { backoffMachine } from './backoff';
import { nodeMachine } from './node';

export { podMachine, containerMachine, probeMachine, backoffMachine, nodeMachine };
export { MachineState, valueKey } from './step';

export const machines = {
  pod: podMachine,
  container: containerMachine,
  probe: probeMachine,
  backoff: backoffMachine,
  node: nodeMachine,
} as const;
