// The same crash loop under the default back-off, a node with maxContainerRestartPeriod 60 s
// (KubeletCrashLoopBackOffMax, beta in 1.35) and the alpha ReduceDefaultCrashLoopBackOffDecay gate.
export default `const pod = \`
apiVersion: v1
kind: Pod
metadata:
  name: crash
spec:
  containers:
  - name: app
    image: busybox:1.36
\`;
const waitsUnder = (featureGates) => {
  const sim = simulate({ pod, behavior: { app: { exitAfterSeconds: 2, exitCode: 1 } }, until: 600, featureGates });
  const waits = [];
  let seen = 0;
  for (let t = 0; t <= sim.endTime; t += 1) {
    const c = sim.statusAt(t).containerStatuses?.[0];
    if (c?.state.running && c.lastState.terminated && c.restartCount !== seen) {
      seen = c.restartCount;
      waits.push(c.state.running.startedAt - c.lastState.terminated.finishedAt);
    }
  }
  return waits;
};
render(<Value value={{
  defaults: waitsUnder({}),
  maxContainerRestartPeriod60: waitsUnder({ maxContainerRestartPeriod: 60 }),
  maxContainerRestartPeriod5: waitsUnder({ maxContainerRestartPeriod: 5 }),
  reduceDefaultCrashLoopBackOffDecay: waitsUnder({ ReduceDefaultCrashLoopBackOffDecay: true }),
}} />);`;
