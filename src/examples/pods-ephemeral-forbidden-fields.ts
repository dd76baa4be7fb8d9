// An ephemeral container with a port and a readiness probe: the API server refuses it.
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
    actions: [
      {
        at: 20,
        action: 'debug',
        container: {
          name: 'debugger',
          image: 'busybox:1.36',
          ports: [{ containerPort: 8080 }],
          readinessProbe: { tcpSocket: { port: 8080 } },
        },
      },
    ],
    until: 60,
  });
  view = <SimulationView sim={sim} />;
} catch (err) {
  view = <Value value={{ kind: err.kind, message: err.message, errors: err.errors }} />;
}
render(view);`;
