// The three container states in order: Waiting (ContainerCreating while the image is pulled), Running, Terminated.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: states
spec:
  restartPolicy: Never
  containers:
  - name: app
    image: busybox:1.36
\`,
  behavior: { app: { pullSeconds: 8, exitAfterSeconds: 10, exitCode: 0 } },
});
const stateAt = (t) => sim.statusAt(t).containerStatuses?.[0]?.state;
render(<>
  <Value value={{ t2: stateAt(2), t12: stateAt(12), t30: stateAt(30) }} />
  <Timeline sim={sim} />
</>);`;
