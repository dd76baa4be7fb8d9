// What the API shows, second by second, from the delete to the removal: phase, kubectl STATUS,
// deletionTimestamp; then the object is gone (null).
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
  behavior: { web: { shutdownSeconds: 4 } },
  actions: [{ at: 10, action: 'delete' }],
});
const rows = [];
for (let t = 9; t < sim.removedAt; t += 1) {
  const pod = sim.podAt(t);
  rows.push({ t, phase: pod.status?.phase, kubectl: kubectlStatus(pod), deletionTimestamp: pod.metadata.deletionTimestamp });
}
// fr: À removedAt, le kubelet écrit la phase terminale, puis supprime l'objet avec un délai de grâce de 0.
// en: At removedAt the kubelet writes the terminal phase, then deletes the object with grace period 0.
rows.push({ t: sim.removedAt, phase: sim.statusAt(sim.removedAt).phase, podAfterRemoval: sim.podAt(sim.removedAt) });
render(<Value value={rows} />);`;
