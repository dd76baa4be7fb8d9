// kubectl delete at t = 20 s with a 5 s preStop sleep: SIGTERM only arrives once the hook is over.
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
    lifecycle:
      preStop:
        sleep:
          seconds: 5
\`,
  // fr: nginx sort avec le code 0 sur son signal d'arrêt, une fois ses connexions terminées.
  // en: nginx exits 0 on its stop signal once its connections are drained.
  behavior: { web: { preStopSeconds: 5, shutdownSeconds: 2, shutdownExitCode: 0 } },
  actions: [{ at: 20, action: 'delete' }],
});
render(<SimulationView sim={sim} />);`;
