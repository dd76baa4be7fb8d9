// The Pod evicted from the lost node stays Terminating until the node comes back (t=500): then its kubelet
// stops the containers and the object goes. A force delete would have removed it at once.
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
\`,
  actions: [
    { at: 10, action: 'nodeLost', node: 'node-2' },
    { at: 500, action: 'nodeReady', node: 'node-2' },
  ],
  until: 520,
});
render(<>
  <KubectlGetRsPodsWatch sim={sim} kinds={['Pod']} />
  <ClusterView sim={sim} at={499} />
</>);`;
