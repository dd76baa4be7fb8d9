// The same get/edit/replace cycle, but restartPolicy is changed too: the API server refuses the whole update, image included.
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

const sim = simulate({
  pod: manifest,
  actions: [{ at: 30, action: 'replace', pod: edited }],
  until: 60,
});
render(
  <>
    <Value value={sim.notice} />
    <SimulationView sim={sim} />
  </>
);`;
