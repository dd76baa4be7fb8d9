// Cluster model: a Deployment, then kubectl set image at t = 30 s. Each template gets its own ReplicaSet,
// named <deployment>-<pod-template-hash>, and every Pod carries the label.
export default `const sim = simulateCluster({
  objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
\`,
  actions: [{ at: 30, action: 'setImage', target: 'web', container: 'web', image: 'nginx:1.28' }],
  until: 90,
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={{
    replicaSets: sim.stateAt(90).replicaSets.map((rs) => ({ name: rs.name, hash: rs.hash, image: rs.image, desired: rs.desired })),
    podLabels: sim.objects.pods.map((p) => ({ name: p.metadata.name, labels: p.metadata.labels })),
  }} />
</>);`;
