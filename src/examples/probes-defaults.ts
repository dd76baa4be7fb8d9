// Probe fields after defaulting, for a probe written with only its mechanism.
export default `const pod = applyDefaults(parsePod(\`
apiVersion: v1
kind: Pod
metadata:
  name: defaults
spec:
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe:
      httpGet:
        port: 80
\`));
render(<Value value={pod.spec.containers[0].livenessProbe} />);`;
