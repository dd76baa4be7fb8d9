// kubectl debug on a static Pod at t = 20 s: ephemeral containers are not supported there, the request is refused.
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
  cluster: { staticPod: true, nodeName: 'cp-1' },
  actions: [{ at: 20, action: 'debug', container: { name: 'debugger', image: 'busybox:1.36' } }],
  until: 60,
});
render(<Value value={sim.notice} />);`;
