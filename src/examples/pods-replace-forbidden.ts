// The same get/edit/replace cycle, but restartPolicy is changed too: the API server refuses the whole update.
export default `const manifest = \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
\`;
const stored = simulate({ pod: manifest, until: 29 }).podAt(29);
const edited = structuredClone(stored);
delete edited.status;
edited.spec.containers[0].image = 'nginx:1.28';
edited.spec.restartPolicy = 'OnFailure';

let view;
try {
  const sim = simulate({
    pod: manifest,
    actions: [{ at: 30, action: 'replace', pod: edited }],
    until: 60,
  });
  view = <SimulationView sim={sim} />;
} catch (err) {
  // The model throws the API server's refusal: show it as kubectl would print it.
  view = <Value value={{ kind: err.kind, message: err.message, errors: err.errors }} />;
}
render(view);`;
