// A private image pulled without credentials: the registry refuses, ErrImagePull then ImagePullBackOff.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
  - name: api
    image: registry.example.com/team/api:2.1
\`,
  cluster: {
    privateImages: { 'registry.example.com/team/api:2.1': ['regcred'] },
    secrets: ['regcred'],
  },
  until: 120,
});
render(<SimulationView sim={sim} />);`;
