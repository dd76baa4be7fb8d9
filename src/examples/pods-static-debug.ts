// kubectl debug on a static Pod: ephemeral containers are not supported there.
export default `let view;
try {
  const sim = simulate({
    pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
\`,
    cluster: { staticPod: true, nodeName: 'cp-1' },
    actions: [{ at: 20, action: 'debug', container: { name: 'debugger', image: 'busybox:1.36' } }],
    until: 60,
  });
  view = <SimulationView sim={sim} />;
} catch (err) {
  view = <Value value={{ kind: err.kind, message: err.message, errors: err.errors }} />;
}
render(view);`;
