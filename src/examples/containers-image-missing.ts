// A tag that does not exist in the registry: ErrImagePull, then ImagePullBackOff with a delay that doubles (10 s, 20 s, 40 s...).
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: web
    image: nginx:1.99
\`,
  cluster: { missingImages: ['nginx:1.99'] },
  until: 650,
});
render(<SimulationView sim={sim} />);`;
