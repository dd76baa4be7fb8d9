// restartPolicy Never, backoffLimit 2: each failure is a new Pod (10 s, then 20 s later), the Job fails at the third failure.
export default `const sim = simulateCluster({
  nodes: { count: 1 },
  objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  backoffLimit: 2
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
\`,
  // fr: Chaque tentative sort avec le code 1 au bout de 3 secondes.
  // en: Every attempt exits with code 1 after 3 seconds.
  behavior: { main: { exitAfterSeconds: 3, exitCode: 1 } },
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={sim.events.filter((e) => e.source === 'job-controller').map((e) => e.time + 's ' + e.type + ' ' + e.reason + ': ' + e.message)} />
</>);`;
