// Update, then `kubectl rollout undo`: the old ReplicaSet (same pod-template-hash) scales up again and
// takes the next revision number; revision 1 disappears from the history.
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
  actions: [
    { at: 20, action: 'setImage', target: 'web', image: 'nginx:1.28' },
    { at: 60, action: 'rollback', target: 'web' },
  ],
  until: 100,
});
render(<>
  <Value value={{ 'history at t=50': sim.rolloutHistory('web', 50), 'history at t=100': sim.rolloutHistory('web') }} />
  <KubectlGetRsPodsWatch sim={sim} kinds={['ReplicaSet']} />
</>);`;
