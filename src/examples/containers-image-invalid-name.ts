// An image reference with upper-case letters cannot be parsed by the kubelet: InvalidImageName.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: bad-ref
spec:
  containers:
  - name: app
    image: Example/App:1.0
\`,
  until: 30,
});
render(<SimulationView sim={sim} />);`;
