// kubectl's STATUS column (printPod) computed from hand-written statuses.
export default `const status = (name, state, lastState = {}, extra = {}) =>
  ({ name, image: 'busybox:1.36', ready: false, restartCount: 0, state, lastState, ...extra });
const pod = (statusFields, metadata = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'demo', ...metadata },
  spec: {
    initContainers: [{ name: 'init', image: 'busybox:1.36' }],
    containers: [{ name: 'app', image: 'busybox:1.36' }],
  },
  status: statusFields,
});
const initDone = status('init', { terminated: { exitCode: 0, reason: 'Completed' } });
render(<Value value={{
  initRunning: kubectlStatus(pod({
    phase: 'Pending',
    initContainerStatuses: [status('init', { running: { startedAt: 1 } })],
    containerStatuses: [status('app', { waiting: { reason: 'PodInitializing' } })],
  })),
  initCrashLoop: kubectlStatus(pod({
    phase: 'Pending',
    initContainerStatuses: [status('init', { waiting: { reason: 'CrashLoopBackOff' } },
      { terminated: { exitCode: 1, reason: 'Error' } }, { restartCount: 2 })],
    containerStatuses: [status('app', { waiting: { reason: 'PodInitializing' } })],
  })),
  appCrashLoop: kubectlStatus(pod({
    phase: 'Running',
    initContainerStatuses: [initDone],
    containerStatuses: [status('app', { waiting: { reason: 'CrashLoopBackOff' } },
      { terminated: { exitCode: 1, reason: 'Error' } }, { restartCount: 4 })],
  })),
  appJustExited: kubectlStatus(pod({
    phase: 'Running',
    initContainerStatuses: [initDone],
    containerStatuses: [status('app', { terminated: { exitCode: 1, reason: 'Error' } })],
  })),
  deleting: kubectlStatus(pod({
    phase: 'Running',
    initContainerStatuses: [initDone],
    containerStatuses: [status('app', { running: { startedAt: 5 } }, {}, { ready: true, started: true })],
  }, { deletionTimestamp: 60, deletionGracePeriodSeconds: 30 })),
}} />);`;
