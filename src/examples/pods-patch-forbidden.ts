// A patch at t = 30 s that adds an environment variable to a running Pod: the API server refuses the whole update and the Pod goes on unchanged.
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
    { at: 30, action: 'patch', patch: { spec: { containers: [{ name: 'web', env: [{ name: 'MODE', value: 'debug' }] }] } } },
  ],
  until: 60,
});
// fr: Une mise à jour refusée n'arrête pas la simulation : le modèle garde l'erreur de kubectl dans sim.notice.
// en: A refused update does not stop the run: the model keeps kubectl's error in sim.notice.
render(
  <>
    <Value value={sim.notice} />
    <SimulationView sim={sim} />
  </>
);`;
