// The same failing init container with restartPolicy Never: no retry, the Pod is Failed and the app never starts.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  restartPolicy: Never
  initContainers:
  - name: migrate
    image: example/shop-migrations:3.2
  containers:
  - name: app
    image: example/shop:3.2
\`,
  behavior: { migrate: { exitAfterSeconds: 3, exitCode: 1 } },
  until: 60,
});
render(<SimulationView sim={sim} />);`;
