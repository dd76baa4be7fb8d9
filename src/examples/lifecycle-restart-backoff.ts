// Crash-loop back-off: a container that exits 1 after 2 s. The wait before each restart is read from
// the status (running.startedAt minus lastState.terminated.finishedAt).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
\`,
  behavior: { app: { exitAfterSeconds: 2, exitCode: 1 } },
  until: 1500,
});
const waits = [];
let seen = 0;
for (let t = 0; t <= sim.endTime; t += 1) {
  const c = sim.statusAt(t).containerStatuses?.[0];
  if (c?.state.running && c.lastState.terminated && c.restartCount !== seen) {
    seen = c.restartCount;
    waits.push({ restartCount: c.restartCount, waitedSeconds: c.state.running.startedAt - c.lastState.terminated.finishedAt });
  }
}
render(<>
  <Timeline sim={sim} />
  <Value value={waits} />
</>);`;
