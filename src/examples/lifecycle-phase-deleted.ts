// Deleting a Pod: kubectl says Terminating while status.phase is still Running; then the kubelet
// writes a terminal phase (Succeeded if every container exited 0 on SIGTERM, else Failed) before removal.
export default `const manifest = (name) => \`
apiVersion: v1
kind: Pod
metadata:
  name: \${name}
spec:
  containers:
  - name: web
    image: nginx:1.27
\`;
const exits0 = simulate({
  pod: manifest('exits-0'),
  behavior: { web: { shutdownSeconds: 5, shutdownExitCode: 0 } },
  actions: [{ at: 10, action: 'delete' }],
});
const exits143 = simulate({
  pod: manifest('exits-143'),
  behavior: { web: { shutdownSeconds: 5 } },
  actions: [{ at: 10, action: 'delete' }],
});
render(<>
  <KubectlWatch sim={exits0} />
  <KubectlWatch sim={exits143} />
  <Value value={{
    phaseAt12: exits0.statusAt(12).phase,
    deletionTimestampAt12: exits0.podAt(12)?.metadata.deletionTimestamp,
    removedAt: exits0.removedAt,
  }} />
</>);`;
