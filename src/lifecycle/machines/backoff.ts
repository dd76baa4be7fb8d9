/**
 * The crash-loop back-off entry of one container (client-go flowcontrol `Backoff`, see ../backoff.ts).
 * `NEXT` is `Backoff.Next` (create, double or reset the delay); `HOLD` is a sync that found the
 * container inside its window (`IsInBackOffSince`), shown as CrashLoopBackOff.
 */
import { setup } from 'xstate';

export type BackoffMachineEvent = { type: 'NEXT' } | { type: 'HOLD' } | { type: 'EXPIRE' };

export const backoffMachine = setup({ types: { events: {} as BackoffMachineEvent } }).createMachine({
  id: 'backoff',
  initial: 'NoEntry',
  states: {
    /** No entry: the next restart is immediate. */
    NoEntry: { on: { NEXT: 'Armed' } },
    /** An entry exists; a crash within its delay will be held back. */
    Armed: { on: { NEXT: 'Armed', HOLD: 'Holding', EXPIRE: 'NoEntry' } },
    /** A restart is being held back. */
    Holding: { on: { NEXT: 'Armed', HOLD: 'Holding' } },
  },
});
