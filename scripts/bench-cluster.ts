/**
 * Benchmark of the cluster model (npx tsx scripts/bench-cluster.ts): 1000 Pods on 50 nodes with a rolling
 * update, and a small baseline (3 Pods, 3 nodes) in the same run. Prints the median of several runs.
 * Every Pod runs the single-Pod model's kubelet (readiness probe every 5 s), without per-Pod history.
 */
import { simulateCluster } from '../src/cluster';
import type { ClusterScenario } from '../src/cluster';
import { loadavg } from 'node:os';

function deployment(replicas: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: app
        image: nginx:1.27
        readinessProbe:
          httpGet: {path: /, port: 80}
          periodSeconds: 5
`;
}

function scenario(replicas: number, nodes: number): ClusterScenario {
  return {
    nodes: { count: nodes },
    objects: deployment(replicas),
    behavior: { app: { startupSeconds: 3 } },
    actions: [{ at: 60, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function measure(name: string, sc: ClusterScenario, runs: number): number {
  const times: number[] = [];
  const cpu: number[] = [];
  let info = '';
  // Two warm-up runs (JIT), not counted.
  for (let i = 0; i < 2; i++) simulateCluster(sc);
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const sim = simulateCluster(sc);
    times.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    const end = sim.stateAt(sim.endTime);
    info = `${end.pods.length} Pods at the end, ${sim.watch.length} watch lines, ${sim.events.length} events, rollout done at t=${sim.endTime}s`;
  }
  const med = median(times);
  // CPU time is printed too: on a shared machine the wall time includes waiting for a core.
  console.log(
    `${name}: median ${med.toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU over ${runs} runs (wall min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ${info}`,
  );
  return med;
}

measure('baseline   3 Pods /  3 nodes, rolling update', scenario(3, 3), 15);
const big = measure('large   1000 Pods / 50 nodes, rolling update', scenario(1000, 50), 7);
console.log(`load average (1 min): ${loadavg()[0].toFixed(1)}`);
console.log(big < 1000 ? 'OK: under one second' : 'SLOW: over one second (check the load average)');
