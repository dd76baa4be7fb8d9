// An init container that always fails, with the default restartPolicy Always: Init:Error, then Init:CrashLoopBackOff, and the Pod stays Pending.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  initContainers:
  - name: migrate
    image: example/shop-migrations:3.2
  containers:
  - name: app
    image: example/shop:3.2
\`,
  behavior: { migrate: { exitAfterSeconds: 3, exitCode: 1 } },
  until: 200,
});
render(<SimulationView sim={sim} />);`;
