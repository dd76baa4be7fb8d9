// kubectl drain node-1 with minAvailable: 2: the second eviction gets 429 and kubectl retries every 5 s
// until the replacement created on another node is Ready.
export default `const sim = simulateCluster({
  nodes: { count: 2 },
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
        readinessProbe:
          httpGet:
            path: /
            port: 80
          periodSeconds: 5
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
  behavior: { app: { startupSeconds: 12 } },
  actions: [{ at: 30, action: 'drain', node: 'node-1' }],
  until: 120,
});
render(<>
  <KubectlDrain sim={sim} node="node-1" />
  <KubectlGetRsPodsWatch sim={sim} kinds={['Pod']} />
  <ClusterView sim={sim} at={31} />
</>);`;
