// A preStop hook that needs 60 s with a 30 s grace period: SIGTERM at 30 s (the hook is cut short),
// then the one-off 2 s extension, SIGKILL at 32 s.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: slow-prestop
spec:
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      preStop:
        exec:
          command: ["sh", "-c", "sleep 60"]
\`,
  behavior: { app: { preStopSeconds: 60, shutdownSeconds: Infinity } },
  actions: [{ at: 10, action: 'delete' }],
});
render(<>
  <Timeline sim={sim} />
  <KubectlEvents sim={sim} />
</>);`;
