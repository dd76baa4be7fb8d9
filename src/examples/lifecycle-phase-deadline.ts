// activeDeadlineSeconds: the kubelet fails the Pod (reason DeadlineExceeded); a terminal phase never goes back.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: deadline
spec:
  activeDeadlineSeconds: 30
  containers:
  - name: app
    image: busybox:1.36
\`,
  until: 120,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <Value value={{ phaseAt60: sim.statusAt(60).phase, reasonAt60: sim.statusAt(60).reason }} />
</>);`;
