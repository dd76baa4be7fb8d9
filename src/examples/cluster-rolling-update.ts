// 10 replicas, default strategy (25 %): maxSurge rounds up to 3, maxUnavailable rounds down to 2.
// The readiness probe passes 8 s after start, so each wave is visible.
export default `const sim = simulateCluster({
  nodes: { count: 4 },
  objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 10
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
        readinessProbe:
          httpGet:
            path: /
            port: 80
          periodSeconds: 5
\`,
  behavior: { app: { startupSeconds: 8 } },
  actions: [{ at: 30, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
});
// fr: Pods actifs (hors Terminating) et Pods prêts, à chaque changement après la mise à jour.
// en: Active Pods (not terminating) and ready ones, at every change after the update.
const rows = sim.times.filter((t) => t >= 30).map((t) => {
  const pods = sim.stateAt(t).pods.filter((p) => p.deletionTimestamp === undefined);
  return 't=' + t + 's  active=' + pods.length + '  ready=' + pods.filter((p) => p.isReady).length;
});
render(<>
  <ClusterView sim={sim} at={40} />
  <Value value={rows} />
</>);`;
