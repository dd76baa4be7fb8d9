// getPhase on hand-written statuses: one container that exited 0 or 1, under each restartPolicy,
// first while the Pod lives, then once it is being torn down (podIsTerminal).
export default `const exited = (exitCode) => ({
  name: 'app',
  image: 'busybox:1.36',
  ready: false,
  restartCount: 0,
  state: { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error' } },
  lastState: {},
});
const pod = (restartPolicy, exitCode) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'demo' },
  spec: { restartPolicy, containers: [{ name: 'app', image: 'busybox:1.36' }] },
  status: { phase: 'Running', containerStatuses: [exited(exitCode)] },
});
const rows = ['Always', 'OnFailure', 'Never'].map((restartPolicy) => ({
  restartPolicy,
  exit0: derivePodPhase(pod(restartPolicy, 0)),
  exit1: derivePodPhase(pod(restartPolicy, 1)),
  exit0Deleted: derivePodPhase(pod(restartPolicy, 0), { podIsTerminal: true }),
  exit1Deleted: derivePodPhase(pod(restartPolicy, 1), { podIsTerminal: true }),
}));
render(<Value value={rows} />);`;
