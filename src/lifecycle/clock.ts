/**
 * Virtual time for the simulated kubelet.
 *
 * A binary min-heap of due jobs ordered by (time, insertion order): two jobs due at the same
 * virtual second run in the order they were scheduled, so a run is fully deterministic.
 * The simulation jumps from one due job to the next, so idle time costs nothing.
 */

export interface ClockJob {
  /** Virtual seconds at which the job is due. */
  readonly at: number;
  /** Insertion number, the tie-breaker. */
  readonly seq: number;
  readonly run: () => void;
  /** Set by `cancel`; a cancelled job is dropped when it reaches the top of the heap. */
  cancelled: boolean;
}

export class VirtualClock {
  /** Current virtual time, in seconds. */
  now = 0;
  /** Jobs run so far (the event cap counts these). */
  steps = 0;
  private heap: ClockJob[] = [];
  private seq = 0;
  private live = 0;

  /** Schedules `run` at virtual time `at` (never in the past). */
  schedule(at: number, run: () => void): ClockJob {
    const job: ClockJob = { at: at < this.now ? this.now : at, seq: this.seq++, run, cancelled: false };
    this.push(job);
    this.live++;
    return job;
  }

  /** Schedules `run` `delay` seconds from now. */
  after(delay: number, run: () => void): ClockJob {
    return this.schedule(this.now + delay, run);
  }

  cancel(job: ClockJob | undefined): void {
    if (job && !job.cancelled) {
      job.cancelled = true;
      this.live--;
    }
  }

  /** Number of jobs still due (cancelled ones excluded). */
  get pending(): number {
    return this.live;
  }

  /** Time of the next due job, or undefined when nothing is due. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap.length > 0 ? this.heap[0].at : undefined;
  }

  /** Runs the next due job, advancing `now` to its time. Returns false when nothing is due. */
  step(): boolean {
    this.dropCancelled();
    const job = this.pop();
    if (!job) return false;
    this.live--;
    job.cancelled = true;
    this.now = job.at;
    this.steps++;
    job.run();
    return true;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
  }

  private static less(a: ClockJob, b: ClockJob): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(job: ClockJob): void {
    const h = this.heap;
    h.push(job);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!VirtualClock.less(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }

  private pop(): ClockJob | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && VirtualClock.less(h[l], h[m])) m = l;
        if (r < h.length && VirtualClock.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
