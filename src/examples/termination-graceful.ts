// kubectl delete pod at t = 10 s: the app handles SIGTERM and exits 0 within 3 s, well inside the 30 s grace period.
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
  behavior: { web: { shutdownSeconds: 3, shutdownExitCode: 0 } },
  actions: [{ at: 10, action: 'delete' }],
});
render(<SimulationView sim={sim} />);`;
