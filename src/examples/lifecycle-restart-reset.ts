// The back-off resets after a clean run longer than 10 minutes (2 x the 300 s cap):
// four quick crashes, one run of 700 s, then quick crashes again.
export default `const quickCrash = { exitAfterSeconds: 2, exitCode: 1 };
const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: reset
spec:
  containers:
  - name: app
    image: busybox:1.36
\`,
  behavior: {
    app: (attempt) => (attempt === 4 ? { exitAfterSeconds: 700, exitCode: 1 } : quickCrash),
  },
  until: 900,
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
render(<Value value={waits} />);`;
