// Sidecars stop last: the main container gets SIGTERM first; the two sidecars only after it has exited,
// in reverse order of declaration (metrics, then proxy).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: with-sidecars
spec:
  initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.31.0
    restartPolicy: Always
  - name: metrics
    image: prom/statsd-exporter:v0.27.1
    restartPolicy: Always
  containers:
  - name: app
    image: registry.example.com/api:3.2
\`,
  behavior: {
    app: { shutdownSeconds: 5 },
    metrics: { shutdownSeconds: 2 },
    proxy: { shutdownSeconds: 2 },
  },
  actions: [{ at: 20, action: 'delete' }],
});
render(<>
  <Timeline sim={sim} />
  <KubectlEvents sim={sim} />
</>);`;
