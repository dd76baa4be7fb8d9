// kubectl debug at t = 20 s: an ephemeral container joins the running Pod; when it exits with code 1 it is not restarted.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
\`,
  actions: [
    {
      at: 20,
      action: 'debug',
      container: { name: 'debugger', image: 'busybox:1.36', targetContainerName: 'web' },
      // fr: La session de débogage se termine au bout de 40 s par une commande en échec.
      // en: The debugging session ends after 40 s with a failing command.
      behavior: { exitAfterSeconds: 40, exitCode: 1 },
    },
  ],
  until: 120,
});
render(
  <>
    <SimulationView sim={sim} />
    <PodStatusView sim={sim} at={110} />
  </>
);`;
