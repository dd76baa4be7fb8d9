// A crash loop seen three ways: kubectl STATUS, the container state, and the phase (which stays Running).
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
  behavior: { app: { exitAfterSeconds: 5, exitCode: 1 } },
  until: 120,
});
const views = (t) => ({
  phase: sim.statusAt(t).phase,
  state: sim.statusAt(t).containerStatuses?.[0]?.state,
  kubectl: kubectlStatus(sim.podAt(t)),
});
render(<>
  <KubectlWatch sim={sim} />
  <Value value={{ t6: views(6), t30: views(30), t49: views(49) }} />
</>);`;
