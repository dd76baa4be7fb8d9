// Readiness gates in a Deployment: the ReplicaSet counts a Pod ready only when its gate is True.
export default `const sim = simulateCluster({
  nodes: { count: 2 },
  objects: \`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      readinessGates:
      - conditionType: example.com/load-balancer-ready
      containers:
      - name: app
        image: nginx:1.27
\`,
  actions: [
    { at: 15, action: 'setCondition', pod: 'web-', type: 'example.com/load-balancer-ready', status: 'True' },
  ],
  until: 30,
});
render(<KubectlGetRsPodsWatch sim={sim} />);`;
