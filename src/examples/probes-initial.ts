// Initial results: readiness starts as Failure (ready: false until the first success), liveness as Success,
// startup as Unknown (started: false). A container with no probe at all is ready as soon as it runs.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: initial
spec:
  containers:
  - name: probed
    image: nginx:1.27
    readinessProbe:
      httpGet:
        path: /
        port: 80
      initialDelaySeconds: 20
    startupProbe:
      httpGet:
        path: /
        port: 80
      initialDelaySeconds: 10
  - name: plain
    image: busybox:1.36
\`,
  until: 60,
});
const flags = (t) => (sim.statusAt(t).containerStatuses ?? []).map((c) => ({ name: c.name, started: c.started, ready: c.ready }));
render(<Value value={{ t5: flags(5), t15: flags(15), t40: flags(40) }} />);`;
