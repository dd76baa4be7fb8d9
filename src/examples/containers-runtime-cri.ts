// A plain Pod: every step the events show (sandbox, pull, create, start) is a CRI call from the kubelet to the runtime.
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
  behavior: { web: { pullSeconds: 3 } },
  until: 20,
});
render(<SimulationView sim={sim} />);`;
