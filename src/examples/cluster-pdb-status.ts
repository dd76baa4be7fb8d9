// The disruption controller's view of a budget: currentHealthy, desiredHealthy, expectedPods,
// disruptionsAllowed. Try maxUnavailable: "34%" or minAvailable: "50%" (percentages round up).
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
\`,
  until: 10,
});
render(<>
  <ClusterView sim={sim} slider={false} />
  <Value value={sim.stateAt(10).podDisruptionBudgets} />
</>);`;
