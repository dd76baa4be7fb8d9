import type { KubeEvent } from '../lifecycle/types';
import { humanDuration } from './duration';
import { alignColumns } from './table';

/** Events as the API stores them after the client-side correlator merged identical ones. */
export interface AggregatedEvent {
  type: KubeEvent['type'];
  reason: string;
  object: string;
  source: string;
  message: string;
  count: number;
  firstTime: number;
  lastTime: number;
}

/**
 * Merges events that share type, reason, object, source and message (client-go's EventCorrelator
 * `EventAggregatorByReasonFunc` key for identical events: it bumps `count` and `lastTimestamp`).
 * Only events at or before `upTo` are kept.
 */
export function aggregateEvents(events: readonly KubeEvent[], upTo = Infinity): AggregatedEvent[] {
  const byKey = new Map<string, AggregatedEvent>();
  for (const e of events) {
    if (e.time > upTo + 1e-9) continue;
    const source = e.source ?? 'kubelet';
    const message = e.message.trim();
    const key = [e.type, e.reason, e.object, source, message].join('\u0000');
    const seen = byKey.get(key);
    if (seen) {
      seen.count += 1;
      seen.firstTime = Math.min(seen.firstTime, e.time);
      seen.lastTime = Math.max(seen.lastTime, e.time);
    } else {
      byKey.set(key, {
        type: e.type,
        reason: e.reason,
        object: e.object,
        source,
        message,
        count: 1,
        firstTime: e.time,
        lastTime: e.time,
      });
    }
  }
  // kubectl describe sorts by lastTimestamp (event.SortableEvents); the sort is stable for ties.
  return [...byKey.values()].sort((a, b) => a.lastTime - b.lastTime);
}

/** The AGE cell of describe's Events table: `10s`, or `5s (x3 over 40s)` for a repeated event. */
export function eventAge(e: AggregatedEvent, now: number): string {
  const last = humanDuration(now - e.lastTime);
  return e.count > 1 ? `${last} (x${e.count} over ${humanDuration(now - e.firstTime)})` : last;
}

/** Rows (Type, Reason, Age, From, Message) of describe's Events table at virtual time `now`. */
export function eventRows(events: readonly KubeEvent[], now: number): string[][] {
  return aggregateEvents(events, now).map((e) => [e.type, e.reason, eventAge(e, now), e.source, e.message]);
}

/** The Events section of `kubectl describe pod` at virtual time `now` (tabwriter: minwidth 0, padding 2). */
export function describeEvents(events: readonly KubeEvent[], now: number): string[] {
  const rows = eventRows(events, now);
  if (rows.length === 0) return ['Events:  <none>'];
  const table = alignColumns(
    [['Type', 'Reason', 'Age', 'From', 'Message'], ['----', '------', '----', '----', '-------'], ...rows].map((r) => [
      '  ' + r[0],
      ...r.slice(1),
    ]),
    { minWidth: 0, padding: 2 },
  );
  return ['Events:', ...table];
}
