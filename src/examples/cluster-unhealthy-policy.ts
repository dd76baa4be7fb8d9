// A release whose Pods never become Ready (the readiness probe never passes), under minAvailable: 2:
// IfHealthyBudget (the default) refuses to evict them (429, the budget is not healthy); AlwaysAllow lets them go.
export default `const manifests = (policy) => \`
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
  unhealthyPodEvictionPolicy: \${policy}
\`;
const run = (policy) => simulateCluster({
  nodes: { count: 3 },
  objects: manifests(policy),
  // fr: Le processus ne se met jamais à servir : la readinessProbe ne réussit jamais.
  // en: The process never starts serving: the readiness probe never passes.
  behavior: { app: { startupSeconds: Infinity } },
  actions: [{ at: 20, action: 'evict', pod: 'web-' }],
  until: 30,
});
render(<Value value={{
  IfHealthyBudget: run('IfHealthyBudget').evictions.map((e) => e.code + ' ' + e.message),
  AlwaysAllow: run('AlwaysAllow').evictions.map((e) => e.code + ' ' + e.message),
}} />);`;
