// imagePullSecrets names a Secret that does not exist in the namespace: a warning, then an anonymous pull that fails.
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
    secrets: [],
  },
  until: 60,
});
render(<KubectlEvents sim={sim} />);`;
