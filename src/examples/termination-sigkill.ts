// A process that ignores SIGTERM: the runtime sends SIGKILL when the 30 s grace period is over (exit code 137).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: stubborn
spec:
  containers:
  - name: app
    image: registry.example.com/stubborn:1.0
\`,
  behavior: { app: { shutdownSeconds: Infinity } },
  actions: [{ at: 10, action: 'delete' }],
});
render(<>
  <Timeline sim={sim} />
  <KubectlWatch sim={sim} />
  <Value value={{ removedAt: sim.removedAt, finalState: sim.statusAt(sim.removedAt).containerStatuses?.[0]?.state }} />
</>);`;
