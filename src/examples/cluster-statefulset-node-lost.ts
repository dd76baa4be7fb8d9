// A StatefulSet Pod on a lost node: db-1 stays Terminating and the StatefulSet does not create another db-1
// until the old object is gone, here by a force delete at t=420.
export default `const sim = simulateCluster({
  nodes: { count: 3 },
  objects: \`
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  replicas: 3
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: db
        image: postgres:17
\`,
  actions: [
    { at: 20, action: 'nodeLost', node: 'node-2' },
    { at: 420, action: 'forceDelete', pod: 'db-1' },
  ],
  until: 440,
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <ClusterView sim={sim} at={400} />
</>);`;
