/** Shared helpers for the simulate*.test.ts files. */
import type { Simulation } from '../../src/lifecycle/types';

/** A Pod manifest with one container `app` (image nginx:1.27) plus optional extra spec YAML lines. */
export function onePod(extraSpec = '', containerExtra = ''): string {
  return `
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:${extraSpec ? '\n' + extraSpec : ''}
  containers:
  - name: app
    image: nginx:1.27${containerExtra ? '\n' + containerExtra : ''}
`;
}

/** The image is on the node: no pull, containers start at t = 0. */
export const preloaded = { imagesOnNode: ['nginx:1.27', 'busybox:1.36', 'envoyproxy/envoy:v1.31'] };

/** Times of the kubelet's events with this reason for container `name`. */
export function eventTimes(sim: Simulation, reason: string, name?: string): number[] {
  return sim.events
    .filter((e) => e.reason === reason && (name === undefined || e.object.endsWith(`{${name}}`)))
    .map((e) => e.time);
}

/** Times at which container `name` was started (its `Started` events). */
export function startTimes(sim: Simulation, name = 'app'): number[] {
  return eventTimes(sim, 'Started', name);
}

/** Transitions of one machine, as `time:from->to(cause)` strings. */
export function transitionsOf(sim: Simulation, machine: string): string[] {
  return sim.transitions
    .filter((t) => t.machine === machine)
    .map((t) => `${t.time}:${t.from}->${t.to}${t.cause ? `(${t.cause})` : ''}`);
}

/** `kubectl get pod -w` lines as `time ready status restarts`. */
export function watchLines(sim: Simulation): string[] {
  return sim.watch.map((w) => `${w.time} ${w.ready} ${w.status} ${w.restarts}`);
}

/** Successive differences. */
export function gaps(xs: number[]): number[] {
  return xs.slice(1).map((x, i) => x - xs[i]);
}
