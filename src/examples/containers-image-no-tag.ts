// An image without a tag: the kubelet pulls `:latest` and the status shows the full reference it ran.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
\`,
  behavior: { web: { pullSeconds: 4 } },
  until: 20,
});
render(
  <>
    <KubectlEvents sim={sim} />
    <PodStatusView sim={sim} at={10} />
  </>
);`;
