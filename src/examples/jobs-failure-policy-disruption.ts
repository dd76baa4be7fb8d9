// podFailurePolicy Ignore on DisruptionTarget: a drain evicts the Job's Pod; the failure is not counted, even with backoffLimit 0.
export default `const job = (ignoreDisruptions) => \`
apiVersion: batch/v1
kind: Job
metadata:
  name: train
spec:
  backoffLimit: 0
\${ignoreDisruptions ? \`  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions:
      - type: DisruptionTarget
\` : ''}  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:1.36
\`;
const run = (ignoreDisruptions) => simulateCluster({
  nodes: { count: 2 },
  objects: job(ignoreDisruptions),
  // fr: 60 s de travail ; la tentative évincée est interrompue.
  // en: 60 s of work; the evicted attempt is cut short.
  behavior: { main: { exitAfterSeconds: 60 } },
  actions: [{ at: 20, action: 'drain', node: 'node-1' }],
});
const summary = (sim) => {
  const j = sim.stateAt(sim.endTime).jobs[0];
  const evicted = sim.objects.pods[0];
  return {
    evictedPod: evicted.status.phase + ', DisruptionTarget: ' + evicted.status.conditions.find((c) => c.type === 'DisruptionTarget')?.reason,
    job: j.phase + ' ' + j.completions + ', failed=' + j.status.failed,
    podsCreated: sim.events.filter((e) => e.reason === 'SuccessfulCreate').length,
  };
};
const withPolicy = run(true);
render(<>
  <KubectlGetRsPodsWatch sim={withPolicy} />
  <Value value={{ withIgnoreRule: summary(withPolicy), withoutPolicy: summary(run(false)) }} />
</>);`;
