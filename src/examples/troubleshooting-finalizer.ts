// A finalizer nobody removes: the delete at t=10 stops the container, but the object stays (deletionTimestamp
// set, phase Failed, so kubectl prints Error, not Terminating) until the patch at t=120 empties metadata.finalizers.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
  finalizers:
  - example.com/backup
spec:
  containers:
  - name: web
    image: nginx:1.27
\`,
  cluster: { imagesOnNode: ['nginx:1.27'] },
  actions: [
    { at: 10, action: 'delete' },
    // fr: kubectl patch pod web -p '{"metadata":{"finalizers":null}}'
    // en: kubectl patch pod web -p '{"metadata":{"finalizers":null}}'
    { at: 120, action: 'patch', patch: { metadata: { finalizers: null } } },
  ],
  until: 130,
});
const m = sim.podAt(60).metadata;
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{ at60s: { deletionTimestamp: m.deletionTimestamp, deletionGracePeriodSeconds: m.deletionGracePeriodSeconds, finalizers: m.finalizers, phase: sim.podAt(60).status.phase }, removedAt: sim.removedAt }} />
</>);`;
