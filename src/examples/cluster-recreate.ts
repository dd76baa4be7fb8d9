// Recreate: every old Pod is stopped (and gone) before the new ReplicaSet scales up; meanwhile nothing serves.
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
  strategy:
    type: Recreate
\`,
  behavior: { app: { shutdownSeconds: 5 } },
  actions: [{ at: 20, action: 'setImage', target: 'web', image: 'nginx:1.28' }],
  until: 60,
});
render(<KubectlGetRsPodsWatch sim={sim} />);`;
