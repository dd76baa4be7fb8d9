// A StatefulSet creates db-0, db-1, db-2 one after the other; a deleted db-1 comes back with the same name
// and a new UID, once the old object is gone.
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
  behavior: { db: { startupSeconds: 0, pullSeconds: 4, shutdownSeconds: 5 } },
  actions: [{ at: 30, action: 'delete', pod: 'db-1' }],
  until: 60,
});
const uids = (t) => sim.stateAt(t).pods.map((p) => p.name + '  uid ' + p.uid);
render(<>
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={{ 'before (t=29)': uids(29), 'after (t=60)': uids(60) }} />
</>);`;
