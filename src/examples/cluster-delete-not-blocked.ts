// minAvailable: 3 with 3 Pods: every eviction is refused (429), but kubectl delete pod goes through at once.
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
  minAvailable: 3
  selector:
    matchLabels:
      app: web
\`,
  actions: [
    { at: 10, action: 'evict', pod: 'web-' },
    { at: 15, action: 'delete', pod: 'web-' },
  ],
  until: 30,
});
render(<>
  <Value value={sim.evictions.map((e) => e.code + ' ' + e.message)} />
  <KubectlGetRsPodsWatch sim={sim} kinds={['Pod']} />
</>);`;
