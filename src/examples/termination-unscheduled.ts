// A Pod no node can take (never scheduled) is deleted at once: no kubelet has to stop anything.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: unschedulable
spec:
  containers:
  - name: app
    image: nginx:1.27
\`,
  cluster: { scheduleAfterSeconds: Infinity },
  actions: [{ at: 30, action: 'delete' }],
});
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{ removedAt: sim.removedAt }} />
</>);`;
