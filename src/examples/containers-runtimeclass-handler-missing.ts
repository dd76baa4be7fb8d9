// The RuntimeClass exists, but the node's runtime has no kata-qemu handler: the sandbox cannot be created and the Pod stays Pending.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: sandboxed
spec:
  runtimeClassName: kata
  containers:
  - name: app
    image: nginx:1.27
\`,
  cluster: {
    runtimeClasses: { kata: 'kata-qemu' },
    runtimeHandlers: ['runc'],
  },
  until: 60,
});
render(<SimulationView sim={sim} />);`;
