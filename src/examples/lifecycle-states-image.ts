// An image that does not exist: Waiting with ErrImagePull, then ImagePullBackOff between retries.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: typo
spec:
  containers:
  - name: web
    image: ngnix:1.27
\`,
  cluster: { missingImages: ['ngnix:1.27'] },
  until: 120,
});
render(<>
  <KubectlWatch sim={sim} />
  <PodStatusView sim={sim} at={60} />
</>);`;
