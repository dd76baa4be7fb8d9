/** Text of `kubectl get rs,pods -w` (and `kubectl drain`) from a cluster simulation; pure, for views and tests. */
import { alignColumns } from '../../views/table';
import type { ClusterSimulation, ClusterWatchLine } from '../../cluster/types';

const HEADERS: Record<ClusterWatchLine['kind'], string[]> = {
  ReplicaSet: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  StatefulSet: ['NAME', 'READY', 'AGE'],
  Deployment: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  Pod: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  Job: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE'],
};
const PREFIX: Record<ClusterWatchLine['kind'], string> = {
  ReplicaSet: 'replicaset.apps/',
  StatefulSet: 'statefulset.apps/',
  Deployment: 'deployment.apps/',
  Pod: 'pod/',
  Job: 'job.batch/',
};
const SHORT: Record<ClusterWatchLine['kind'], string> = {
  ReplicaSet: 'rs',
  StatefulSet: 'sts',
  Deployment: 'deploy',
  Pod: 'pods',
  Job: 'jobs',
};

/** The kinds present, in kubectl's argument order. */
export function watchKinds(sim: ClusterSimulation): ClusterWatchLine['kind'][] {
  const order: ClusterWatchLine['kind'][] = ['Deployment', 'ReplicaSet', 'StatefulSet', 'Job', 'Pod'];
  return order.filter((k) => sim.watch.some((l) => l.kind === k));
}

export function watchCommand(kinds: ClusterWatchLine['kind'][]): string {
  return `kubectl get ${kinds.map((k) => SHORT[k]).join(',')} -w`;
}

/**
 * Lines as kubectl prints them for several kinds: names prefixed by their type, the first listing of
 * each kind under its header, then every change in time order. Each line carries its virtual time.
 */
export function clusterWatchText(
  sim: ClusterSimulation,
  upTo?: number,
  kinds = watchKinds(sim),
): { time?: number; text: string; header?: boolean }[] {
  const visible = sim.watch.filter((l) => kinds.includes(l.kind) && (upTo === undefined || l.time <= upTo + 1e-9));
  const multi = kinds.length > 1;
  const rowOf = (l: ClusterWatchLine) => [(multi ? PREFIX[l.kind] : '') + l.name, ...l.columns];
  const out: { time?: number; text: string; header?: boolean }[] = [];
  const first = visible.length ? visible[0].time : 0;
  kinds.forEach((k, ki) => {
    const initial = visible.filter((l) => l.kind === k && l.time === first);
    const all = sim.watch.filter((l) => l.kind === k);
    // Column widths from every line of that kind, so later lines line up with the header.
    const aligned = alignColumns([HEADERS[k], ...all.map(rowOf)]);
    const byLine = new Map(all.map((l, i) => [l, aligned[i + 1]]));
    if (ki > 0 && out.length) out.push({ text: '' });
    out.push({ text: aligned[0], header: true });
    for (const l of initial) out.push({ time: l.time, text: byLine.get(l)! });
  });
  const aligned = new Map<ClusterWatchLine, string>();
  for (const k of kinds) {
    const all = sim.watch.filter((l) => l.kind === k);
    alignColumns([HEADERS[k], ...all.map(rowOf)])
      .slice(1)
      .forEach((t, i) => aligned.set(all[i], t));
  }
  for (const l of visible) if (l.time !== first) out.push({ time: l.time, text: aligned.get(l)! });
  return out;
}

/** kubectl drain's output, optionally only for one node. */
export function drainText(
  sim: ClusterSimulation,
  node?: string,
  upTo?: number,
): { time: number; text: string; stderr: boolean }[] {
  return sim.drain
    .filter((l) => (!node || l.node === node) && (upTo === undefined || l.time <= upTo + 1e-9))
    .map((l) => ({ time: l.time, text: l.text, stderr: l.stream === 'stderr' }));
}

/** `kubectl get pods` STATUS → a colour class name. */
export function statusTone(
  status: string,
  ready: boolean,
): 'ready' | 'running' | 'waiting' | 'terminating' | 'failed' | 'done' {
  if (status === 'Terminating') return 'terminating';
  if (status === 'Running') return ready ? 'ready' : 'running';
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  if (/Err|BackOff|Error|Failed|OOMKilled|Evicted|Unknown|Invalid/.test(status)) return 'failed';
  return 'waiting';
}
