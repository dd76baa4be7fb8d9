// A postStart hook that takes 10 s: the container only counts as Running once the hook has returned.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: warmup
spec:
  containers:
  - name: app
    image: nginx:1.27
    lifecycle:
      postStart:
        exec:
          command: ["sh", "-c", "/warm-cache.sh"]
\`,
  behavior: { app: { postStartSeconds: 10 } },
  until: 30,
});
render(
  <>
    <SimulationView sim={sim} />
    <PodStatusView sim={sim} at={5} />
  </>
);`;
