// A Pod the scheduler cannot place: FailedScheduling with the scheduler's count of nodes and reasons,
// PodScheduled=False/Unschedulable, no node, no container status. Nothing happens on any node.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: big
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests:
        cpu: "64"
\`,
  cluster: { scheduleAfterSeconds: Infinity },
  until: 60,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <Value value={{ nodeName: sim.pod.spec.nodeName ?? null, conditions: sim.pod.status.conditions, containerStatuses: sim.pod.status.containerStatuses ?? null }} />
</>);`;
