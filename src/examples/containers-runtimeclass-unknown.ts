// runtimeClassName names a RuntimeClass that does not exist: the API server's admission refuses the Pod at creation.
export default `let view;
try {
  const sim = simulate({
    pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: sandboxed
spec:
  runtimeClassName: kata
  containers:
  - name: app
    image: nginx:1.27
\`,
    cluster: { runtimeClasses: { gvisor: 'runsc' } },
    until: 20,
  });
  view = <SimulationView sim={sim} />;
} catch (err) {
  // fr: Rien n'atteint un nœud : on affiche le refus que lève le modèle.
  // en: Nothing reaches a node: show the refusal the model throws.
  view = <Value value={{ kind: err.kind, message: err.message, errors: err.errors }} />;
}
render(view);`;
