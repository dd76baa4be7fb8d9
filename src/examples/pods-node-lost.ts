// The node stops answering at t = 30 s: the Pod is not moved. With the default 300 s tolerations it is evicted, and stays Terminating while the node is gone.
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
  actions: [{ at: 30, action: 'nodeLost' }],
  until: 500,
});
render(<SimulationView sim={sim} />);`;
