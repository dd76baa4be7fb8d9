/**
 * Steps the xstate machines with xstate's own pure `transition` function, memoised per
 * (state, event type): the machines have no guards and no context, so a transition depends only on
 * those two. The simulation keeps xstate as the single source of truth for which moves are legal
 * while stepping thousands of probe results per run at the cost of a map lookup.
 */
import { initialTransition, transition, type AnyStateMachine, type AnyMachineSnapshot, type StateValue } from 'xstate';

interface Memo {
  initial: AnyMachineSnapshot;
  next: Map<string, AnyMachineSnapshot | null>;
}

const memos = new WeakMap<AnyStateMachine, Memo>();

function memoFor(machine: AnyStateMachine): Memo {
  let m = memos.get(machine);
  if (!m) {
    m = { initial: initialTransition(machine)[0] as AnyMachineSnapshot, next: new Map() };
    memos.set(machine, m);
  }
  return m;
}

/** `Running`, or `Running/Terminating` for a parallel machine (regions in definition order). */
export function valueKey(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.keys(value)
    .map((k) => valueKey(value[k] as StateValue))
    .join('/');
}

/** A machine's current state, stepped without creating actors. */
export class MachineState {
  snapshot: AnyMachineSnapshot;
  key: string;

  constructor(readonly machine: AnyStateMachine) {
    this.snapshot = memoFor(machine).initial;
    this.key = valueKey(this.snapshot.value);
  }

  get value(): StateValue {
    return this.snapshot.value;
  }

  /** Region value of a parallel machine, or the value itself. */
  region(name?: string): string {
    const v = this.snapshot.value;
    if (typeof v === 'string') return v;
    return valueKey((v as Record<string, StateValue>)[name ?? Object.keys(v)[0]]);
  }

  /** Would the machine accept `type` in its current state? */
  can(type: string): boolean {
    return this.lookup(type) !== null;
  }

  /** Applies `type`; returns false (and stays put) when the machine does not accept it here. */
  send(type: string): boolean {
    const next = this.lookup(type);
    if (!next) return false;
    this.snapshot = next;
    this.key = valueKey(next.value);
    return true;
  }

  private lookup(type: string): AnyMachineSnapshot | null {
    const memo = memoFor(this.machine);
    const k = this.key + '|' + type;
    let next = memo.next.get(k);
    if (next === undefined) {
      // Only accepted events change the snapshot; unknown ones are reported as refused.
      const accepted = this.snapshot.can({ type });
      next = accepted ? (transition(this.machine, this.snapshot, { type }) as unknown as [AnyMachineSnapshot])[0] : null;
      memo.next.set(k, next);
    }
    return next;
  }
}
