import React, { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Simulation } from '@site/src/lifecycle/types';

/** The virtual time a SimulationView is looking at, shared by its watch, events, timeline and diagram. */
export interface Cursor { time: number; setTime: (t: number) => void; sim: Simulation }

const CursorContext = createContext<Cursor | null>(null);

export function CursorProvider({ sim, children }: { sim: Simulation; children: ReactNode }): React.JSX.Element {
  const [time, setTime] = useState(sim.endTime);
  const value = useMemo(() => ({ time: Math.min(time, sim.endTime), setTime, sim }), [time, sim]);
  return <CursorContext.Provider value={value}>{children}</CursorContext.Provider>;
}

/** The shared cursor when this view sits inside a SimulationView of the same simulation. */
export function useCursor(sim?: Simulation): Cursor | null {
  const c = useContext(CursorContext);
  return c && (!sim || c.sim === sim) ? c : null;
}
