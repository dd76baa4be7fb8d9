/**
 * What `kubectl get pods` prints for a Pod.
 *
 * Follows `pkg/printers/internalversion/printers.go` `printPod` (sidecar-aware, 1.29+) and
 * `k8s.io/apimachinery/pkg/util/duration` `HumanDuration` (used by `translateTimestampSince`).
 */
import type { Container, Pod } from './types';

/**
 * `duration.HumanDuration`: `45s` (below 2 min), `2m5s` / `10m` (below 10 min, then minutes up to 3 h),
 * `3h4m` (below 8 h), `47h`, `2d3h` (below 8 days), `30d` (below 2 years), `2y30d` (below 8 years), `9y`.
 * Negative by 2 s or more: `<invalid>`; by less: `0s`.
 */
export function kubectlAge(seconds: number): string {
  const secs = Math.trunc(seconds);
  if (secs < -1) return '<invalid>';
  if (secs < 0) return '0s';
  if (secs < 60 * 2) return `${secs}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) {
    const s = secs % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.trunc(seconds / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    return dy === 0 ? `${Math.trunc(hours / 24 / 365)}y` : `${Math.trunc(hours / 24 / 365)}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

interface PrintedPod {
  ready: string;
  status: string;
  restarts: number;
  lastRestart?: number;
}

function isSidecar(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

/** The body of `printPod`: READY, STATUS and the RESTARTS count with the time of the latest restart. */
function printPod(pod: Pod): PrintedPod {
  const st = pod.status;
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = pod.spec.containers.length;
  let readyContainers = 0;
  let lastRestart: number | undefined;
  let lastRestartableInitRestart: number | undefined;
  const later = (a: number | undefined, b: number | undefined) =>
    b !== undefined && (a === undefined || a < b) ? b : a;

  const phase = st?.phase ?? '';
  let reason: string = phase;
  if (st?.reason) reason = st.reason;
  for (const c of st?.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initContainers = new Map<string, Container>();
  for (const c of pod.spec.initContainers ?? []) {
    initContainers.set(c.name, c);
    if (isSidecar(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = st?.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount;
    lastRestart = later(lastRestart, cs.lastState?.terminated?.finishedAt);
    const sidecar = isSidecar(initContainers.get(cs.name));
    if (sidecar) {
      restartableInitRestarts += cs.restartCount;
      lastRestartableInitRestart = later(lastRestartableInitRestart, cs.lastState?.terminated?.finishedAt);
    }
    const term = cs.state?.terminated;
    const wait = cs.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (sidecar && cs.started === true) {
      if (cs.ready) readyContainers++;
      continue;
    }
    if (term) {
      if (!term.reason) reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (wait && wait.reason && wait.reason !== 'PodInitializing') {
      reason = `Init:${wait.reason}`;
    } else {
      reason = `Init:${i}/${(pod.spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  const initializedTrue = (st?.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initializedTrue) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const cstats = st?.containerStatuses ?? [];
    for (let i = cstats.length - 1; i >= 0; i--) {
      const cs = cstats[i];
      restarts += cs.restartCount;
      lastRestart = later(lastRestart, cs.lastState?.terminated?.finishedAt);
      const term = cs.state?.terminated;
      const wait = cs.state?.waiting;
      if (wait && wait.reason) reason = wait.reason;
      else if (term && term.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A completed container next to a running one: the Pod is still running.
    if (reason === 'Completed' && hasRunning) {
      const podReady = (st?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata.deletionTimestamp !== undefined && st?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp !== undefined && phase !== 'Failed' && phase !== 'Succeeded')
    reason = 'Terminating';

  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts, lastRestart };
}

/** STATUS column of `kubectl get pods` (`printPod`): phase, or a reason (`Init:0/1`, `CrashLoopBackOff`, `Terminating`, ...). */
export function kubectlStatus(pod: Pod): string {
  return printPod(pod).status;
}

/** READY column (`printPod`): ready regular containers plus started-and-ready sidecars, over regular containers plus sidecars. */
export function kubectlReady(pod: Pod): string {
  return printPod(pod).ready;
}

/**
 * RESTARTS column (`printPod`): the sum of `restartCount`s (init containers while initializing, else sidecars plus
 * regular containers), followed by `(<age> ago)` of the latest `lastState.terminated.finishedAt` when non-zero.
 * `now` is virtual seconds.
 */
export function kubectlRestarts(pod: Pod, now: number): string {
  const p = printPod(pod);
  if (p.restarts !== 0 && p.lastRestart !== undefined) return `${p.restarts} (${kubectlAge(now - p.lastRestart)} ago)`;
  return String(p.restarts);
}

/** One row of `kubectl get pods` at virtual time `now` (AGE counts from `metadata.creationTimestamp`, default 0). */
export function podRow(
  pod: Pod,
  now: number,
): { name: string; ready: string; status: string; restarts: string; age: string } {
  const p = printPod(pod);
  const restarts =
    p.restarts !== 0 && p.lastRestart !== undefined
      ? `${p.restarts} (${kubectlAge(now - p.lastRestart)} ago)`
      : String(p.restarts);
  return {
    name: pod.metadata.name ?? '',
    ready: p.ready,
    status: p.status,
    restarts,
    age: kubectlAge(now - (pod.metadata.creationTimestamp ?? 0)),
  };
}
