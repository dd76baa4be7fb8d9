// Readiness: a failing readiness probe only marks the container not ready (READY 0/1, Ready=False);
// the container keeps running and is never restarted for it.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: api
    image: registry.example.com/api:3.2
    readinessProbe:
      httpGet:
        path: /ready
        port: 8080
      periodSeconds: 5
      failureThreshold: 2
\`,
  behavior: { api: { startupSeconds: 10, notReadyAfterSeconds: 60 } },
  until: 150,
});
const readyAt = (t) => sim.statusAt(t).conditions?.find((c) => c.type === 'Ready')?.status;
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{ readyAt30: readyAt(30), readyAt120: readyAt(120), restartCountAt120: sim.statusAt(120).containerStatuses?.[0]?.restartCount }} />
</>);`;
