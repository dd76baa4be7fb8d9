import type { WatchLine } from '../lifecycle/types';
import { alignColumns } from './table';

export const WATCH_HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] as const;

/** The lines of `kubectl get pod -w` printed up to virtual time `upTo` (all of them without it). */
export function visibleWatchLines(watch: readonly WatchLine[], upTo?: number): WatchLine[] {
  return upTo === undefined ? [...watch] : watch.filter((l) => l.time <= upTo + 1e-9);
}

/** Header plus one row per watch line, aligned like kubectl's tabwriter. */
export function watchTable(watch: readonly WatchLine[], upTo?: number): string[] {
  const rows = visibleWatchLines(watch, upTo).map((l) => [l.name, l.ready, l.status, l.restarts, l.age]);
  return alignColumns([[...WATCH_HEADER], ...rows]);
}
