/**
 * Benchmarks of `simulate` (run: `npx tsx scripts/bench.ts`).
 *
 * Prints medians, each next to a baseline measured in the same run, so that figures taken on a busy
 * or slow machine can still be compared: the ratio matters more than the absolute milliseconds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { simulate } from '../src/lifecycle/simulate';
import type { Scenario } from '../src/lifecycle/types';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of `fn` over `runs` runs, after `warmup` unmeasured runs (JIT). Also keeps the minimum. */
const minimums = new Map<() => unknown, number>();
function time(fn: () => unknown, runs: number, warmup = 10): number {
  for (let i = 0; i < warmup; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  minimums.set(fn, Math.min(...ts));
  return median(ts);
}
const minOf = (fn: () => unknown) => minimums.get(fn) ?? NaN;

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const pad = (s: string, n: number) => s.padEnd(n);
function line(label: string, value: string, baseline: string, note = ''): void {
  console.log(`${pad(label, 46)} ${pad(value, 14)} ${pad(baseline, 34)} ${note}`);
}

const quietPod = `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
`;

// A typical page example: a crash-looping container next to a probed one, ten virtual minutes.
const pageExample: Scenario = {
  pod: `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /ready, port: 8080}
      periodSeconds: 5
  - name: worker
    image: busybox:1.36
`,
  behavior: { app: { startupSeconds: 12 }, worker: { exitAfterSeconds: 20, exitCode: 1 } },
  actions: [{ at: 540, action: 'delete' }],
  until: 600,
};

const livenessDay: Scenario = {
  pod: `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    livenessProbe:
      httpGet: {path: /healthz, port: 8080}
      periodSeconds: 10
`,
  until: 86400,
};

/** A readiness probe failing every second: one Unhealthy event per virtual second. */
const eventStorm = (events: number): Scenario => ({
  pod: `
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    readinessProbe:
      tcpSocket: {port: 8080}
      periodSeconds: 1
`,
  behavior: { app: { startupSeconds: Infinity } },
  cluster: { imagesOnNode: ['nginx:1.27'] },
  until: events,
});

console.log(`simulate() benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
console.log(`${pad('', 46)} ${pad('median', 14)} ${pad('baseline (same run)', 34)} note`);

// Warm the JIT on everything first, so that the first measurement is not penalised.
for (let i = 0; i < 20; i++) simulate(pageExample);

// Baseline 1: a quiet Pod for one virtual minute (parse, defaults, validation, a few syncs).
const minuteFn = () => simulate({ pod: quietPod, until: 60 });
const minute = time(minuteFn, 60);

// 1. Typical page example.
const page = simulate(pageExample);
const pageFn = () => simulate(pageExample);
const pageMs = time(pageFn, 40);
line(
  `page example (10 min, ${page.events.length} events)`,
  ms(pageMs),
  `quiet Pod 1 min: ${ms(minute)}`,
  `min ${ms(minOf(pageFn))}; target < 5 ms`,
);

// 2. Liveness probe every 10 s for 24 h.
const dayFn = () => simulate(livenessDay);
const dayMs = time(dayFn, 9, 3);
line(
  'liveness every 10 s, 24 h (8 640 probes)',
  ms(dayMs),
  `quiet Pod 1 min: ${ms(minute)}`,
  `min ${ms(minOf(dayFn))}; target < 250 ms`,
);

// 3. Idle cost: 30 days against one minute of the same quiet Pod (measured back to back).
const monthFn = () => simulate({ pod: quietPod, until: 30 * 86400 });
const month = time(monthFn, 60);
const minute2 = time(minuteFn, 60);
line(
  'quiet Pod, 30 days',
  ms(month),
  `quiet Pod 1 min: ${ms(minute2)}`,
  `ratio ${(month / minute2).toFixed(2)} (target ≤ 1.20)`,
);

// 4. Cost per event at 1k, 10k, 100k events.
const perEvent: number[] = [];
for (const [n, runs] of [
  [1_000, 15],
  [10_000, 7],
  [100_000, 3],
] as const) {
  const sc = eventStorm(n);
  const count = simulate(sc).events.length;
  const t = time(() => simulate(sc), runs, 2);
  const us = (t * 1000) / count;
  perEvent.push(us);
  line(
    `${count.toLocaleString('en-US')} events`,
    `${us.toFixed(2)} µs/event`,
    `1k-event run: ${perEvent[0].toFixed(2)} µs/event`,
    `total ${ms(t)}; ratio ${(us / perEvent[0]).toFixed(2)}`,
  );
}

// 5. Many containers: one Pod of N crash-looping containers for one virtual hour (issue 15: the status
// generation looked each container's status up in a list, so the cost grew with N²; 2 000 took ~10 s).
const crashLoop = (n: number): Scenario => ({
  pod: `apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n${Array.from({ length: n }, (_, i) => `  - {name: c${i}, image: busybox:1.36}`).join('\n')}\n`,
  behavior: Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, { exitAfterSeconds: 5, exitCode: 1 }])),
  until: 3600,
});
const crash200 = crashLoop(200);
const crash2000 = crashLoop(2000);
const crash200Fn = () => simulate(crash200);
const crash2000Fn = () => simulate(crash2000);
const crash200Ms = time(crash200Fn, 5, 1);
const crash2000Ms = time(crash2000Fn, 3, 1);
line(
  '2 000 crash-looping containers, 1 h',
  ms(crash2000Ms),
  `200 containers, 1 h: ${ms(crash200Ms)}`,
  `ratio ${(crash2000Ms / crash200Ms).toFixed(1)} (linear: 10); min ${ms(minOf(crash2000Fn))}; target < 2 s`,
);

// Baseline 2: an empty loop of 100 000 iterations, to scale the per-event figures.
let sink = 0;
const loop = time(() => {
  for (let i = 0; i < 100_000; i++) sink += i & 1;
}, 15);
line('empty loop, 100 000 iterations', ms(loop), '', sink > 0 ? '' : '');

// 6. Peak memory: heap held by a 100 000-event result.
gc();
const before = process.memoryUsage().heapUsed;
const big = simulate(eventStorm(100_000));
const peakDuring = process.memoryUsage().heapUsed;
gc();
const held = process.memoryUsage().heapUsed - before;
line(
  'heap held by a 100k-event result',
  `${(held / 1048576).toFixed(1)} MB`,
  `heap before: ${(before / 1048576).toFixed(1)} MB`,
  `peak seen ${(peakDuring / 1048576).toFixed(1)} MB; ${big.events.length} events, ${big.transitions.length} transitions`,
);
line('process peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '', '');
