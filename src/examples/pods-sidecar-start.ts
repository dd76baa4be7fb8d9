// A sidecar (init container with restartPolicy Always) whose startup probe passes after about 10 s: the next init container waits for it, not for its end.
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
    startupProbe:
      httpGet:
        path: /ready
        port: 9901
      periodSeconds: 2
      failureThreshold: 30
  - name: config
    image: busybox:1.36
    command: ["sh", "-c", "wget -O /cfg/app.yaml http://config/app"]
  containers:
  - name: app
    image: example/web:1.0
\`,
  behavior: {
    proxy: { startupSeconds: 10 },
    config: { exitAfterSeconds: 3, exitCode: 0 },
  },
  until: 40,
});
render(<SimulationView sim={sim} />);`;
