// A preStop hook that would need 30 s with a 10 s grace period: cut at 10 s, then SIGTERM and a one-off 2 s before SIGKILL.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: slow-drain
spec:
  terminationGracePeriodSeconds: 10
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "/drain.sh"]
\`,
  behavior: { app: { preStopSeconds: 30, shutdownSeconds: 5 } },
  actions: [{ at: 20, action: 'delete' }],
});
render(<SimulationView sim={sim} />);`;
