// activeDeadlineSeconds is one of the few mutable fields: set at t = 20 s, it ends the Pod 60 s after it started.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: batch
spec:
  restartPolicy: Never
  containers:
  - name: worker
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
\`,
  actions: [{ at: 20, action: 'patch', patch: { spec: { activeDeadlineSeconds: 60 } } }],
  until: 120,
});
render(<SimulationView sim={sim} />);`;
