// The most common Pod: one container. Pending while the image is pulled, then Running, with one IP for the whole Pod.
export default `const sim = simulate({
  pod: \`
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 80
\`,
  behavior: { web: { pullSeconds: 5 } },
  until: 20,
});
render(
  <>
    <KubectlWatch sim={sim} />
    <PodStatusView sim={sim} at={15} />
  </>
);`;
