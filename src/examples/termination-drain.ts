// Cluster model: kubectl drain node-1 with a budget of maxUnavailable 1. Evictions that would break the budget
// get 429 and kubectl retries every 5 s until the replacements are ready elsewhere.
export default `const sim = simulateCluster({
  nodes: { count: 3 },
  objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 4
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: api
        image: registry.example.com/api:3.2
        readinessProbe:
          httpGet:
            path: /ready
            port: 8080
          periodSeconds: 5
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api-pdb
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: api
\`,
  behavior: { api: { startupSeconds: 10 } },
  actions: [{ at: 60, action: 'drain', node: 'node-1' }],
  until: 180,
});
render(<>
  <KubectlDrain sim={sim} node="node-1" />
  <ClusterView sim={sim} />
</>);`;
