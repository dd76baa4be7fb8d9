// Liveness: after failureThreshold consecutive failures the kubelet kills the container (preStop, SIGTERM)
// and restarts it per restartPolicy, with the usual back-off.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: deadlock
spec:
  containers:
  - name: app
    image: registry.example.com/worker:1.0
    livenessProbe:
      exec:
        command: ["cat", "/tmp/healthy"]
      periodSeconds: 5
      failureThreshold: 3
\`,
  behavior: { app: { unhealthyAfterSeconds: 30 } },
  until: 240,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
</>);`;
