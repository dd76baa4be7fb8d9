// Container-level restartPolicy (ContainerRestartRules, beta in 1.35): a try-once container
// in a Pod whose own policy is OnFailure.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: on-failure-pod
spec:
  restartPolicy: OnFailure
  containers:
  - name: try-once
    image: busybox:1.36
    restartPolicy: Never
  - name: retried
    image: busybox:1.36
\`,
  behavior: {
    'try-once': { exitAfterSeconds: 10, exitCode: 1 },
    retried: [{ exitAfterSeconds: 10, exitCode: 1 }, { exitAfterSeconds: 30, exitCode: 0 }],
  },
  until: 120,
});
render(<>
  <KubectlWatch sim={sim} />
  <PodStatusView sim={sim} at={sim.endTime} />
</>);`;
