/**
 * Steps the xstate machines with xstate's own pure `transition` function, memoised per
 * (state, event type): the machines have no guards and no context, so a transition depends only on
 * those two. The simulation keeps xstate as the single source of truth for which moves are legal
 * while stepping thousands of probe results per run at the cost of a map lookup.
 */
import { initialTransition, transition, type AnyStateMachine, type AnyMachineSnapshot, type StateValue } from 'xstate';

interface Memo {
  initial: AnyMachineSnapshot;
  /** state key → event type → next snapshot (null: refused). */
  next: Map<string, Map<string, AnyMachineSnapshot | null>>;
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
  private readonly memo: Memo;
  private row: Map<string, AnyMachineSnapshot | null>;

  constructor(readonly machine: AnyStateMachine) {
    this.memo = memoFor(machine);
    this.snapshot = this.memo.initial;
    this.key = valueKey(this.snapshot.value);
    this.row = this.rowFor(this.key);
  }

  private rowFor(key: string): Map<string, AnyMachineSnapshot | null> {
    let row = this.memo.next.get(key);
    if (!row) {
      row = new Map();
      this.memo.next.set(key, row);
    }
    return row;
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
    if (next !== this.snapshot) {
      this.snapshot = next;
      const key = valueKey(next.value);
      if (key !== this.key) {
        this.key = key;
        this.row = this.rowFor(key);
      }
    }
    return true;
  }

  private lookup(type: string): AnyMachineSnapshot | null {
    let next = this.row.get(type);
    if (next === undefined) {
      // Only accepted events change the snapshot; unknown ones are reported as refused.
      const accepted = this.snapshot.can({ type });
      next = accepted
        ? (transition(this.machine, this.snapshot, { type }) as unknown as [AnyMachineSnapshot])[0]
        : null;
      // Keep one snapshot per state so that self-transitions do not allocate.
      if (next && valueKey(next.value) === this.key) next = this.snapshot;
      this.row.set(type, next);
    }
    return next;
  }
}
