import React, { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Simulation } from '@site/src/lifecycle/types';

/** The virtual time a SimulationView is looking at, shared by its watch, events, timeline and diagram. */
export interface Cursor {
  time: number;
  setTime: (t: number) => void;
  sim: Simulation;
}

const CursorContext = createContext<Cursor | null>(null);

/** A time on `sim`'s clock that starts at its end and starts there again when the simulation changes. */
export function useSimulationTime(sim: Simulation, initial?: number): [number, (t: number) => void] {
  const [state, setState] = useState({ sim, time: initial ?? sim.endTime });
  const current = state.sim === sim ? state : { sim, time: initial ?? sim.endTime };
  if (current !== state) setState(current);
  const setTime = useCallback((t: number) => setState({ sim, time: Math.max(0, Math.min(t, sim.endTime)) }), [sim]);
  return [current.time, setTime];
}

export function CursorProvider({ sim, children }: { sim: Simulation; children: ReactNode }): React.JSX.Element {
  const [time, setTime] = useSimulationTime(sim);
  const value = useMemo(() => ({ time, setTime, sim }), [time, setTime, sim]);
  return <CursorContext.Provider value={value}>{children}</CursorContext.Provider>;
}

/** The shared cursor when this view sits inside a SimulationView of the same simulation. */
export function useCursor(sim?: Simulation): Cursor | null {
  const c = useContext(CursorContext);
  return c && (!sim || c.sim === sim) ? c : null;
}
