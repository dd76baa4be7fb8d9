/**
 * client-go `util/flowcontrol/backoff.go`, in virtual seconds.
 *
 * The kubelet keeps two of these: the crash-loop back-off (key per Pod UID + container, 10 s → 300 s,
 * or 1 s → 60 s with `ReduceDefaultCrashLoopBackOffDecay`) and the image-pull back-off
 * (key `<podUID>_<image>`, 10 s → 300 s). The kubelet builds both with `NewBackOff`, i.e. without
 * jitter, so the port is exact. Timings in the simulation come out of these methods only.
 */

export interface BackoffEntry {
  /** Current delay, seconds. */
  backoff: number;
  /** Virtual time of the last `next` call (client-go reads `Clock.Now()` there, not the event time). */
  lastUpdate: number;
}

export class Backoff {
  private readonly entries = new Map<string, BackoffEntry>();

  constructor(
    readonly initial: number,
    readonly max: number,
    private readonly now: () => number,
  ) {}

  /** `hasExpired`: an entry is stale once twice the maximum has passed since its last update. */
  private expired(eventTime: number, lastUpdate: number): boolean {
    return eventTime - lastUpdate > this.max * 2;
  }

  /** `Get`: the current delay for `id`, 0 when there is no entry. */
  get(id: string): number {
    return this.entries.get(id)?.backoff ?? 0;
  }

  entry(id: string): Readonly<BackoffEntry> | undefined {
    return this.entries.get(id);
  }

  /**
   * `Next`: creates the entry at `initial`, or doubles the delay (capped at `max`). A stale entry
   * (`eventTime - lastUpdate > 2 × max`) starts again at `initial`. Returns what happened.
   */
  next(id: string, eventTime: number): 'init' | 'reset' | 'double' {
    const e = this.entries.get(id);
    let what: 'init' | 'reset' | 'double';
    if (!e || this.expired(eventTime, e.lastUpdate)) {
      what = e ? 'reset' : 'init';
      this.entries.set(id, { backoff: this.initial, lastUpdate: this.now() });
    } else {
      what = 'double';
      e.backoff = Math.min(e.backoff * 2, this.max);
      e.lastUpdate = this.now();
    }
    return what;
  }

  /** `IsInBackOffSince`: less than the delay has passed since `eventTime` (the kubelet passes the exit time). */
  isInBackOffSince(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    if (this.expired(eventTime, e.lastUpdate)) return false;
    return this.now() - eventTime < e.backoff;
  }

  /** `IsInBackOffSinceUpdate`: less than the delay has passed since the last `next` (image pulls). */
  isInBackOffSinceUpdate(id: string, eventTime: number): boolean {
    const e = this.entries.get(id);
    if (!e) return false;
    if (this.expired(eventTime, e.lastUpdate)) return false;
    return eventTime - e.lastUpdate < e.backoff;
  }

  reset(id: string): void {
    this.entries.delete(id);
  }

  /** `GC`: drops the entries not updated for twice the maximum. */
  gc(): void {
    const now = this.now();
    for (const [id, e] of this.entries) if (this.expired(now, e.lastUpdate)) this.entries.delete(id);
  }
}

/**
 * Go's `time.Duration.String()` for whole or fractional seconds: `10s`, `1m20s`, `5m0s`, `1h0m0s`, `500ms`.
 */
export function formatGoDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = +(seconds % 60).toFixed(3);
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
