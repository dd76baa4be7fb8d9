/**
 * What kubectl prints: `duration.HumanDuration` (AGE) and the STATUS / READY / RESTARTS columns of
 * `printPod` (`pkg/printers/internalversion/printers.go`), for regular containers.
 */
import type { Pod } from '../lifecycle/types';

/** `k8s.io/apimachinery/pkg/util/duration.HumanDuration`: the single-Pod model's implementation. */
import { kubectlAge } from '../lifecycle/kubectl';

export const humanDuration = kubectlAge;

/** READY, STATUS and RESTARTS of `kubectl get pods` for a Pod without init containers. */
export function printPodColumns(pod: Pod, now: number): { ready: string; status: string; restarts: string; restartCount: number } {
  const st = pod.status;
  let reason: string = st?.phase ?? 'Pending';
  if (st?.reason) reason = st.reason;
  const sched = st?.conditions?.find((c) => c.type === 'PodScheduled');
  if (sched?.reason === 'SchedulingGated') reason = 'SchedulingGated';
  const statuses = st?.containerStatuses ?? [];
  const total = pod.spec.containers.length;
  let readyCount = 0;
  let restarts = 0;
  let lastRestart: number | undefined;
  let hasRunning = false;
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    restarts += c.restartCount;
    const fin = c.lastState?.terminated?.finishedAt;
    if (fin !== undefined && (lastRestart === undefined || fin > lastRestart)) lastRestart = fin;
    if (c.state.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state.running) {
      hasRunning = true;
      readyCount++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    const ready = st?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    reason = ready ? 'Running' : 'NotReady';
  }
  if (pod.metadata.deletionTimestamp !== undefined && st?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp !== undefined && st?.phase !== 'Failed' && st?.phase !== 'Succeeded') reason = 'Terminating';
  const restartsText = restarts > 0 && lastRestart !== undefined ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  return { ready: `${readyCount}/${total}`, status: reason, restarts: restartsText, restartCount: restarts };
}
