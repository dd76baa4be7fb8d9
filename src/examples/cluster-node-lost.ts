// node-2 stops answering at t=10: Ready=Unknown and the unreachable taint at t=60 (node-monitor-grace-period
// 50 s), eviction at t=360 (tolerationSeconds 300), a replacement elsewhere; the old Pod stays Terminating.
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
  actions: [{ at: 10, action: 'nodeLost', node: 'node-2' }],
  until: 400,
});
render(<>
  <ClusterView sim={sim} at={360} />
  <KubectlGetRsPodsWatch sim={sim} />
  <Value value={sim.events.filter((e) => e.source !== 'kubelet' && e.time >= 10).map((e) => e.time + 's ' + e.reason + ' ' + e.object + ': ' + e.message)} />
</>);`;
