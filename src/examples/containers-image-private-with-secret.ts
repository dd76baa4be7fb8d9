// The same private image, with the pull secret listed in imagePullSecrets: the pull succeeds.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  imagePullSecrets:
  - name: regcred
  containers:
  - name: api
    image: registry.example.com/team/api:2.1
\`,
  cluster: {
    privateImages: { 'registry.example.com/team/api:2.1': ['regcred'] },
    secrets: ['regcred'],
  },
  until: 30,
});
render(<SimulationView sim={sim} />);`;
