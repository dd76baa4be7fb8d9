// imagePullPolicy Never and the image is not on the node: ErrImageNeverPull, the kubelet never tries a pull.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: local-only
spec:
  containers:
  - name: app
    image: example/app:dev
    imagePullPolicy: Never
\`,
  cluster: { imagesOnNode: [] },
  until: 60,
});
render(<SimulationView sim={sim} />);`;
