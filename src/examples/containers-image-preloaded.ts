// The image is already on the node and the policy is IfNotPresent: no registry is contacted.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: offline
spec:
  containers:
  - name: app
    image: registry.example.com/team/api:2.1
    imagePullPolicy: IfNotPresent
\`,
  // fr: Chargée sur le nœud à l'avance (par exemple avec ctr images import) ; aucun imagePullSecret n'est nécessaire.
  // en: Loaded on the node beforehand (e.g. with ctr images import); no pull secret is needed.
  cluster: { imagesOnNode: ['registry.example.com/team/api:2.1'] },
  until: 20,
});
render(<SimulationView sim={sim} />);`;
