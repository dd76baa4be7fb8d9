// Each Pod template gets its own ReplicaSet, named <deployment>-<pod-template-hash>; the label is added to the
// ReplicaSet's selector, to its template and to its Pods.
export default `const sim = simulateCluster({
  nodes: { count: 3 },
  objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: app
        image: nginx:1.27
\`,
  actions: [{ at: 30, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
  until: 60,
});
const rs = sim.objects.replicaSets.map((r) => ({
  name: r.metadata.name,
  revision: r.metadata.annotations['deployment.kubernetes.io/revision'],
  selector: r.spec.selector.matchLabels,
  templateLabels: r.spec.template.metadata.labels,
}));
render(<>
  <ClusterView sim={sim} />
  <Value value={rs} />
</>);`;
