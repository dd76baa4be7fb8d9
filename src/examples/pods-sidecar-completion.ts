// A run-to-completion Pod (restartPolicy Never) with a log-shipping sidecar: when the task ends, the kubelet stops the sidecar and the Pod succeeds.
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
    image: fluent/fluent-bit:3.2
    restartPolicy: Always
  containers:
  - name: task
    image: example/report:1.0
\`,
  behavior: {
    task: { exitAfterSeconds: 20, exitCode: 0 },
    'log-shipper': { shutdownSeconds: 1 },
  },
  until: 60,
});
render(<SimulationView sim={sim} />);`;
