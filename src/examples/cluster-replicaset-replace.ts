// A Deployment's Pod is deleted: the ReplicaSet creates a replacement at once, with a new name and a new UID.
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
  // fr: 'web-' désigne le plus ancien des Pods dont le nom commence ainsi.
  // en: 'web-' picks the oldest Pod whose name starts with it.
  actions: [{ at: 20, action: 'delete', pod: 'web-' }],
  until: 40,
});
const before = sim.stateAt(19).pods.map((p) => p.name + '  uid ' + p.uid);
const after = sim.stateAt(40).pods.map((p) => p.name + '  uid ' + p.uid);
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={{ before, after }} />
</>);`;
