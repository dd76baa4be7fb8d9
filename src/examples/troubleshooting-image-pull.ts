// A tag that does not exist: ErrImagePull after each pull, ImagePullBackOff in between (10 s, doubled up to 300 s).
// The Failed event carries the registry's answer: "not found" here, "authorization failed" for a private image.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.277
\`,
  cluster: { missingImages: ['nginx:1.277'] },
  until: 120,
});
render(<>
  <KubectlWatch sim={sim} />
  <KubectlEvents sim={sim} />
  <Value value={sim.statusAt(60).containerStatuses[0].state} />
</>);`;
