// Scaling down: the ReplicaSet deletes first the Pods that are unscheduled, then not ready, then the newest
// (controller.ActivePodsWithRanks). Here one Pod cannot be scheduled (2 nodes, 1 Pod each at most).
export default `const sim = simulateCluster({
  nodes: { count: 2, maxPods: 1 },
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
\`,
  actions: [{ at: 20, action: 'scale', target: 'web', replicas: 2 }],
  until: 40,
});
render(<>
  <ClusterView sim={sim} at={19} />
  <KubectlGetRsPodsWatch sim={sim} />
</>);`;
