// kubectl delete on the mirror Pod at t = 30 s: the containers keep running and the kubelet creates the mirror again.
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
  cluster: { staticPod: true, nodeName: 'cp-1' },
  actions: [{ at: 30, action: 'delete' }],
  until: 90,
});
// fr: Ce que kubectl répond à la suppression, puis le Pod, toujours en marche.
// en: What kubectl reports for the delete, then the Pod, still running.
render(
  <>
    <Value value={sim.notice} />
    <SimulationView sim={sim} />
  </>
);`;
