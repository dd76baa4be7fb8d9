// A patch that adds an environment variable to a running Pod: the API server refuses the whole update.
export default `let view;
try {
  const sim = simulate({
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
      { at: 30, action: 'patch', patch: { spec: { containers: [{ name: 'web', env: [{ name: 'MODE', value: 'debug' }] }] } } },
    ],
    until: 60,
  });
  view = <SimulationView sim={sim} />;
} catch (err) {
  // The model throws the API server's refusal: show it as kubectl would print it.
  view = <Value value={{ kind: err.kind, message: err.message, errors: err.errors }} />;
}
render(view);`;
