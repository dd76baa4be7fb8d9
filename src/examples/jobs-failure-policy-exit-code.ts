// podFailurePolicy: exit code 42 means "bad input, do not retry": FailJob at the first such exit, backoffLimit unused.
export default `const sim = simulateCluster({
  nodes: { count: 1 },
  objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: import
spec:
  backoffLimit: 6
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes:
        containerName: main
        operator: In
        values: [42]
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
\`,
  behavior: { main: { exitAfterSeconds: 4, exitCode: 42 } },
});
const job = sim.stateAt(sim.endTime).jobs[0];
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={job.status.conditions.map((c) => c.type + ' (' + c.reason + '): ' + c.message)} />
</>);`;
