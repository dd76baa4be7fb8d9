// A postStart hook that fails: FailedPostStartHook, the container is killed and restarted with back-off.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: register
spec:
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      postStart:
        httpGet:
          path: /register
          port: 8080
\`,
  behavior: { app: { postStartSeconds: 1, postStartFails: true } },
  until: 120,
});
render(<SimulationView sim={sim} />);`;
