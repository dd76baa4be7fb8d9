// Three evictions in a row against minAvailable: 2 with 3 ready Pods: the first is accepted (201), the
// second is refused (429) until the replacement is Ready, which takes 10 s here.
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
  behavior: { app: { startupSeconds: 8 } },
  actions: [
    { at: 20, action: 'evict', pod: 'web-' },
    { at: 21, action: 'evict', pod: 'web-' },
    { at: 40, action: 'evict', pod: 'web-' },
  ],
  until: 60,
});
render(<Value value={sim.evictions.map((e) => ({ time: e.time, pod: e.pod, code: e.code, message: e.message, causes: e.causes }))} />);`;
