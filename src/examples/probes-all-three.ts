// The three probes on one container: startup gates the other two, readiness flips READY,
// liveness restarts the container once the app stops answering (here 60 s after each start).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: probes
spec:
  containers:
  - name: web
    image: nginx:1.27
    startupProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 5
      failureThreshold: 12
    livenessProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 10
      failureThreshold: 3
    readinessProbe:
      httpGet:
        path: /ready
        port: 80
      periodSeconds: 5
\`,
  behavior: { web: { startupSeconds: 20, unhealthyAfterSeconds: 60 } },
  until: 200,
});
render(<SimulationView sim={sim} />);`;
