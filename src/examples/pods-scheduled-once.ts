// No node fits for 25 s (PodScheduled False, Unschedulable), then the scheduler binds the Pod: once, to one node.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: example/app:1.0
\`,
  cluster: { scheduleAfterSeconds: 25, nodeName: 'node-2' },
  until: 40,
});
render(
  <>
    <SimulationView sim={sim} />
    <PodStatusView sim={sim} at={10} />
  </>
);`;
