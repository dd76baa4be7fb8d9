// getPhase's edge cases: one container still running, one waiting in back-off, one without a status.
export default `const base = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'two' },
  spec: {
    restartPolicy: 'Never',
    containers: [
      { name: 'web', image: 'nginx:1.27' },
      { name: 'job', image: 'busybox:1.36' },
    ],
  },
};
const running = { name: 'web', image: 'nginx:1.27', ready: true, restartCount: 0, state: { running: { startedAt: 0 } }, lastState: {} };
const failed = { name: 'job', image: 'busybox:1.36', ready: false, restartCount: 0, state: { terminated: { exitCode: 1, reason: 'Error' } }, lastState: {} };
const crashLoop = {
  name: 'job', image: 'busybox:1.36', ready: false, restartCount: 3,
  state: { waiting: { reason: 'CrashLoopBackOff' } },
  lastState: { terminated: { exitCode: 1, reason: 'Error' } },
};
const withStatuses = (restartPolicy, containerStatuses) =>
  ({ ...base, spec: { ...base.spec, restartPolicy }, status: { phase: 'Pending', containerStatuses } });
render(<Value value={{
  oneRunningOneFailed: derivePodPhase(withStatuses('Never', [running, failed])),
  crashLoopUnderAlways: derivePodPhase(withStatuses('Always', [running, crashLoop])),
  oneStatusMissing: derivePodPhase(withStatuses('Never', [running])),
}} />);`;
