// Pod conditions over time: an init container (5 s), then an app that serves after 15 s with a readiness probe.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: conditions
spec:
  initContainers:
  - name: migrate
    image: busybox:1.36
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe:
      httpGet:
        path: /healthz
        port: 80
      periodSeconds: 5
\`,
  behavior: {
    migrate: { exitAfterSeconds: 5, exitCode: 0 },
    web: { startupSeconds: 15 },
  },
  until: 60,
});
const conditionsAt = (t) => Object.fromEntries(
  (sim.statusAt(t).conditions ?? []).map((c) => [c.type, c.status]),
);
render(<>
  <Value value={{ t4: conditionsAt(4), t15: conditionsAt(15), t40: conditionsAt(40) }} />
  <Timeline sim={sim} />
</>);`;
