// CrashLoopBackOff: the process exits 1 two seconds after each start; restarts spaced 10 s, 20 s, 40 s...
// The container state says CrashLoopBackOff, lastState keeps the exit code that `kubectl logs --previous` explains.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo connecting to db; exit 1"]
\`,
  cluster: { imagesOnNode: ['busybox:1.36'] },
  behavior: { app: { exitAfterSeconds: 2, exitCode: 1 } },
  until: 180,
});
const c = sim.statusAt(100).containerStatuses[0];
render(<>
  <SimulationView sim={sim} diagram={false} />
  <Value value={{ at100s: { state: c.state, lastState: c.lastState, restartCount: c.restartCount } }} />
</>);`;
