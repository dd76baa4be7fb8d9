// completions 3, parallelism 2: two Pods at a time, the Job status counters and conditions, kubectl get jobs.
export default `const sim = simulateCluster({
  nodes: { count: 2 },
  objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: thumbnails
spec:
  completions: 3
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
\`,
  behavior: { main: { exitAfterSeconds: 8 } },
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} kinds={['Job']} />
  <Value value={{ at5s: sim.stateAt(5).jobs[0].status, atEnd: sim.stateAt(sim.endTime).jobs[0].status }} />
</>);`;
