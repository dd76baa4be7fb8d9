// An involuntary disruption: the node stops answering at t = 30 s. The Pod is evicted 300 s after the
// node turns not-ready (default tolerationSeconds), then stays Terminating while the kubelet is away.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
  - name: app
    image: nginx:1.27
\`,
  actions: [{ at: 30, action: 'nodeLost' }],
  until: 500,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <Value value={{
    tolerations: sim.pod.spec.tolerations,
    conditionsAt450: sim.statusAt(450).conditions?.map((c) => [c.type, c.status, c.reason]),
  }} />
</>);`;
