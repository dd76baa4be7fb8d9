// An ephemeral container with a port and a readiness probe: the API server refuses it and the Pod is left as it was.
export default `const sim = simulate({
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
// fr: Le refus, tel que kubectl debug l'afficherait.
// en: The refusal, as kubectl debug would print it.
render(<Value value={sim.notice} />);`;
