// A crashing container is restarted by the kubelet inside the same Pod: same name, same UID, restartCount goes up.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: flaky
spec:
  containers:
  - name: app
    image: example/flaky:1.0
\`,
  behavior: { app: { exitAfterSeconds: 10, exitCode: 1 } },
  until: 120,
});
render(
  <>
    <KubectlWatch sim={sim} />
    <Value value={{ uidAt5: sim.podAt(5)?.metadata.uid, uidAt110: sim.podAt(110)?.metadata.uid }} />
  </>
);`;
