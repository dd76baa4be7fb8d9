// restartPolicy OnFailure, backoffLimit 3: one Pod whose container restarts in place; the third restart fails the Job.
export default `const sim = simulateCluster({
  nodes: { count: 1 },
  objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  backoffLimit: 3
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: main
        image: busybox:1.36
\`,
  behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
});
const job = sim.stateAt(sim.endTime).jobs[0];
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={{ failed: job.status.failed, conditions: job.status.conditions.map((c) => c.lastTransitionTime + 's ' + c.type + ' ' + c.reason) }} />
</>);`;
