import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lifecycle/simulate';
import { isPodLabError } from '../../src/lifecycle/errors';
import type { Scenario } from '../../src/lifecycle/types';
import {
  axisFraction,
  axisTime,
  brokenAxis,
  containerSegments,
  eventTimes,
  graceWindow,
  lanesOf,
  placeLabels,
  textWidth,
  timelineLayout,
  timelineMarks,
  type PlacedLabel,
} from '../../src/views/timeline';

/** The 25-minute crash loop of docs/lifecycle/restarts (src/examples/lifecycle-restart-backoff.ts). */
function crashLoop() {
  const sim = simulate({
    pod: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: crash\nspec:\n  containers:\n  - name: app\n    image: busybox:1.36\n',
    behavior: { app: { exitAfterSeconds: 2, exitCode: 1 } },
    until: 1500,
  } as Scenario);
  const lanes = lanesOf(sim);
  const segments = containerSegments(sim, lanes);
  const marks = timelineMarks(sim, segments);
  return { sim, input: { end: sim.endTime, lanes, segments, marks, grace: graceWindow(sim) } };
}

const minGap = (xs: number[]) => Math.min(...xs.slice(1).map((x, i) => x - xs[i]));

function overlaps(labels: PlacedLabel[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i];
      const b = labels[j];
      if (a.y === b.y && a.x < b.x + b.width && b.x < a.x + a.width) out.push(`${a.text} / ${b.text}`);
    }
  return out;
}

describe('brokenAxis', () => {
  it('is linear when no gap exceeds the threshold', () => {
    const axis = brokenAxis([0, 10, 20, 45], 60);
    expect(axis.pieces.every((p) => !p.broken)).toBe(true);
    for (const t of [0, 7, 30, 60]) expect(axisFraction(axis, t)).toBeCloseTo(t / 60, 9);
  });

  it('draws a long gap at a fixed width, and the mapping is monotonic and invertible', () => {
    const times = [0, 2, 4, 6, 16, 18, 38, 40, 80, 82, 162, 164, 324, 326, 626, 628, 928, 930, 1230, 1232];
    const axis = brokenAxis(times, 1500);
    const broken = axis.pieces.filter((p) => p.broken);
    expect(broken.length).toBe(6);
    // Every break has the same width, whatever its real duration (80 s or 300 s).
    const widths = broken.map((p) => p.u1 - p.u0);
    for (const w of widths) expect(w).toBeCloseTo(widths[0], 9);
    let prev = -1;
    for (let t = 0; t <= 1500; t += 0.5) {
      const u = axisFraction(axis, t);
      expect(u).toBeGreaterThan(prev);
      expect(axisTime(axis, u)).toBeCloseTo(t, 6);
      prev = u;
    }
    expect(axisFraction(axis, 0)).toBe(0);
    expect(axisFraction(axis, 1500)).toBeCloseTo(1, 12);
    expect(axisTime(axis, -3)).toBe(0);
    expect(axisTime(axis, 7)).toBe(1500);
  });

  it('checks its arguments and bounds its work', () => {
    for (const bad of [
      () => brokenAxis([1], Number.NaN),
      () => brokenAxis([1], 10, 0),
      () => brokenAxis('x' as never, 10),
    ]) {
      let err: unknown;
      try {
        bad();
      } catch (e) {
        err = e;
      }
      expect(isPodLabError(err)).toBe(true);
    }
    const many = Array.from({ length: 100_000 }, (_, i) => i * 0.01);
    expect(brokenAxis(many, 1000).pieces.length).toBeLessThanOrEqual(5001);
  });
});

describe('placeLabels', () => {
  it('drops labels that would collide and keeps them inside the width', () => {
    const cands = Array.from({ length: 40 }, (_, i) => ({ at: i * 9, text: `↻${i}`, priority: i % 3, tag: 'r' }));
    const kept = placeLabels(cands, 300, 10);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(40);
    expect(overlaps(kept)).toEqual([]);
    for (const l of kept) {
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(300);
    }
    expect(textWidth('KILL')).toBeCloseTo(4 * 7.2, 9);
  });
});

describe('timelineLayout on a 25-minute crash loop', () => {
  const { input } = crashLoop();
  const restarts = input.marks.filter((m) => m.kind === 'restart').map((m) => m.time);

  it('keeps every restart and event readable on a phone (328 px)', () => {
    expect(input.end).toBe(1500);
    expect(restarts.length).toBeGreaterThanOrEqual(8);
    const lay = timelineLayout(input, 328, 280);
    // Linear axis over the same plot: restarts 12 s apart would be 2.5 px apart.
    const linear = restarts.map((t) => (t / 1500) * lay.plotWidth);
    expect(minGap(linear)).toBeLessThan(4);
    expect(minGap(restarts.map(lay.x))).toBeGreaterThanOrEqual(12);
    const events = eventTimes(input.end, input.segments, input.marks);
    expect(minGap(events.map(lay.x))).toBeGreaterThanOrEqual(4);
    // The keyboard crosses the 25 minutes in one press per event.
    expect(events.length).toBeLessThanOrEqual(25);
    // Break labels give the real duration of the gaps.
    expect(lay.axisLabels.some((l) => l.text === '+5m')).toBe(true);
    expect(lay.markLabels.filter((l) => l.tag === 'restart').length).toBeGreaterThanOrEqual(6);
  });

  it('never overlaps two texts, at any width from 280 to 1600 px', () => {
    for (let w = 280; w <= 1600; w += 37) {
      const lay = timelineLayout(input, w, w < 480 ? 280 : 480, 'délai de grâce');
      const all = [...lay.axisLabels, ...lay.markLabels, ...lay.segmentLabels];
      expect(overlaps(all), `width ${w}`).toEqual([]);
      for (const l of all) expect(l.x + l.width, `${l.text} at width ${w}`).toBeLessThanOrEqual(w + 1e-6);
    }
  });

  it('shows the same texts at every width of one class (server HTML = browser HTML)', () => {
    const texts = (w: number) => {
      const lay = timelineLayout(input, w, 480);
      return [...lay.axisLabels, ...lay.markLabels, ...lay.segmentLabels].map((l) => l.text).sort();
    };
    expect(texts(700)).toEqual(texts(640));
    expect(texts(1200)).toEqual(texts(640));
  });

  it('rejects a width it cannot draw at', () => {
    for (const [w, lw] of [
      [50, 50],
      [Number.NaN, 300],
      [300, 400],
    ]) {
      let err: unknown;
      try {
        timelineLayout(input, w, lw);
      } catch (e) {
        err = e;
      }
      expect(isPodLabError(err), `width ${w}, labelWidth ${lw}`).toBe(true);
    }
  });
});
