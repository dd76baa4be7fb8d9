// The four mechanisms, after API defaulting: httpGet gains path "/" and scheme HTTP,
// every probe gains timeoutSeconds 1, periodSeconds 10, successThreshold 1, failureThreshold 3.
export default `const pod = applyDefaults(parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: mechanisms
spec:
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe:
      httpGet:
        port: 80
    readinessProbe:
      tcpSocket:
        port: 80
  - name: rpc
    image: registry.example.com/rpc:1.0
    livenessProbe:
      grpc:
        port: 9090
    startupProbe:
      exec:
        command: ["test", "-f", "/tmp/started"]
\`));
render(<Value value={pod.spec.containers.map((c) => ({
  name: c.name,
  livenessProbe: c.livenessProbe,
  readinessProbe: c.readinessProbe,
  startupProbe: c.startupProbe,
}))} />);`;
