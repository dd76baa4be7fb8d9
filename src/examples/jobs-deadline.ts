// activeDeadlineSeconds 30: the Job fails with DeadlineExceeded at t=30, its running Pod is terminated, nothing is restarted.
export default `const sim = simulateCluster({
  nodes: { count: 1 },
  objects: \`
apiVersion: batch/v1
kind: Job
metadata:
  name: export
spec:
  activeDeadlineSeconds: 30
  template:
    spec:
      restartPolicy: OnFailure
      containers:
      - name: main
        image: busybox:1.36
\`,
  // fr: Le travail demanderait 120 s.
  // en: The work would need 120 s.
  behavior: { main: { exitAfterSeconds: 120 } },
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={sim.events.filter((e) => e.source === 'job-controller').map((e) => e.time + 's ' + e.type + ' ' + e.reason + ': ' + e.message)} />
</>);`;
