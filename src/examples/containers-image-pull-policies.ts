// Three containers, one image already on the node, three policies: only Always goes to the registry.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: policies
spec:
  containers:
  - name: if-not-present
    image: nginx:1.27
    imagePullPolicy: IfNotPresent
  - name: always
    image: nginx:1.27
    imagePullPolicy: Always
  - name: never
    image: nginx:1.27
    imagePullPolicy: Never
\`,
  cluster: { imagesOnNode: ['nginx:1.27'] },
  until: 20,
});
render(<KubectlEvents sim={sim} />);`;
