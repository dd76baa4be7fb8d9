// One Pod per exit code (restartPolicy Never): the code, the runtime's reason and what kubectl prints.
// 126/127 come from a shell (command not executable / not found); 137 and 143 from a kill: 128 + 9 (SIGKILL), 128 + 15 (SIGTERM).
export default `const pod = \`
apiVersion: v1
kind: Pod
metadata:
  name: job
spec:
  restartPolicy: Never
  terminationGracePeriodSeconds: 10
  containers:
  - name: main
    image: busybox:1.36
    command: ["sh", "-c", "./run.sh"]
\`;
const cases = {
  'exit 0': { exitAfterSeconds: 5, exitCode: 0 },
  'exit 1': { exitAfterSeconds: 5, exitCode: 1 },
  'sh: ./run.sh: Permission denied': { exitAfterSeconds: 0, exitCode: 126 },
  'sh: ./run.sh: not found': { exitAfterSeconds: 0, exitCode: 127 },
  'deleted, stops on SIGTERM': { shutdownSeconds: 1 },
  'deleted, ignores SIGTERM': { shutdownSeconds: Infinity },
};
const rows = Object.entries(cases).map(([what, b]) => {
  const deleted = b.exitAfterSeconds === undefined;
  const sim = simulate({
    pod, behavior: { main: b }, cluster: { imagesOnNode: ['busybox:1.36'] },
    actions: deleted ? [{ at: 5, action: 'delete' }] : [], until: 30,
  });
  // fr: sim.pod : le dernier état enregistré par l'API server (pour un Pod supprimé : juste avant sa disparition).
  // en: sim.pod: the last state the API server stored (a deleted Pod: just before it went away).
  const term = sim.pod.status.containerStatuses[0].state.terminated;
  return { what, exitCode: term.exitCode, reason: term.reason, phase: sim.pod.status.phase, STATUS: kubectlStatus(sim.pod) };
});
render(<Value value={rows} />);`;
