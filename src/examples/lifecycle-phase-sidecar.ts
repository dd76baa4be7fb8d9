// A sidecar (init container with restartPolicy Always) does not keep a finished Job-like Pod alive.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: report
spec:
  restartPolicy: Never
  initContainers:
  - name: log-shipper
    image: fluent/fluent-bit:3.1
    restartPolicy: Always
  containers:
  - name: report
    image: busybox:1.36
\`,
  behavior: {
    'log-shipper': { shutdownSeconds: 1 },
    report: { exitAfterSeconds: 20, exitCode: 0 },
  },
});
render(<>
  <KubectlWatch sim={sim} />
  <PodStatusView sim={sim} at={sim.endTime} />
</>);`;
