// Deleting a Pod with two sidecars: the app stops first, then the sidecars in reverse order (metrics before proxy).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy
    image: envoyproxy/envoy:v1.33.0
    restartPolicy: Always
  - name: metrics
    image: prom/statsd-exporter:v0.28.0
    restartPolicy: Always
  containers:
  - name: app
    image: example/web:1.0
\`,
  behavior: {
    app: { shutdownSeconds: 4 },
    proxy: { shutdownSeconds: 1 },
    metrics: { shutdownSeconds: 1 },
  },
  actions: [{ at: 30, action: 'delete' }],
});
render(<SimulationView sim={sim} />);`;
