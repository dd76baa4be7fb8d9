// runtimeClassName gvisor, whose handler runsc is configured on the node: the Pod runs in that sandbox.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: sandboxed
spec:
  runtimeClassName: gvisor
  containers:
  - name: app
    image: nginx:1.27
\`,
  cluster: {
    runtimeClasses: { gvisor: 'runsc' },
    runtimeHandlers: ['runc', 'runsc'],
  },
  until: 20,
});
render(<SimulationView sim={sim} />);`;
