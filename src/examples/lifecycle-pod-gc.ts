// PodGC with --terminated-pod-gc-threshold=2 (12500 by default): a failing Job leaves Error Pods; every 20 s the
// oldest terminated Pods above 2 are deleted. The Job's counters are not affected.
export default `const sim = simulateCluster({
  nodes: { count: 1 },
  // fr: Comme si kube-controller-manager tournait avec --terminated-pod-gc-threshold=2.
  // en: As if kube-controller-manager ran with --terminated-pod-gc-threshold=2.
  terminatedPodGCThreshold: 2,
  objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: flaky
spec:
  backoffLimit: 4
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
\`,
  behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
});
const end = sim.stateAt(sim.endTime);
render(<>
  <KubectlGetRsPodsWatch sim={sim} kinds={['Pod']} />
  <Value value={{
    deletedByPodGC: sim.watch.filter((l) => l.kind === 'Pod' && l.deleted).map((l) => l.time + 's ' + l.name),
    podsLeft: end.pods.map((p) => p.name + ' ' + p.status),
    jobFailed: end.jobs[0].status.failed,
  }} />
</>);`;
