// At t = 30 s the image of a running container is patched: the kubelet kills it and starts the new image in the same Pod.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
\`,
  actions: [
    { at: 30, action: 'patch', patch: { spec: { containers: [{ name: 'web', image: 'nginx:1.28' }] } } },
  ],
  until: 60,
});
render(<SimulationView sim={sim} />);`;
