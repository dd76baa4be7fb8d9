// A static Pod read by the kubelet of node cp-1: no scheduler, and the API shows a mirror Pod named web-cp-1.
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
  until: 30,
});
render(
  <>
    <SimulationView sim={sim} />
    <Value value={sim.podAt(20)?.metadata} />
  </>
);`;
