// Cluster model: 3 replicas and a PodDisruptionBudget minAvailable 2. The first eviction is accepted (201),
// the second refused (429) while the replacement is not ready yet; a plain delete is never checked.
export default `const sim = simulateCluster({
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
      - name: web
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
  behavior: { web: { startupSeconds: 20 } },
  actions: [
    { at: 30, action: 'evict', pod: 'web-' },
    { at: 31, action: 'evict', pod: 'web-' },
    { at: 32, action: 'delete', pod: 'web-' },
  ],
  until: 90,
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} kinds={['Pod']} />
  <Value value={{
  evictions: sim.evictions.map((e) => ({ time: e.time, pod: e.pod, code: e.code, message: e.message, causes: e.causes })),
  podsAt90: sim.stateAt(90).pods.map((p) => p.name),
}} />
</>);`;
