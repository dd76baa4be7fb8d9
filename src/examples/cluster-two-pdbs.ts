// Two budgets select the same Pod: the Eviction API answers 500, and kubectl drain does not retry it.
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
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web-pdb
spec:
  minAvailable: 2
  selector:
    matchLabels:
      app: web
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web-pdb-old
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
\`,
  actions: [{ at: 10, action: 'evict', pod: 'web-' }],
  until: 20,
});
render(<Value value={sim.evictions} />);`;
