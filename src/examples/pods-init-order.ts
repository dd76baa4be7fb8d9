// Two init containers run one after the other (8 s, then 5 s) before the app starts: Init:0/2, Init:1/2, PodInitializing, Running.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  initContainers:
  - name: wait-db
    image: busybox:1.36
    command: ["sh", "-c", "until nc -z db 5432; do sleep 1; done"]
  - name: migrate
    image: example/shop-migrations:3.2
  containers:
  - name: app
    image: example/shop:3.2
\`,
  behavior: {
    'wait-db': { exitAfterSeconds: 8, exitCode: 0 },
    migrate: { exitAfterSeconds: 5, exitCode: 0 },
  },
  until: 40,
});
render(<SimulationView sim={sim} />);`;
