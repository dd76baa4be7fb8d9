// A probe must name exactly one mechanism: two, or none, is rejected by API validation.
export default `const pod = parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: one-handler
spec:
  containers:
  - name: web
    image: nginx:1.27
\`);
const withContainer = (fields) =>
  ({ ...pod, spec: { ...pod.spec, containers: [{ ...pod.spec.containers[0], ...fields }] } });
render(<Value value={{
  twoHandlers: validatePod(withContainer({
    livenessProbe: { httpGet: { path: '/', port: 80 }, tcpSocket: { port: 80 } },
  })),
  noHandler: validatePod(withContainer({ readinessProbe: { periodSeconds: 5 } })),
}} />);`;
