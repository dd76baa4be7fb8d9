// Validation rules: successThreshold must be 1 for liveness and startup probes,
// terminationGracePeriodSeconds is refused on readiness probes, and values have minimums.
export default `const pod = parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: invalid-probes
spec:
  containers:
  - name: web
    image: nginx:1.27
\`);
const broken = { ...pod, spec: { ...pod.spec, containers: [{
  ...pod.spec.containers[0],
  livenessProbe: { httpGet: { path: '/', port: 80 }, successThreshold: 2 },
  readinessProbe: { httpGet: { path: '/', port: 80 }, terminationGracePeriodSeconds: 10 },
  startupProbe: { httpGet: { path: '/', port: 80 }, periodSeconds: -5 },
}] } };
render(<Value value={validatePod(broken)} />);`;
