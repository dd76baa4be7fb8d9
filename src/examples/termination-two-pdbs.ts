// Cluster model: two budgets select the same Pod, so the Eviction API answers 500.
export default `const sim = simulateCluster({
  objects: \`
apiVersion: v1
kind: Pod
metadata:
  name: db-0
  labels:
    app: db
    tier: data
spec:
  containers:
  - name: db
    image: postgres:17
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: by-app
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: db
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: by-tier
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      tier: data
\`,
  actions: [{ at: 20, action: 'evict', pod: 'db-0' }],
  until: 40,
});
render(<Value value={sim.evictions.map((e) => ({ code: e.code, reason: e.reason, message: e.message }))} />);`;
